package org.zhurnal.timetable.persistence;

import java.sql.Date;
import java.sql.Time;
import java.time.LocalDate;
import java.time.LocalTime;

/** The cells of native query rows as Java values, whichever JDBC type Hibernate hands over. */
public final class Cells {

    private Cells() {
    }

    public static Long id(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    public static Integer number(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }

    public static LocalDate date(Object value) {
        return value instanceof Date sql ? sql.toLocalDate() : (LocalDate) value;
    }

    public static LocalTime time(Object value) {
        return value instanceof Time sql ? sql.toLocalTime() : (LocalTime) value;
    }

    /** «Иванова М. П.» from surname, given name and patronymic at {@code row[at]} on. */
    public static String shortName(Object[] row, int at) {
        if (row[at] == null) {
            return null;
        }
        StringBuilder name = new StringBuilder((String) row[at]);
        for (int part = at + 1; part <= at + 2; part++) {
            String text = (String) row[part];
            if (text != null && !text.isBlank()) {
                name.append(part == at + 1 ? " " : "").append(text.strip().charAt(0)).append('.');
            }
        }
        return name.toString().replace(".", ". ").strip();
    }

    /** «5А» or «5А, Группа 1» from grade, letter and group name at {@code row[at]} on. */
    public static String className(Object[] row, int at) {
        String name = number(row[at]) + (String) row[at + 1];
        return row[at + 2] == null ? name : name + ", " + row[at + 2];
    }
}
