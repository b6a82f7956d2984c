package org.zhurnal.journal.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.zhurnal.journal.application.JournalCells;
import org.zhurnal.journal.domain.AttendanceCode;
import org.zhurnal.journal.domain.CellChanges;
import org.zhurnal.journal.domain.CellChanges.AttendanceChange;
import org.zhurnal.journal.domain.CellChanges.MarkChange;
import org.zhurnal.journal.domain.MarkCell;
import org.zhurnal.journal.domain.MarkValue;
import org.zhurnal.shared.persistence.PlainSql;
import org.zhurnal.shared.security.Actor;

/**
 * Marks and attendance of one lesson in native SQL: two reads, and at most seven multi-row statements per
 * save (history of marks, new, changed and removed marks; history of attendance, set and cleared
 * attendance). Every statement names the lesson's school_year, so PostgreSQL touches one partition.
 */
@ApplicationScoped
public class JpaJournalCells implements JournalCells {

    private static final String MARK_CHANGE = "INSERT INTO mark_change (school_year, lesson_id, student_person_id, "
            + "position, action, old_value, old_value2, old_work_kind_id, new_value, new_value2, new_work_kind_id, "
            + "new_comment, reason, changed_at, changed_by_issuer, changed_by_subject, changed_by_person_id, "
            + "approved_by_issuer, approved_by_subject, approved_by_person_id, change_request_id) VALUES";
    private static final String[] MARK_CHANGE_TYPES = {"smallint", "bigint", "bigint", "smallint", "varchar", "smallint",
        "smallint", "bigint", "smallint", "smallint", "bigint", "varchar", "varchar", "timestamptz", "varchar", "varchar",
        "bigint", "varchar", "varchar", "bigint", "bigint"};
    private static final String MARK_INSERT = "INSERT INTO mark (school_year, lesson_id, student_person_id, position, "
            + "value, value2, work_kind_id, weight, comment, lesson_date, subject_id, school_class_id, set_at) VALUES";
    private static final String[] MARK_TYPES = {"smallint", "bigint", "bigint", "smallint", "smallint", "smallint", "bigint",
        "numeric", "varchar", "date", "bigint", "bigint", "timestamptz"};
    private static final String MARK_UPDATE = "UPDATE mark m SET value = v.value, value2 = v.value2, "
            + "work_kind_id = v.kind, weight = v.weight, comment = v.comment, set_at = v.set_at FROM (VALUES";
    private static final String MARK_UPDATE_END = ") AS v(student, position, value, value2, kind, weight, comment, set_at) "
            + "WHERE m.school_year = ? AND m.lesson_id = ? AND m.student_person_id = v.student AND m.position = v.position";
    private static final String MARK_DELETE = "DELETE FROM mark m USING (VALUES";
    private static final String MARK_DELETE_END = ") AS v(student, position) WHERE m.school_year = ? AND m.lesson_id = ? "
            + "AND m.student_person_id = v.student AND m.position = v.position";
    private static final String ATTENDANCE_CHANGE = "INSERT INTO attendance_change (school_year, lesson_id, "
            + "student_person_id, old_code, new_code, reason, changed_at, changed_by_issuer, changed_by_subject, "
            + "changed_by_person_id, approved_by_issuer, approved_by_subject, approved_by_person_id, change_request_id, "
            + "absence_report_id) VALUES";
    private static final String ATTENDANCE_UPSERT = "INSERT INTO attendance (school_year, lesson_id, student_person_id, "
            + "code, lesson_date, subject_id, school_class_id, set_at) VALUES";
    private static final String ATTENDANCE_UPSERT_END = "ON CONFLICT (school_year, lesson_id, student_person_id) "
            + "DO UPDATE SET code = EXCLUDED.code, set_at = EXCLUDED.set_at";
    private static final String ATTENDANCE_DELETE = "DELETE FROM attendance a USING (VALUES";
    private static final String ATTENDANCE_DELETE_END = ") AS v(student) WHERE a.school_year = ? AND a.lesson_id = ? "
            + "AND a.student_person_id = v.student";

    private static final String MARKS = "SELECT student_person_id, position, value, value2, work_kind_id, weight, "
            + "comment FROM mark WHERE school_year = ? AND lesson_id = ?";
    private static final String ATTENDANCE = "SELECT student_person_id, code FROM attendance "
            + "WHERE school_year = ? AND lesson_id = ?";

    @Inject
    EntityManager em;

    @Inject
    PlainSql sql;

    @Override
    public List<MarkCell> marks(int schoolYear, Long lessonId) {
        return sql.list(MARKS, row -> new MarkCell(row.getLong(1), row.getInt(2),
                new MarkValue(row.getInt(3), PlainSql.intOrNull(row, 4)), PlainSql.longOrNull(row, 5),
                row.getBigDecimal(6), row.getString(7)), (short) schoolYear, lessonId);
    }

    @Override
    public Map<Long, AttendanceCode> attendance(int schoolYear, Long lessonId) {
        Map<Long, AttendanceCode> codes = new HashMap<>();
        sql.list(ATTENDANCE, row -> Map.entry(row.getLong(1), AttendanceCode.valueOf(row.getString(2))),
                (short) schoolYear, lessonId).forEach(code -> codes.put(code.getKey(), code.getValue()));
        return codes;
    }

    @Override
    public void apply(LessonKey lesson, CellChanges changes, Authorship by) {
        if (changes.marks().isEmpty() && changes.attendance().isEmpty()) {
            return;
        }
        em.flush();
        sql.run(connection -> {
            applyMarks(connection, lesson, changes.marks(), by);
            applyAttendance(connection, lesson, changes.attendance(), by);
            return null;
        });
    }

    private void applyMarks(Connection connection, LessonKey lesson, List<MarkChange> changes, Authorship by)
            throws SQLException {
        MultiRow history = new MultiRow(MARK_CHANGE, "", MARK_CHANGE_TYPES);
        MultiRow inserts = new MultiRow(MARK_INSERT, "", MARK_TYPES);
        MultiRow updates = new MultiRow(MARK_UPDATE, MARK_UPDATE_END,
                "bigint", "smallint", "smallint", "smallint", "bigint", "numeric", "varchar", "timestamptz");
        MultiRow deletes = new MultiRow(MARK_DELETE, MARK_DELETE_END,
                "bigint", "smallint");
        for (MarkChange change : changes) {
            MarkCell before = change.before();
            MarkCell after = change.after();
            history.add(lesson.schoolYear(), lesson.lessonId(), change.studentId(), change.position(), change.action().name(),
                    before == null ? null : before.value().first(), before == null ? null : before.value().second(),
                    before == null ? null : before.workKindId(), after == null ? null : after.value().first(),
                    after == null ? null : after.value().second(), after == null ? null : after.workKindId(),
                    after == null ? null : after.comment(), by.reason(), by.at(), by.actor().issuer(), by.actor().subject(),
                    by.actor().personId(), issuer(by.approver()), subject(by.approver()), person(by.approver()), by.requestId());
            switch (change.action()) {
                case SET -> inserts.add(lesson.schoolYear(), lesson.lessonId(), change.studentId(), change.position(),
                        after.value().first(), after.value().second(), after.workKindId(), after.weight(), after.comment(),
                        lesson.date(), lesson.subjectId(), lesson.classId(), by.at());
                case CHANGE -> updates.add(change.studentId(), change.position(), after.value().first(),
                        after.value().second(), after.workKindId(), after.weight(), after.comment(), by.at());
                case REMOVE -> deletes.add(change.studentId(), change.position());
            }
        }
        history.execute(connection);
        deletes.execute(connection, lesson.schoolYear(), lesson.lessonId());
        updates.execute(connection, lesson.schoolYear(), lesson.lessonId());
        inserts.execute(connection);
    }

    private void applyAttendance(Connection connection, LessonKey lesson, List<AttendanceChange> changes, Authorship by)
            throws SQLException {
        MultiRow history = new MultiRow(ATTENDANCE_CHANGE, "", "smallint", "bigint", "bigint", "varchar", "varchar",
                "varchar", "timestamptz", "varchar", "varchar", "bigint", "varchar", "varchar", "bigint", "bigint", "bigint");
        MultiRow upserts = new MultiRow(ATTENDANCE_UPSERT, ATTENDANCE_UPSERT_END, "smallint", "bigint", "bigint", "varchar",
                "date", "bigint", "bigint", "timestamptz");
        MultiRow deletes = new MultiRow(ATTENDANCE_DELETE,
                ATTENDANCE_DELETE_END, "bigint");
        for (AttendanceChange change : changes) {
            history.add(lesson.schoolYear(), lesson.lessonId(), change.studentId(), code(change.before()),
                    code(change.after()), by.reason(), by.at(), by.actor().issuer(), by.actor().subject(),
                    by.actor().personId(), issuer(by.approver()), subject(by.approver()), person(by.approver()),
                    by.requestId(), by.absenceReportId());
            if (change.after() == null) {
                deletes.add(change.studentId());
            } else {
                upserts.add(lesson.schoolYear(), lesson.lessonId(), change.studentId(), change.after().name(), lesson.date(),
                        lesson.subjectId(), lesson.classId(), by.at());
            }
        }
        history.execute(connection);
        deletes.execute(connection, lesson.schoolYear(), lesson.lessonId());
        upserts.execute(connection);
    }

    private static String code(AttendanceCode code) {
        return code == null ? null : code.name();
    }

    private static String issuer(Actor actor) {
        return actor == null ? null : actor.issuer();
    }

    private static String subject(Actor actor) {
        return actor == null ? null : actor.subject();
    }

    private static Long person(Actor actor) {
        return actor == null ? null : actor.personId();
    }
}
