package org.zhurnal.people.domain;

import java.time.LocalDate;
import java.util.Objects;
import org.zhurnal.shared.error.InvalidInputException;
import org.zhurnal.shared.security.PersonName;
import org.zhurnal.shared.text.TextRule;

/**
 * What a person card accepts as names and birth date, one part at a time, so that a form or an imported
 * table can report every part that is wrong (each refusal names its API field). {@link Person} registers
 * cards only through these checks.
 */
public final class PersonRules {

    static final TextRule SURNAME = new TextRule("surname", 100, "Укажите фамилию", "Фамилия — не длиннее 100 символов");
    static final TextRule GIVEN_NAME = new TextRule("givenName", 100, "Укажите имя", "Имя — не длиннее 100 символов");
    static final TextRule PATRONYMIC = new TextRule("patronymic", 100, "", "Отчество — не длиннее 100 символов");
    static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

    private PersonRules() {
    }

    public static String surname(String value) {
        return letters(SURNAME, SURNAME.required(value));
    }

    public static String givenName(String value) {
        return letters(GIVEN_NAME, GIVEN_NAME.required(value));
    }

    /** The patronymic, or {@code null} when there is none. */
    public static String patronymic(String value) {
        String patronymic = PATRONYMIC.optional(value);
        return patronymic == null ? null : letters(PATRONYMIC, patronymic);
    }

    /** The whole name checked part by part; the first wrong part is refused. */
    public static PersonName name(PersonName name) {
        return new PersonName(surname(name.surname()), givenName(name.givenName()), patronymic(name.patronymic()));
    }

    /** An unknown ({@code null}) birth date, or one between 1900 and {@code today} (in the region). */
    public static LocalDate birthDate(LocalDate birthDate, LocalDate today) {
        if (birthDate != null && (birthDate.isAfter(Objects.requireNonNull(today, "today"))
                || birthDate.isBefore(EARLIEST_BIRTH))) {
            throw new InvalidInputException("birthDate", "Проверьте дату рождения");
        }
        return birthDate;
    }

    private static String letters(TextRule rule, String value) {
        if (!isName(value)) {
            throw new InvalidInputException(rule.field(), "Допустимы только буквы, пробел, дефис и апостроф");
        }
        return value;
    }

    /**
     * {@code [\\p{L}\\p{M}][\\p{L}\\p{M} .'’-]*}, checked by hand: an import checks three names a record, and
     * the pattern's character-class union was a tenth of its time.
     */
    static boolean isName(String value) {
        if (value.isEmpty()) {
            return false;
        }
        for (int i = 0; i < value.length(); ) {
            int c = value.codePointAt(i);
            if (!isLetterOrMark(c) && (i == 0 || c != ' ' && c != '.' && c != '\'' && c != '’' && c != '-')) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    private static boolean isLetterOrMark(int c) {
        if (Character.isLetter(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }
}
