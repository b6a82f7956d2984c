package org.zhurnal.people.domain;

import java.util.Optional;
import java.util.regex.Pattern;
import org.zhurnal.shared.error.InvalidInputException;

/**
 * A person's phone and e-mail, checked and normalised: a Russian phone typed as «8 (913) 123-45-67»,
 * «+7 913 1234567» or «9131234567» becomes «+79131234567»; other countries' numbers need their «+» code.
 * Personal data: {@link #toString()} never shows them.
 */
public record Contacts(String phone, String email) {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+$");
    private static final int MAX_EMAIL = 254;

    public static final Contacts NONE = new Contacts(null, null);

    /** The contacts as typed in; blanks mean none. */
    public static Contacts typed(String phone, String email) {
        return new Contacts(phone(phone), email(email));
    }

    public Optional<String> phoneNumber() {
        return Optional.ofNullable(phone);
    }

    public Optional<String> emailAddress() {
        return Optional.ofNullable(email);
    }

    static String phone(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String text = typed.strip();
        if (!text.matches("^\\+?[0-9 ()\\-]+$")) {
            throw new InvalidInputException("phone", "Телефон — цифры, например +7 913 123-45-67");
        }
        String digits = text.replaceAll("[^0-9]", "");
        if (!text.startsWith("+")) {
            // A Russian number: ten digits of the number itself, or with the trunk prefix 8 or the code 7.
            if (digits.length() == 10) {
                digits = "7" + digits;
            } else if (digits.length() == 11 && (digits.startsWith("8") || digits.startsWith("7"))) {
                digits = "7" + digits.substring(1);
            } else {
                throw new InvalidInputException("phone", "Телефон — цифры, например +7 913 123-45-67");
            }
        }
        if (digits.length() < 11 || digits.length() > 15 || (digits.startsWith("7") && digits.length() != 11)) {
            throw new InvalidInputException("phone", "Телефон — цифры, например +7 913 123-45-67");
        }
        return "+" + digits;
    }

    static String email(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String text = typed.strip();
        if (text.length() > MAX_EMAIL || !EMAIL.matcher(text).matches()) {
            throw new InvalidInputException("email", "Адрес электронной почты — в виде name@example.ru");
        }
        return text;
    }

    @Override
    public String toString() {
        return "Contacts[hidden]";
    }
}
