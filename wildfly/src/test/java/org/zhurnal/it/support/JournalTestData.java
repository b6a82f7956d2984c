package org.zhurnal.it.support;

import static org.zhurnal.it.support.RegionTestData.REGION_ADMIN;

import java.util.List;
import javax.sql.DataSource;
import org.zhurnal.calendar.application.SchoolCalendarService;
import org.zhurnal.classes.application.NewClass;
import org.zhurnal.classes.application.NewStudent;
import org.zhurnal.classes.application.SchoolClassService;
import org.zhurnal.classes.application.StudentService;
import org.zhurnal.people.application.PersonCardInput;
import org.zhurnal.people.domain.Sex;
import org.zhurnal.school.application.SchoolService;
import org.zhurnal.shared.security.Actor;
import org.zhurnal.shared.security.PersonName;
import org.zhurnal.shared.security.Role;

/**
 * A fresh school (the 2026/2027 year of {@link ClassesTestData}) with class 5А of two students, a subject,
 * a teacher bound to their person card who teaches the subject in the class, and lessons written with SQL as the timetable would write them.
 * Dates are relative to today in the region, as the journal's rules are.
 */
public record JournalTestData(ClassesTestData school, long classId, long subjectId, List<Long> students,
                              long teacherPerson, Actor teacher) {

    public static JournalTestData create(DataSource db, SchoolService schools, SchoolCalendarService calendar,
                                         SchoolClassService classes, StudentService studentService, int grade) {
        ClassesTestData data = ClassesTestData.create(schools, calendar);
        long classId = classes.create(REGION_ADMIN, data.school(), new NewClass(data.year(), grade, "А", null)).id();
        long first = enrol(studentService, data, classId, "Алексеев");
        long second = enrol(studentService, data, classId, "Борисова");
        long subject = Long.parseLong(Db.column(db, "INSERT INTO subject (region_id, school_id, name, short_name) "
                + "SELECT region_id, id, 'Математика ' || ?, 'Мат.' FROM school WHERE id = ? RETURNING id",
                RegionTestData.tag(), data.school()).get(0));
        long teacherPerson = data.teacher(db, "Учителева", "Анна", "Ивановна");
        Db.update(db, "INSERT INTO teaching_assignment (school_id, academic_year_id, subject_id, teacher_person_id, "
                + "school_class_id, valid_from) VALUES (?, ?, ?, ?, ?, DATE '2026-09-01')", data.school(), data.year(), subject,
                teacherPerson, classId);
        return new JournalTestData(data, classId, subject, List.of(first, second), teacherPerson,
                boundActor("it-journal-teacher-" + teacherPerson, teacherPerson, Role.TEACHER));
    }

    public static Actor boundActor(String subject, long person, Role... roles) {
        return RegionTestData.actor(subject, new PersonName("Учителева", "Анна", "Ивановна"), roles).boundTo(person);
    }

    /** A lesson {@code daysAgo} days before today in the region (negative: in the future), slot 1. */
    public long lesson(DataSource db, int daysAgo) {
        return Long.parseLong(Db.column(db, "INSERT INTO lesson (school_year, school_id, academic_year_id, school_class_id, "
                + "subject_id, lesson_date, slot_number, starts_at, ends_at, teacher_person_id) "
                + "SELECT 2026, s.id, ?, ?, ?, CAST(now() AT TIME ZONE r.time_zone AS date) - ?, 1, TIME '08:30', "
                + "TIME '09:15', ? FROM school s JOIN region r ON r.id = s.region_id WHERE s.id = ? RETURNING id",
                school.year(), classId, subjectId, daysAgo, teacherPerson, school.school()).get(0));
    }

    public static long workKind(DataSource db, String code) {
        return Long.parseLong(Db.column(db, "SELECT id FROM work_kind WHERE code = ? AND region_id IS NULL", code).get(0));
    }

    private static long enrol(StudentService students, ClassesTestData data, long classId, String surname) {
        return students.enrol(REGION_ADMIN, data.school(), new NewStudent(new PersonCardInput(surname, "Иван", "Петрович",
                "2014-02-03", null), Sex.MALE, classId, ClassesTestData.day("2026-09-01"), "№ 1")).personId();
    }
}
