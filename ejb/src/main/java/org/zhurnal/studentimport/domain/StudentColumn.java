package org.zhurnal.studentimport.domain;

import java.util.List;
import java.util.stream.Stream;
import org.zhurnal.staffimport.file.SheetColumn;

/**
 * The columns of a school's list of students, as the template heads them: the student (class, names, birth
 * date, sex, SNILS) and up to two legal representatives (кем приходится, names, SNILS, phone, e-mail).
 * Matched by header regardless of case, «ё» and a note in brackets; other columns are ignored.
 */
public enum StudentColumn implements SheetColumn {
    CLASS("Класс", "Класс (например, 5А)", true),
    SURNAME("Фамилия", "Фамилия", true),
    GIVEN_NAME("Имя", "Имя", true),
    PATRONYMIC("Отчество", "Отчество", false),
    BIRTH_DATE("Дата рождения", "Дата рождения (ДД.ММ.ГГГГ)", true),
    SEX("Пол", "Пол (М/Ж)", false),
    SNILS("СНИЛС", "СНИЛС", true),
    R1_KIND("Представитель 1: кем приходится", "Представитель 1: кем приходится (мать, отец, опекун…)", false),
    R1_SURNAME("Представитель 1: фамилия", "Представитель 1: фамилия", false),
    R1_GIVEN_NAME("Представитель 1: имя", "Представитель 1: имя", false),
    R1_PATRONYMIC("Представитель 1: отчество", "Представитель 1: отчество", false),
    R1_SNILS("Представитель 1: СНИЛС", "Представитель 1: СНИЛС", false),
    R1_PHONE("Представитель 1: телефон", "Представитель 1: телефон", false),
    R1_EMAIL("Представитель 1: эл. почта", "Представитель 1: эл. почта", false),
    R2_KIND("Представитель 2: кем приходится", "Представитель 2: кем приходится (мать, отец, опекун…)", false),
    R2_SURNAME("Представитель 2: фамилия", "Представитель 2: фамилия", false),
    R2_GIVEN_NAME("Представитель 2: имя", "Представитель 2: имя", false),
    R2_PATRONYMIC("Представитель 2: отчество", "Представитель 2: отчество", false),
    R2_SNILS("Представитель 2: СНИЛС", "Представитель 2: СНИЛС", false),
    R2_PHONE("Представитель 2: телефон", "Представитель 2: телефон", false),
    R2_EMAIL("Представитель 2: эл. почта", "Представитель 2: эл. почта", false);

    /** The columns of one representative, in the template's order. */
    public record Representative(int number, StudentColumn kind, StudentColumn surname, StudentColumn givenName,
                                 StudentColumn patronymic, StudentColumn snils, StudentColumn phone,
                                 StudentColumn email) {

        public List<StudentColumn> all() {
            return List.of(kind, surname, givenName, patronymic, snils, phone, email);
        }
    }

    public static final List<Representative> REPRESENTATIVES = List.of(
            new Representative(1, R1_KIND, R1_SURNAME, R1_GIVEN_NAME, R1_PATRONYMIC, R1_SNILS, R1_PHONE, R1_EMAIL),
            new Representative(2, R2_KIND, R2_SURNAME, R2_GIVEN_NAME, R2_PATRONYMIC, R2_SNILS, R2_PHONE, R2_EMAIL));

    private final String header;
    private final String templateHeader;
    private final boolean required;
    private final List<String> keys;

    StudentColumn(String header, String templateHeader, boolean required) {
        this.header = header;
        this.templateHeader = templateHeader;
        this.required = required;
        String key = SheetColumn.key(header);
        // «Представитель 1 фамилия», «Представитель 1 - фамилия» and «e-mail» are read as well.
        this.keys = Stream.of(key, key.replace("эл. почта", "e-mail"), key.replace("эл. почта", "email"))
                .flatMap(name -> Stream.of(name, name.replace(":", ""), name.replace(":", " -"), name.replace(":", " —")))
                .distinct().toList();
    }

    @Override
    public boolean isNamedBy(String headerKey) {
        return keys.contains(headerKey.replaceAll("\\s+", " "));
    }

    @Override
    public String header() {
        return header;
    }

    public String templateHeader() {
        return templateHeader;
    }

    @Override
    public boolean required() {
        return required;
    }
}
