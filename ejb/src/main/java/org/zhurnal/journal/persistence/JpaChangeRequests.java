package org.zhurnal.journal.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.zhurnal.classes.domain.ClassName;
import org.zhurnal.journal.application.ChangeRequests;
import org.zhurnal.journal.domain.MarkChangeRequest;
import org.zhurnal.shared.security.PersonName;

/** Change requests through JPA; the administrator's list in one native query with the names. */
@ApplicationScoped
public class JpaChangeRequests implements ChangeRequests {

    private static final String LIST = "SELECT r.id, r.state, r.lesson_id, l.lesson_date, c.grade, c.letter, s.name, "
            + "r.student_person_id, st.surname, st.given_name, st.patronymic, r.position, r.current_value, "
            + "r.current_value2, r.requested_value, r.requested_value2, r.requested_work_kind_id, r.reason, "
            + "r.requested_at, q.surname, q.given_name, q.patronymic, r.decided_at, d.surname, d.given_name, "
            + "d.patronymic, r.decision_reason, r.cell, r.current_code, r.requested_code "
            + "FROM mark_change_request r JOIN lesson l ON l.school_year = r.school_year AND l.id = r.lesson_id "
            + "JOIN school_class c ON c.id = l.school_class_id JOIN subject s ON s.id = l.subject_id "
            + "JOIN person st ON st.id = r.student_person_id LEFT JOIN person q ON q.id = r.requested_by_person_id "
            + "LEFT JOIN person d ON d.id = r.decided_by_person_id "
            + "WHERE r.school_id = ?1 AND (CAST(?2 AS text) IS NULL OR r.state = CAST(?2 AS text)) "
            + "ORDER BY r.requested_at, r.id LIMIT 500";

    @Inject
    EntityManager em;

    @Override
    public MarkChangeRequest add(MarkChangeRequest request) {
        em.persist(request);
        em.flush();
        return request;
    }

    @Override
    public Optional<MarkChangeRequest> find(Long id) {
        return Optional.ofNullable(em.find(MarkChangeRequest.class, id));
    }

    @Override
    public boolean pendingFor(Long lessonId, Long studentId, int position) {
        return !em.createQuery("SELECT r.id FROM MarkChangeRequest r WHERE r.lessonId = :lesson "
                        + "AND r.studentId = :student AND r.markPosition = :position AND r.state = :state", Long.class)
                .setParameter("lesson", lessonId).setParameter("student", studentId)
                .setParameter("position", (short) position).setParameter("state", MarkChangeRequest.State.PENDING)
                .setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public List<Item> ofSchool(Long schoolId, MarkChangeRequest.State state) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(LIST).setParameter(1, schoolId)
                .setParameter(2, state == null ? null : state.name()).getResultList();
        return rows.stream().map(r -> new Item(number(r[0]), (String) r[1], (String) r[27], number(r[2]), Rows.date(r[3]).toString(),
                new ClassName(((Number) r[4]).intValue(), (String) r[5]).toString(), (String) r[6], number(r[7]),
                name(r, 8), ((Number) r[11]).intValue(), integer(r[12]), integer(r[13]), integer(r[14]), integer(r[15]),
                r[16] == null ? null : number(r[16]), (String) r[17], Rows.instant(r[18]).toString(), name(r, 19),
                r[22] == null ? null : Rows.instant(r[22]).toString(), name(r, 23), (String) r[26], (String) r[28], (String) r[29])).toList();
    }

    private static String name(Object[] row, int at) {
        return row[at] == null ? null : new PersonName((String) row[at], (String) row[at + 1], (String) row[at + 2]).full();
    }

    private static Integer integer(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }

    private static Long number(Object value) {
        return ((Number) value).longValue();
    }
}
