package org.zhurnal.it.support;

import javax.sql.DataSource;
import org.zhurnal.calendar.application.SchoolCalendarService;
import org.zhurnal.school.application.SchoolService;

/**
 * A school for timetable tests, written with SQL where the set-up is another feature's (rooms, streams,
 * teaching assignments): the year 2026/2027 of {@link ClassesTestData}, classes 5А (groups 1 and 2) and 5Б
 * joined by a stream, two teachers, rooms 101 and 102, a bell schedule of six lessons.
 */
public record TimetableTestData(DataSource db, long school, long year, long class5a, long group1, long group2,
                                long class5b, long stream, long maths, long english, long sport, long ivanova,
                                long petrov, long room101, long room102, long bells) {

    public static TimetableTestData create(DataSource db, SchoolService schools, SchoolCalendarService calendar) {
        ClassesTestData data = ClassesTestData.create(schools, calendar);
        long school = data.school();
        long year = data.year();
        long class5a = id(db, "INSERT INTO school_class (school_id, academic_year_id, grade, letter) VALUES (?, ?, 5, 'А') "
                + "RETURNING id", school, year);
        long class5b = id(db, "INSERT INTO school_class (school_id, academic_year_id, grade, letter) VALUES (?, ?, 5, 'Б') "
                + "RETURNING id", school, year);
        long group1 = id(db, "INSERT INTO class_group (school_class_id, name) VALUES (?, 'Группа 1') RETURNING id", class5a);
        long group2 = id(db, "INSERT INTO class_group (school_class_id, name) VALUES (?, 'Группа 2') RETURNING id", class5a);
        long stream = id(db, "INSERT INTO stream (school_id, academic_year_id, name) VALUES (?, ?, 'Физкультура 5') "
                + "RETURNING id", school, year);
        Db.update(db, "INSERT INTO stream_class (stream_id, school_class_id) VALUES (?, ?), (?, ?)", stream, class5a,
                stream, class5b);
        String tag = RegionTestData.tag();
        long maths = subject(db, school, "Математика " + tag);
        long english = subject(db, school, "Английский язык " + tag);
        long sport = subject(db, school, "Физическая культура " + tag);
        long ivanova = data.teacher(db, "Иванова", "Мария", "Петровна");
        long petrov = data.teacher(db, "Петров", "Сергей", "Николаевич");
        long building = id(db, "INSERT INTO building (school_id, name) VALUES (?, 'Главный корпус') RETURNING id", school);
        long room101 = id(db, "INSERT INTO room (school_id, building_id, name) VALUES (?, ?, '101') RETURNING id", school,
                building);
        long room102 = id(db, "INSERT INTO room (school_id, building_id, name) VALUES (?, ?, '102') RETURNING id", school,
                building);
        long bells = id(db, "INSERT INTO bell_schedule (school_id, name) VALUES (?, 'Основное') RETURNING id", school);
        for (int slot = 1; slot <= 6; slot++) {
            Db.update(db, "INSERT INTO bell_slot (bell_schedule_id, number, starts_at, ends_at) VALUES (?, ?, "
                    + "TIME '08:00' + (? * INTERVAL '55 minutes'), TIME '08:45' + (? * INTERVAL '55 minutes'))",
                    bells, slot, slot - 1, slot - 1);
        }
        return new TimetableTestData(db, school, year, class5a, group1, group2, class5b, stream, maths, english, sport,
                ivanova, petrov, room101, room102, bells);
    }

    /** A teaching assignment from the year's start: {@code group} and {@code stream} may be null. */
    public long assignment(long subject, long teacher, Long schoolClass, Long group, Long streamId) {
        return id(db, "INSERT INTO teaching_assignment (school_id, academic_year_id, subject_id, teacher_person_id, "
                        + "school_class_id, class_group_id, stream_id, valid_from) VALUES (?, ?, ?, ?, ?, ?, ?, DATE '2026-09-01') "
                        + "RETURNING id", school, year, subject, teacher, schoolClass, group, streamId);
    }

    private static long subject(DataSource db, long school, String name) {
        return id(db, "INSERT INTO subject (region_id, school_id, name, short_name) SELECT region_id, id, ?, ? "
                + "FROM school WHERE id = ? RETURNING id", name, name.substring(0, 4), school);
    }

    private static long id(DataSource db, String sql, Object... parameters) {
        return Long.parseLong(Db.column(db, sql, parameters).get(0));
    }
}
