package org.zhurnal.integration.registry;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.zhurnal.exchange.application.ContingentChange;
import org.zhurnal.exchange.application.ContingentChange.ClassOpens;
import org.zhurnal.exchange.application.ContingentChange.EnrolStudent;
import org.zhurnal.exchange.application.ContingentChange.StudentLeaves;
import org.zhurnal.exchange.application.ContingentChange.StudentTransfers;
import org.zhurnal.integration.registry.wire.RegistryRecord;
import org.zhurnal.people.application.PersonCardInput;
import org.zhurnal.people.domain.Sex;
import org.zhurnal.people.domain.Snils;
import org.zhurnal.shared.error.BusinessException;

/**
 * The anti-corruption layer to the regional registry: checks one wire record and translates it into our
 * {@link ContingentChange}, or refuses it with the reason in Russian. Nothing of the wire model goes further.
 */
public class RegistryRecordMapper {

    /** The registry's kinds of change. */
    public enum Kind { STUDENT_ARRIVED, STUDENT_LEFT, STUDENT_TRANSFERRED, CLASS_OPENED }


    public ContingentChange map(RegistryRecord record) {
        Kind kind = kind(record.kind());
        String inn = required(record.schoolInn(), "ИНН школы");
        if (!isInn(inn)) {
            throw new RecordRejectedException("ИНН школы должен состоять из 10 цифр");
        }
        LocalDate date = date(record.effectiveDate(), "дата изменения");
        String orderRef = optional(record.orderRef());
        if (orderRef != null && orderRef.length() > 200) {
            throw new RecordRejectedException("Номер приказа — не длиннее 200 символов");
        }
        return switch (kind) {
            case STUDENT_ARRIVED -> new EnrolStudent(inn, grade(record.grade()), letter(record.letter()),
                    person(record), sex(record.sex()), date, orderRef);
            case STUDENT_LEFT -> new StudentLeaves(inn, snils(record.snils()), date, orderRef);
            case STUDENT_TRANSFERRED -> new StudentTransfers(inn, snils(record.snils()), grade(record.grade()),
                    letter(record.letter()), date, orderRef);
            case CLASS_OPENED -> new ClassOpens(inn, grade(record.grade()), letter(record.letter()), date);
        };
    }

    /** The record id, checked: without it a record cannot be applied exactly once. */
    public String recordId(RegistryRecord record) {
        String id = optional(record.recordId());
        if (id == null || !isRecordId(id)) {
            throw new RecordRejectedException(
                    "Не указан или неверен идентификатор записи (латиница, цифры, «._:-», до 100 символов)");
        }
        return id;
    }

    /** {@code [A-Za-z0-9._:-]{1,100}}, by hand (every record has one). */
    private static boolean isRecordId(String id) {
        if (id.isEmpty() || id.length() > 100) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9'
                    || c == '.' || c == '_' || c == ':' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    /** {@code [А-ЯЁ]{1,3}}: one to three capital Russian letters. */
    private static boolean isClassLetter(String text) {
        if (text.isEmpty() || text.length() > 3) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= 'А' && c <= 'Я' || c == 'Ё')) {
                return false;
            }
        }
        return true;
    }

    /** Ten ASCII digits. */
    private static boolean isInn(String inn) {
        if (inn.length() != 10) {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            if (inn.charAt(i) < '0' || inn.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static Kind kind(String value) {
        String text = required(value, "вид изменения");
        try {
            return Kind.valueOf(text);
        } catch (IllegalArgumentException e) {
            throw new RecordRejectedException("Неизвестный вид изменения: " + text);
        }
    }

    private static PersonCardInput person(RegistryRecord record) {
        String surname = required(record.surname(), "фамилия");
        String givenName = required(record.givenName(), "имя");
        LocalDate birthDate = date(record.birthDate(), "дата рождения");
        return new PersonCardInput(surname, givenName, optional(record.patronymic()), birthDate.toString(),
                snils(record.snils()));
    }

    private static String snils(String value) {
        try {
            Snils.parse(required(value, "СНИЛС"));
            return value.strip();
        } catch (BusinessException e) {
            throw new RecordRejectedException(e.getMessage());
        }
    }

    private static Sex sex(String value) {
        String text = optional(value);
        if (text == null) {
            return null;
        }
        return switch (text.toUpperCase(Locale.ROOT)) {
            case "M", "MALE", "М" -> Sex.MALE;
            case "F", "FEMALE", "Ж" -> Sex.FEMALE;
            default -> throw new RecordRejectedException("Пол указывается как M или F");
        };
    }

    private static int grade(String value) {
        String text = required(value, "параллель (класс)");
        try {
            int grade = Integer.parseInt(text);
            if (grade >= 1 && grade <= 11) {
                return grade;
            }
        } catch (NumberFormatException e) {
            // falls through to the refusal
        }
        throw new RecordRejectedException("Параллель — число от 1 до 11");
    }

    private static String letter(String value) {
        String text = required(value, "буква класса").toUpperCase(Locale.forLanguageTag("ru"));
        if (!isClassLetter(text)) {
            throw new RecordRejectedException("Буква класса — от одной до трёх русских букв");
        }
        return text;
    }

    private static LocalDate date(String value, String what) {
        String text = required(value, what);
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new RecordRejectedException("Поле «" + what + "» — дата в формате ГГГГ-ММ-ДД");
        }
    }

    private static String required(String value, String what) {
        String text = optional(value);
        if (text == null) {
            throw new RecordRejectedException("Не заполнено поле «" + what + "»");
        }
        return text;
    }

    private static String optional(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
