package org.zhurnal.diary.persistence;

import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Time;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** Reading native-query rows (JDBC and java.time types alike). */
final class Rows {

    private Rows() {
    }

    @SuppressWarnings("unchecked")
    static List<Object[]> of(Query query) {
        return query.getResultList();
    }

    static Long id(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    static Integer integer(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }

    static BigDecimal decimal(Object value) {
        return value instanceof BigDecimal d ? d : value == null ? null : new BigDecimal(value.toString());
    }

    static LocalDate date(Object value) {
        return value instanceof Date sql ? sql.toLocalDate() : (LocalDate) value;
    }

    static LocalTime time(Object value) {
        return value instanceof Time sql ? sql.toLocalTime() : (LocalTime) value;
    }

    static boolean flag(Object value) {
        return Boolean.TRUE.equals(value);
    }

    /** «Иванова М. П.»: a teacher as the diary names them. */
    static String initials(Object surname, Object givenName, Object patronymic) {
        if (surname == null) {
            return null;
        }
        StringBuilder name = new StringBuilder((String) surname);
        for (Object part : new Object[] {givenName, patronymic}) {
            if (part != null && !((String) part).isBlank()) {
                name.append(' ').append(((String) part).strip().charAt(0)).append('.');
            }
        }
        return name.toString();
    }
}
