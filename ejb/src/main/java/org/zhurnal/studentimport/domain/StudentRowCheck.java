package org.zhurnal.studentimport.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.zhurnal.classes.domain.ClassName;
import org.zhurnal.guardians.domain.GuardianKind;
import org.zhurnal.people.domain.Contacts;
import org.zhurnal.people.domain.PersonDetails;
import org.zhurnal.people.domain.PersonRules;
import org.zhurnal.people.domain.Sex;
import org.zhurnal.people.domain.Snils;
import org.zhurnal.shared.error.InvalidInputException;
import org.zhurnal.shared.error.InvalidRowsException.RowError;
import org.zhurnal.shared.security.PersonName;
import org.zhurnal.shared.text.SearchKey;
import org.zhurnal.staffimport.domain.SheetCells;
import org.zhurnal.staffimport.file.SheetLine;
import org.zhurnal.studentimport.domain.CheckedStudentRow.Representative;

/**
 * Checks one row of a students list as a person card, an enrolment and a guardianship would check it, but
 * collects every problem of the row, each naming its column, instead of stopping at the first.
 */
final class StudentRowCheck {

    static final String DATE_FORMAT = "Дата рождения — в формате ДД.ММ.ГГГГ, например 05.03.2015";
    private static final Pattern CLASS = Pattern.compile("(\\d{1,2})\\s*[-\\s]?\\s*([\\p{L}\\d]{1,3})");

    private final SheetLine<StudentColumn> line;
    private final List<RowError> errors = new ArrayList<>();

    private StudentRowCheck(SheetLine<StudentColumn> line) {
        this.line = line;
    }

    /** The checked row, or empty with the row's problems added to {@code errors}. */
    static Optional<CheckedStudentRow> check(SheetLine<StudentColumn> line, LocalDate today, List<RowError> errors) {
        StudentRowCheck check = new StudentRowCheck(line);
        Optional<CheckedStudentRow> checked = check.run(today);
        errors.addAll(check.errors);
        return checked;
    }

    private Optional<CheckedStudentRow> run(LocalDate today) {
        String className = attempt(StudentColumn.CLASS, () -> className(cell(StudentColumn.CLASS)));
        PersonDetails student = person(StudentColumn.SURNAME, StudentColumn.GIVEN_NAME, StudentColumn.PATRONYMIC,
                StudentColumn.BIRTH_DATE, StudentColumn.SNILS, today);
        Sex sex = attempt(StudentColumn.SEX, () -> sex(cell(StudentColumn.SEX)));
        List<Representative> representatives = new ArrayList<>();
        for (StudentColumn.Representative columns : StudentColumn.REPRESENTATIVES) {
            representative(columns, today).ifPresent(representatives::add);
        }
        if (!errors.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new CheckedStudentRow(line.row(), className, student, sex, representatives));
    }

    private PersonDetails person(StudentColumn surnameColumn, StudentColumn givenColumn, StudentColumn patronymicColumn,
                                 StudentColumn birthColumn, StudentColumn snilsColumn, LocalDate today) {
        int before = errors.size();
        String surname = attempt(surnameColumn, () -> PersonRules.surname(cell(surnameColumn)));
        String givenName = attempt(givenColumn, () -> PersonRules.givenName(cell(givenColumn)));
        String patronymic = attempt(patronymicColumn,
                () -> Optional.ofNullable(PersonRules.patronymic(cell(patronymicColumn))).orElse(""));
        LocalDate birthDate = birthColumn == null ? null : attempt(birthColumn, () -> PersonRules.birthDate(
                SheetCells.date(cell(birthColumn), "birthDate", DATE_FORMAT).orElseThrow(
                        () -> new InvalidInputException("birthDate", "Укажите дату рождения")), today));
        Snils snils = attempt(snilsColumn, () -> Snils.parse(SheetCells.snilsDigitsRestored(cell(snilsColumn))));
        return errors.size() > before ? null
                : new PersonDetails(new PersonName(surname, givenName, patronymic), birthDate, snils);
    }

    /** The representative when any of their cells is filled; then kind, names and SNILS are required. */
    private Optional<Representative> representative(StudentColumn.Representative columns, LocalDate today) {
        if (columns.all().stream().allMatch(column -> cell(column).isEmpty())) {
            return Optional.empty();
        }
        int before = errors.size();
        GuardianKind kind = attempt(columns.kind(), () -> KindNames.parse(cell(columns.kind()), "kind"));
        PersonDetails person = person(columns.surname(), columns.givenName(), columns.patronymic(), null,
                columns.snils(), today);
        String phone = attempt(columns.phone(), () -> Contacts.typed(cell(columns.phone()), null).phone());
        String email = attempt(columns.email(), () -> Contacts.typed(null, cell(columns.email())).email());
        return errors.size() > before ? Optional.empty()
                : Optional.of(new Representative(columns.number(), person, kind, new Contacts(phone, email)));
    }

    /** «5А», «5 а», «5-А» → «5А»; refused when it names no grade and letter. */
    static String className(String text) {
        Matcher matcher = CLASS.matcher(text.strip());
        if (text.isBlank()) {
            throw new InvalidInputException("classId", "Укажите класс, например 5А");
        }
        if (!matcher.matches()) {
            throw new InvalidInputException("classId", "Класс — параллель и буква, например 5А");
        }
        return ClassName.of(Integer.parseInt(matcher.group(1)), matcher.group(2)).toString();
    }

    /** «М», «Ж», «муж.», «женский»…; empty: unknown. */
    static Sex sex(String text) {
        String key = SearchKey.of(text.strip()).replaceAll("\\.$", "");
        if (key.isEmpty()) {
            return null;
        }
        if (key.equals("м") || key.startsWith("муж")) {
            return Sex.MALE;
        }
        if (key.equals("ж") || key.startsWith("жен")) {
            return Sex.FEMALE;
        }
        throw new InvalidInputException("sex", "Пол — «М» или «Ж»");
    }

    private String cell(StudentColumn column) {
        return line.cell(column);
    }

    /** The value, or {@code null} with the refusal recorded against its column. */
    private <T> T attempt(StudentColumn column, Supplier<T> check) {
        try {
            return check.get();
        } catch (InvalidInputException refused) {
            errors.add(new RowError(line.row(), column.header(), refused.getMessage()));
            return null;
        }
    }
}
