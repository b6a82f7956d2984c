package org.zhurnal.journal.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.zhurnal.journal.application.CellHistory;
import org.zhurnal.journal.domain.AttendanceCode;
import org.zhurnal.shared.security.PersonName;

/** The history of marks and attendance of a lesson in one query over both logs, in its school_year partition. */
@ApplicationScoped
public class JpaCellHistory implements CellHistory {

    private static final String PEOPLE = "LEFT JOIN person w ON w.id = h.changed_by_person_id "
            + "LEFT JOIN person a ON a.id = h.approved_by_person_id ";
    private static final String WHO = "w.surname, w.given_name, w.patronymic, h.reason, a.surname, a.given_name, a.patronymic";
    private static final String HISTORY = "SELECT * FROM ("
            + "SELECT 'MARK' AS cell, h.student_person_id, h.position, h.action, h.old_value, h.old_value2, "
            + "CAST(NULL AS text) AS old_code, h.new_value, h.new_value2, CAST(NULL AS text) AS new_code, "
            + "h.old_work_kind_id, h.new_work_kind_id, h.new_comment, h.changed_at, " + WHO + ", h.change_request_id, h.id "
            + "FROM mark_change h " + PEOPLE + "WHERE h.school_year = ?1 AND h.lesson_id = ?2 "
            + "AND (CAST(CAST(?3 AS text) AS bigint) IS NULL OR h.student_person_id = CAST(CAST(?3 AS text) AS bigint)) "
            + "UNION ALL SELECT 'ATTENDANCE', h.student_person_id, NULL, NULL, NULL, NULL, h.old_code, NULL, NULL, "
            + "h.new_code, NULL, NULL, NULL, h.changed_at, " + WHO + ", NULL, h.id "
            + "FROM attendance_change h " + PEOPLE + "WHERE h.school_year = ?1 AND h.lesson_id = ?2 "
            + "AND (CAST(CAST(?3 AS text) AS bigint) IS NULL OR h.student_person_id = CAST(CAST(?3 AS text) AS bigint))"
            + ") x ORDER BY changed_at, cell, id";

    @Inject
    EntityManager em;

    @Override
    public List<Entry> of(int schoolYear, Long lessonId, Long studentId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(HISTORY).setParameter(1, schoolYear).setParameter(2, lessonId)
                .setParameter(3, studentId).getResultList();
        return rows.stream().map(JpaCellHistory::entry).toList();
    }

    private static Entry entry(Object[] r) {
        boolean mark = "MARK".equals(r[0]);
        String action = mark ? (String) r[3] : r[6] == null ? "SET" : r[9] == null ? "REMOVE" : "CHANGE";
        return new Entry((String) r[0], Rows.id(r[1]), Rows.integer(r[2]), action,
                mark ? mark(r[4], r[5]) : letter(r[6]), mark ? mark(r[7], r[8]) : letter(r[9]), Rows.id(r[10]),
                Rows.id(r[11]), (String) r[12], Rows.instant(r[13]).toString(), name(r, 14), (String) r[17], name(r, 18),
                Rows.id(r[21]));
    }

    private static String mark(Object value, Object value2) {
        return value == null ? null : value2 == null ? value.toString() : value + "/" + value2;
    }

    private static String letter(Object code) {
        return code == null ? null : AttendanceCode.valueOf((String) code).letter();
    }

    private static String name(Object[] row, int at) {
        return row[at] == null ? null : new PersonName((String) row[at], (String) row[at + 1], (String) row[at + 2]).full();
    }
}
