package org.zhurnal.it.support;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.zhurnal.people.domain.Snils;

/**
 * Staff lists as schools send them: CSV in UTF-8 with BOM and «;» (Russian Excel's «CSV UTF-8»), with
 * generated people whose SNILS are valid and unique, so that every test imports its own staff.
 */
public final class StaffLists {

    public static final String HEADER = "Фамилия;Имя;Отчество;Дата рождения (ДД.ММ.ГГГГ);СНИЛС;Должности";
    private static final String[] SURNAMES = {"Иванова", "Петров", "Сидорова", "Кузнецов", "Смирнова", "Попов",
        "Васильева", "Соколов", "Михайлова", "Новиков", "Фёдорова", "Морозов"};
    private static final String[] NAMES = {"Мария", "Иван", "Ольга", "Андрей", "Елена", "Сергей"};
    private static final String[] POSITIONS = {"учитель", "учитель", "учитель, заместитель директора", "секретарь",
        "\"учитель, администратор журнала\""};

    private StaffLists() {
    }

    /** {@code count} lines of distinct people (surname, name, patronymic, birth date, SNILS, positions). */
    public static List<String> people(int count) {
        Set<String> numbers = new LinkedHashSet<>();
        while (numbers.size() < count) {
            numbers.add(snils());
        }
        List<String> lines = new ArrayList<>();
        for (String snils : numbers) {
            int i = lines.size();
            String surname = SURNAMES[i % SURNAMES.length];
            String patronymic = surname.endsWith("а") ? "Сергеевна" : "Петрович";
            String birthDate = String.format("%02d.%02d.%d", 1 + i % 28, 1 + i % 12, 1960 + i % 40);
            lines.add(String.join(";", surname, NAMES[i % NAMES.length], patronymic, birthDate,
                    RegionTestData.formatted(snils), POSITIONS[i % POSITIONS.length]));
        }
        return lines;
    }

    /**
     * A valid SNILS starting with 0, a range {@link RegionTestData#snils()} never uses, so that a thousand
     * generated people do not meet the cards other tests made.
     */
    private static String snils() {
        String nine = String.format("0%08d", 2_000_000 + ThreadLocalRandom.current().nextInt(98_000_000));
        return nine + String.format("%02d", Snils.checksum(nine));
    }

    /** The file: BOM, header, the lines, CRLF line ends. */
    public static byte[] csv(List<String> lines) {
        StringBuilder text = new StringBuilder("\uFEFF").append(HEADER).append("\r\n");
        lines.forEach(line -> text.append(line).append("\r\n"));
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
