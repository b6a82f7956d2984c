package org.zhurnal.staffimport.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.zhurnal.staffimport.file.ColumnSheet;
import org.zhurnal.staffimport.file.SheetColumn;

/**
 * The columns of a staff list, as the template heads them. Files are matched by header, not by position,
 * regardless of case, «ё» and a note in brackets («Дата рождения (ДД.ММ.ГГГГ)»); other columns are ignored.
 */
public enum StaffColumn implements SheetColumn {
    SURNAME("Фамилия", "Фамилия", true, "surname"),
    GIVEN_NAME("Имя", "Имя", true, "givenName"),
    PATRONYMIC("Отчество", "Отчество", false, "patronymic"),
    BIRTH_DATE("Дата рождения", "Дата рождения (ДД.ММ.ГГГГ)", false, "birthDate", "Дата рожд."),
    SNILS("СНИЛС", "СНИЛС", true, "snils", "Номер СНИЛС"),
    POSITIONS("Должности", "Должности", true, "positions", "Должность");

    private final String header;
    private final String templateHeader;
    private final boolean required;
    private final String field;
    private final List<String> keys;

    StaffColumn(String header, String templateHeader, boolean required, String field, String... aliases) {
        this.header = header;
        this.templateHeader = templateHeader;
        this.required = required;
        this.field = field;
        this.keys = Stream.concat(Stream.of(header), Arrays.stream(aliases))
                .map(SheetColumn::key).toList();
    }

    /** The column a header cell names, if any. */
    public static Optional<StaffColumn> ofHeader(String cell) {
        return ColumnSheet.ofHeader(values(), cell);
    }

    @Override
    public boolean isNamedBy(String headerKey) {
        return keys.contains(headerKey);
    }

    /** The column of a person card field as the card's checks name it ({@code surname}, {@code snils}…). */
    static StaffColumn ofField(String field) {
        return Arrays.stream(values()).filter(column -> column.field.equals(field)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no column for " + field));
    }

    @Override
    public String header() {
        return header;
    }

    /** The header cell of the template, with a hint where one helps. */
    public String templateHeader() {
        return templateHeader;
    }

    @Override
    public boolean required() {
        return required;
    }
}
