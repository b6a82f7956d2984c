package org.zhurnal.classes.domain;

import java.lang.reflect.Field;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.zhurnal.calendar.domain.AcademicYear;
import org.zhurnal.calendar.domain.DateRange;
import org.zhurnal.calendar.domain.PeriodSystem;
import org.zhurnal.calendar.domain.WorkingWeek;
import org.zhurnal.school.domain.Region;
import org.zhurnal.school.domain.School;

/** Aggregates as the database would hand them over (with ids), for domain tests without one. */
final class Fixtures {

    static final long SCHOOL_ID = 1L;

    private Fixtures() {
    }

    /** 2026/2027 in quarters: 01.09–24.10, 05.11–28.12, 12.01–21.03, 01.04–26.05. */
    static AcademicYear year(long id) {
        AcademicYear year = AcademicYear.open(SCHOOL_ID, range("2026-09-01", "2027-05-31"), PeriodSystem.QUARTERS,
                WorkingWeek.FIVE_DAYS, List.of(range("2026-09-01", "2026-10-24"), range("2026-11-05", "2026-12-28"),
                        range("2027-01-12", "2027-03-21"), range("2027-04-01", "2027-05-26")), List.of());
        return withId(year, id);
    }

    static School school() {
        School school = new School(new Region("24", "Красноярский край", ZoneId.of("Asia/Krasnoyarsk")), null,
                "Средняя школа № 1", "СШ № 1", "2460000010", null, null);
        return withId(school, SCHOOL_ID);
    }

    static SchoolClass schoolClass(long id, AcademicYear year, int grade, String letter, String... groups) {
        SchoolClass schoolClass = withId(SchoolClass.open(year, new ClassName(grade, letter)), id);
        long groupId = id * 100;
        for (String group : groups) {
            withId(schoolClass.addGroup(group), ++groupId);
        }
        return schoolClass;
    }

    static LocalDate date(String text) {
        return LocalDate.parse(text);
    }

    static DateRange range(String from, String to) {
        return new DateRange(date(from), date(to));
    }

    static <T> T withId(T entity, long id) {
        try {
            Field field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
