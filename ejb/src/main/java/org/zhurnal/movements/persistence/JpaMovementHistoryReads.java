package org.zhurnal.movements.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.zhurnal.movements.application.MovementHistory.Entry;
import org.zhurnal.movements.application.MovementHistoryReads;

/** A student's movements in one native query by {@code enrolment_event_person_ix}. */
@ApplicationScoped
public class JpaMovementHistoryReads implements MovementHistoryReads {

    private static final String EVENTS = "SELECT e.id, e.kind, e.effective_on, c.id, c.grade || c.letter, "
            + "EXTRACT(YEAR FROM y.starts_on) || '/' || EXTRACT(YEAR FROM y.ends_on), g.id, g.name, e.order_ref "
            + "FROM enrolment_event e JOIN school_class c ON c.id = e.school_class_id "
            + "JOIN academic_year y ON y.id = c.academic_year_id LEFT JOIN class_group g ON g.id = e.class_group_id "
            + "WHERE e.person_id = ?1 AND c.school_id = ?2 ORDER BY e.effective_on, e.id";

    @Inject
    EntityManager em;

    @Override
    public List<Entry> events(Long schoolId, Long personId) {
        List<?> rows = em.createNativeQuery(EVENTS).setParameter(1, personId).setParameter(2, schoolId).getResultList();
        return rows.stream().map(Object[].class::cast).map(r -> new Entry(number(r[0]), (String) r[1], date(r[2]),
                number(r[3]), (String) r[4], (String) r[5], r[6] == null ? null : number(r[6]), (String) r[7],
                (String) r[8])).toList();
    }

    @Override
    public Optional<String> displayName(Long personId) {
        List<?> rows = em.createNativeQuery("SELECT concat_ws(' ', surname, given_name, patronymic) FROM person "
                + "WHERE id = ?1").setParameter(1, personId).getResultList();
        return rows.stream().map(String.class::cast).findFirst();
    }

    private static Long number(Object value) {
        return ((Number) value).longValue();
    }

    private static LocalDate date(Object value) {
        return value instanceof LocalDate local ? local : ((Date) value).toLocalDate();
    }
}
