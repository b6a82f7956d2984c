package org.zhurnal.it.support;

import javax.sql.DataSource;

/**
 * Rows the diary only reads, written with SQL as the journal and timetable features would write them:
 * subjects, a room, lessons of 2026/2027 (partition 2026), marks, attendance, guardianships.
 */
public record DiaryTestData(DataSource db, ClassesTestData school, long yearId, long roomId) {

    public static DiaryTestData create(DataSource db, ClassesTestData school) {
        long building = id(db, "INSERT INTO building (school_id, name) VALUES (?, 'Главный корпус') RETURNING id",
                school.school());
        long room = id(db, "INSERT INTO room (school_id, building_id, name) VALUES (?, ?, '214') RETURNING id",
                school.school(), building);
        return new DiaryTestData(db, school, school.year(), room);
    }

    public long subject(String name) {
        return id(db, "INSERT INTO subject (region_id, school_id, name, short_name) "
                + "SELECT region_id, id, ?, ? FROM school WHERE id = ? RETURNING id", name, name, school.school());
    }

    /** A scheduled lesson of the class (and group) on the date in the slot, with topic and homework. */
    public long lesson(long classId, Long groupId, long subjectId, String date, int slot, long teacher, Long substitute,
                       String topic, String homework) {
        return id(db, "INSERT INTO lesson (school_year, school_id, academic_year_id, school_class_id, class_group_id, "
                        + "subject_id, lesson_date, slot_number, starts_at, ends_at, teacher_person_id, substitute_person_id, "
                        + "room_id, topic, homework, homework_none) VALUES (2026, ?, ?, ?, ?, ?, ?::date, ?, "
                        + "(TIME '08:00' + (? * INTERVAL '50 minutes')), (TIME '08:40' + (? * INTERVAL '50 minutes')), "
                        + "?, ?, ?, ?, ?, ?) RETURNING id",
                school.school(), yearId, classId, groupId, subjectId, date, slot, slot - 1, slot - 1, teacher, substitute,
                roomId, topic, homework, homework == null && topic != null);
    }

    public void cancel(long lessonId) {
        Db.update(db, "UPDATE lesson SET state = 'CANCELLED', change_note = 'Учитель болен' WHERE id = ?", lessonId);
    }

    /** A mark of the work kind with this code, weight copied from the kind, as the journal stores it. */
    public void mark(long lessonId, long student, int position, int value, Integer value2, String kindCode) {
        Db.update(db, "INSERT INTO mark (school_year, lesson_id, student_person_id, position, value, value2, work_kind_id, "
                + "weight, lesson_date, subject_id, school_class_id, set_at) "
                + "SELECT 2026, l.id, ?, ?, ?, ?, k.id, k.weight, l.lesson_date, l.subject_id, l.school_class_id, now() "
                + "FROM lesson l, work_kind k WHERE l.school_year = 2026 AND l.id = ? AND k.code = ? AND k.region_id IS NULL",
                student, position, value, value2, lessonId, kindCode);
    }

    public void attendance(long lessonId, long student, String code) {
        Db.update(db, "INSERT INTO attendance (school_year, lesson_id, student_person_id, code, lesson_date, subject_id, "
                + "school_class_id, set_at) SELECT 2026, l.id, ?, ?, l.lesson_date, l.subject_id, l.school_class_id, now() "
                + "FROM lesson l WHERE l.school_year = 2026 AND l.id = ?", student, code, lessonId);
    }

    public long person(String surname, String givenName, String patronymic) {
        return id(db, "INSERT INTO person (surname, given_name, patronymic) VALUES (?, ?, ?) RETURNING id",
                surname, givenName, patronymic);
    }

    /** A guardianship from 01.09.2026, ended on {@code validTo} (exclusive) when not null. */
    public void guardianship(long guardian, long child, String validTo) {
        Db.update(db, "INSERT INTO guardianship (child_person_id, guardian_person_id, kind, valid_from, valid_to) "
                + "VALUES (?, ?, 'FATHER', DATE '2026-09-01', ?::date)", child, guardian, validTo);
    }

    private static long id(DataSource db, String sql, Object... parameters) {
        return Long.parseLong(Db.column(db, sql, parameters).get(0));
    }
}
