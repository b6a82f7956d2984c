package org.zhurnal.simulators.registry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Generated registry content: arrivals of distinct people with valid SNILS, deterministic for a seed. */
public final class RegistryFixtures {

    private static final String[] SURNAMES = {"Смирнов", "Кузнецов", "Попов", "Васильев", "Соколов", "Михайлов"};
    private static final String[] NAMES = {"Иван", "Пётр", "Алексей", "Дмитрий", "Никита", "Егор"};

    private RegistryFixtures() {
    }

    /** {@code count} arrivals into one class, record ids {@code prefix-1…}, SNILS numbered from {@code firstNumber}. */
    public static List<RegistryChange> arrivals(String prefix, int count, String schoolInn, int grade, String letter,
                                                LocalDate date, long firstNumber) {
        List<RegistryChange> changes = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            changes.add(RegistryChange.arrival(prefix + "-" + (i + 1), schoolInn, grade, letter,
                    SURNAMES[i % SURNAMES.length], NAMES[(i / SURNAMES.length) % NAMES.length], "Сергеевич",
                    date.minusYears(6 + grade).plusDays(i % 300), snils(firstNumber + i), date));
        }
        return changes;
    }

    /** A valid SNILS ({@code 112-233-445 95} form) for a nine-digit number above 001-001-998. */
    public static String snils(long number) {
        String digits = String.format("%09d", number);
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (digits.charAt(i) - '0') * (9 - i);
        }
        int mod = sum % 101;
        int check = mod == 100 ? 0 : mod;
        return digits.substring(0, 3) + "-" + digits.substring(3, 6) + "-" + digits.substring(6) + " "
                + String.format("%02d", check);
    }
}
