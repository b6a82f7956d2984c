package org.zhurnal.regiongen;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** The tables a generated school is written to, in an order that satisfies their foreign keys. */
final class RegionTables {

    final CopyTable person = new CopyTable("person", "id", "surname", "given_name", "patronymic", "birth_date", "sex");
    final CopyTable school = new CopyTable("school", "id", "region_id", "full_name", "short_name", "inn", "ogrn",
            "address", "municipality_id");
    final CopyTable staffPosition = new CopyTable("staff_position", "id", "school_id", "person_id", "position",
            "valid_from");
    final CopyTable academicYear = new CopyTable("academic_year", "id", "school_id", "starts_on", "ends_on",
            "period_system", "working_week");
    final CopyTable reportingPeriod = new CopyTable("reporting_period", "id", "academic_year_id", "number",
            "starts_on", "ends_on", "closed_at", "closed_by_issuer", "closed_by_subject");
    final CopyTable nonWorkingDay = new CopyTable("non_working_day", "academic_year_id", "day", "reason");
    final CopyTable bellSchedule = new CopyTable("bell_schedule", "id", "school_id", "name");
    final CopyTable bellSlot = new CopyTable("bell_slot", "bell_schedule_id", "number", "starts_at", "ends_at");
    final CopyTable building = new CopyTable("building", "id", "school_id", "name", "address");
    final CopyTable room = new CopyTable("room", "id", "school_id", "building_id", "name", "purpose", "seats");
    final CopyTable curriculumItem = new CopyTable("curriculum_item", "id", "academic_year_id", "grade",
            "subject_id", "hours_per_year");
    final CopyTable schoolClass = new CopyTable("school_class", "id", "school_id", "academic_year_id", "grade",
            "letter", "class_teacher_person_id");
    final CopyTable classGroup = new CopyTable("class_group", "id", "school_class_id", "name");
    final CopyTable student = new CopyTable("student", "id", "person_id", "school_id");
    final CopyTable enrolmentEvent = new CopyTable("enrolment_event", "id", "person_id", "kind", "school_class_id",
            "class_group_id", "effective_on", "order_ref", "recorded_at", "recorded_by_issuer",
            "recorded_by_subject");
    final CopyTable guardianship = new CopyTable("guardianship", "id", "child_person_id", "guardian_person_id",
            "kind", "valid_from");
    final CopyTable teachingAssignment = new CopyTable("teaching_assignment", "id", "school_id",
            "academic_year_id", "subject_id", "teacher_person_id", "school_class_id", "class_group_id", "valid_from");
    final CopyTable timetableEntry = new CopyTable("timetable_entry", "id", "school_id", "academic_year_id",
            "teaching_assignment_id", "weekday", "week_kind", "bell_schedule_id", "slot_number", "room_id",
            "valid_from");
    final CopyTable lesson = new CopyTable("lesson", "school_year", "id", "school_id", "academic_year_id",
            "school_class_id", "class_group_id", "subject_id", "teaching_assignment_id", "timetable_entry_id",
            "lesson_date", "slot_number", "starts_at", "ends_at", "teacher_person_id", "room_id", "topic",
            "homework", "homework_none", "updated_at");
    final CopyTable mark = new CopyTable("mark", "school_year", "id", "lesson_id", "student_person_id", "position",
            "value", "value2", "work_kind_id", "weight", "lesson_date", "subject_id", "school_class_id", "set_at");
    final CopyTable attendance = new CopyTable("attendance", "school_year", "lesson_id", "student_person_id",
            "code", "lesson_date", "subject_id", "school_class_id", "set_at");
    final CopyTable markChange = new CopyTable("mark_change", "school_year", "id", "lesson_id", "student_person_id",
            "position", "action", "new_value", "new_value2", "new_work_kind_id", "changed_at", "changed_by_issuer",
            "changed_by_subject", "changed_by_person_id");
    final CopyTable attendanceChange = new CopyTable("attendance_change", "school_year", "id", "lesson_id",
            "student_person_id", "old_code", "new_code", "changed_at", "changed_by_issuer", "changed_by_subject",
            "changed_by_person_id");

    final CopyTable finalMark = new CopyTable("final_mark", "id", "school_id", "academic_year_id", "school_class_id",
            "subject_id", "student_person_id", "period_number", "version", "value", "not_attested", "reason", "state",
            "average", "proposed", "set_at", "set_by_issuer", "set_by_subject", "set_by_person_id");
    final CopyTable inviteCode = new CopyTable("invite_code", "id", "code_hash", "school_id", "student_person_id",
            "person_id", "purpose", "issued_at", "issued_by_issuer", "issued_by_subject", "expires_at");

    List<CopyTable> inForeignKeyOrder() {
        return List.of(person, school, staffPosition, academicYear, reportingPeriod, nonWorkingDay, bellSchedule,
                bellSlot, building, room, curriculumItem, schoolClass, classGroup, student, enrolmentEvent,
                guardianship, teachingAssignment, timetableEntry, lesson, mark, attendance, markChange,
                attendanceChange, finalMark, inviteCode);
    }

    void flush(Connection connection) throws SQLException {
        for (CopyTable table : inForeignKeyOrder()) {
            table.flush(connection);
        }
    }

    long rows() {
        return inForeignKeyOrder().stream().mapToLong(CopyTable::rows).sum();
    }
}
