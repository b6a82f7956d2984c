package org.zhurnal.classes.domain;

import java.util.Locale;
import java.util.regex.Pattern;
import org.zhurnal.shared.error.InvalidInputException;

/**
 * What a class is called: a grade (параллель, 1–11) and a letter, «5А». The letter is usually one Cyrillic
 * letter, but up to three letters or digits are accepted («10ИТ»); it is cleaned of blanks and upper-cased,
 * so «5 а» and «5А» are the same class.
 */
public record ClassName(int grade, String letter) {

    public static final int FIRST_GRADE = 1;
    public static final int LAST_GRADE = 11;
    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    private static final Pattern LETTER = Pattern.compile("[\\p{L}\\d]{1,3}");

    public ClassName {
        if (grade < FIRST_GRADE || grade > LAST_GRADE) {
            throw new InvalidInputException("grade", "Параллель — число от 1 до 11");
        }
        letter = cleanLetter(letter);
    }

    /** The name from the form's inputs; a missing grade or letter is refused naming the field. */
    public static ClassName of(Integer grade, String letter) {
        if (grade == null) {
            throw new InvalidInputException("grade", "Укажите параллель: число от 1 до 11");
        }
        return new ClassName(grade, letter);
    }

    static String cleanLetter(String letter) {
        String cleaned = letter == null ? "" : letter.replaceAll("[\\s\\u00A0]+", "");
        if (cleaned.isEmpty()) {
            throw new InvalidInputException("letter", "Укажите букву класса");
        }
        if (!LETTER.matcher(cleaned).matches()) {
            throw new InvalidInputException("letter", "Буква класса — от одной до трёх букв или цифр, например «А»");
        }
        return cleaned.toUpperCase(RUSSIAN);
    }

    /** «5А». */
    @Override
    public String toString() {
        return grade + letter;
    }
}
