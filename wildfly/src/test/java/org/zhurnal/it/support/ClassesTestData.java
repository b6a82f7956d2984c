package org.zhurnal.it.support;

import static org.zhurnal.it.support.RegionTestData.REGION_ADMIN;

import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.zhurnal.calendar.application.NewAcademicYear;
import org.zhurnal.calendar.application.NewAcademicYear.Dates;
import org.zhurnal.calendar.application.SchoolCalendarService;
import org.zhurnal.calendar.domain.PeriodSystem;
import org.zhurnal.calendar.domain.WorkingWeek;
import org.zhurnal.school.application.NewSchool;
import org.zhurnal.school.application.SchoolService;
import org.zhurnal.shared.security.Actor;

/**
 * A fresh school with the academic year 2026/2027 in quarters (01.09–24.10, 05.11–28.12, 12.01–21.03,
 * 01.04–26.05) for tests of classes and students; every test makes its own.
 */
public record ClassesTestData(long school, long year) {

    public static ClassesTestData create(SchoolService schools, SchoolCalendarService calendar) {
        String tag = RegionTestData.tag();
        long school = schools.create(REGION_ADMIN, new NewSchool("Средняя школа классов " + tag, "СШ " + tag,
                RegionTestData.inn(), null, "г. Красноярск", null)).id();
        long year = calendar.openYear(REGION_ADMIN, school, new NewAcademicYear(day("2026-09-01"), day("2027-05-31"),
                PeriodSystem.QUARTERS, WorkingWeek.FIVE_DAYS, List.of(dates("2026-09-01", "2026-10-24"),
                dates("2026-11-05", "2026-12-28"), dates("2027-01-12", "2027-03-21"), dates("2027-04-01", "2027-05-26")),
                List.of())).id();
        return new ClassesTestData(school, year);
    }

    /** A person card (without SNILS) holding a TEACHER position at the school, written directly: staff set-up is not ours. */
    public long teacher(DataSource db, String surname, String givenName, String patronymic) {
        long person = Long.parseLong(Db.column(db, "INSERT INTO person (surname, given_name, patronymic) VALUES (?, ?, ?) "
                + "RETURNING id", surname, givenName, patronymic).get(0));
        Db.update(db, "INSERT INTO staff_position (school_id, person_id, position, valid_from) "
                + "VALUES (?, ?, 'TEACHER', DATE '2025-09-01')", school, person);
        return person;
    }

    /** An actor bound to a new person card holding the school's journal administrator position. */
    public Actor journalAdmin(DataSource db) {
        long person = Long.parseLong(Db.column(db, "INSERT INTO person (surname, given_name, patronymic) "
                + "VALUES ('Кузнецов', 'Андрей', 'Сергеевич') RETURNING id").get(0));
        Db.update(db, "INSERT INTO staff_position (school_id, person_id, position, valid_from) "
                + "VALUES (?, ?, 'JOURNAL_ADMIN', DATE '2025-09-01')", school, person);
        return RegionTestData.JOURNAL_ADMIN.boundTo(person);
    }

    /** A subject of the school's own (or, with {@code own} false, of the region's catalogue), named uniquely. */
    public long subject(DataSource db, String name, boolean own) {
        return Long.parseLong(Db.column(db, "INSERT INTO subject (region_id, school_id, name, short_name) "
                + "SELECT region_id, ?, ?, ? FROM school WHERE id = ? RETURNING id", own ? school : null,
                name + " " + RegionTestData.tag(), name.substring(0, 3), school).get(0));
    }

    public static LocalDate day(String text) {
        return LocalDate.parse(text);
    }

    private static Dates dates(String from, String to) {
        return new Dates(day(from), day(to));
    }
}
