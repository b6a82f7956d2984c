package org.zhurnal.yearend.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.zhurnal.yearend.application.RolloverCarryOvers;
import org.zhurnal.yearend.application.YearEndReads;
import org.zhurnal.yearend.domain.YearEndDecision;

/** The year end's reads in native SQL, one statement each. */
@ApplicationScoped
public class JpaYearEndReads implements YearEndReads {

    /** Students on each class list on the year's last day: their last class event there is an arrival. */
    private static final String BLOCKERS = "WITH roster AS (SELECT c.id AS class_id, e.person_id FROM school_class c "
            + "JOIN academic_year y ON y.id = c.academic_year_id "
            + "LEFT JOIN journal_settings js ON js.school_id = c.school_id "
            + "JOIN LATERAL (SELECT DISTINCT ON (ev.person_id) ev.person_id, ev.kind FROM enrolment_event ev "
            + "WHERE ev.school_class_id = c.id AND ev.kind IN ('ARRIVE', 'LEAVE', 'TRANSFER') "
            + "AND ev.effective_on <= y.ends_on ORDER BY ev.person_id, ev.effective_on DESC, ev.id DESC) e "
            + "ON e.kind = 'ARRIVE' WHERE c.academic_year_id = ?1 AND (c.grade > 1 OR NOT COALESCE(js.grade1_no_marks, TRUE))), "
            + "taught AS (SELECT DISTINCT c.id AS class_id, ta.subject_id FROM school_class c JOIN teaching_assignment ta "
            + "ON ta.academic_year_id = c.academic_year_id AND (ta.school_class_id = c.id OR ta.stream_id IN "
            + "(SELECT sc.stream_id FROM stream_class sc WHERE sc.school_class_id = c.id)) WHERE c.academic_year_id = ?1), "
            + "latest AS (SELECT DISTINCT ON (school_class_id, subject_id, student_person_id) school_class_id, subject_id, "
            + "student_person_id, state FROM final_mark WHERE academic_year_id = ?1 AND period_number = 0 "
            + "ORDER BY school_class_id, subject_id, student_person_id, version DESC) "
            + "SELECT c.id, c.grade, c.letter, s.id, s.name, count(*), "
            + "count(*) FILTER (WHERE l.state IS DISTINCT FROM 'CONFIRMED') FROM roster r "
            + "JOIN taught t ON t.class_id = r.class_id JOIN school_class c ON c.id = r.class_id "
            + "JOIN subject s ON s.id = t.subject_id LEFT JOIN latest l ON l.school_class_id = r.class_id "
            + "AND l.subject_id = t.subject_id AND l.student_person_id = r.person_id "
            + "GROUP BY c.id, c.grade, c.letter, s.id, s.name "
            + "HAVING count(*) FILTER (WHERE l.state IS DISTINCT FROM 'CONFIRMED') > 0 ORDER BY c.grade, c.letter, s.name";

    @Inject
    EntityManager em;

    @Override
    public Optional<Instant> closedAt(Long yearId) {
        List<?> rows = em.createNativeQuery("SELECT closed_at FROM academic_year WHERE id = ?1")
                .setParameter(1, yearId).getResultList();
        return rows.stream().filter(Objects::nonNull).findFirst().map(JpaYearEndReads::instant);
    }

    @Override
    public List<Blocker> blockers(Long yearId) {
        List<?> rows = em.createNativeQuery(BLOCKERS).setParameter(1, yearId).getResultList();
        return rows.stream().map(Object[].class::cast).map(r -> new Blocker(number(r[0]),
                number(r[1]) + (String) r[2], number(r[3]), (String) r[4], (int) number(r[5]).longValue(),
                (int) number(r[6]).longValue())).toList();
    }

    @Override
    public Map<Long, Decided> decisions(Long yearId) {
        List<?> rows = em.createNativeQuery("SELECT person_id, decision, order_ref FROM year_end_decision "
                + "WHERE academic_year_id = ?1 ORDER BY person_id").setParameter(1, yearId).getResultList();
        Map<Long, Decided> decisions = new LinkedHashMap<>();
        rows.stream().map(Object[].class::cast).forEach(r -> decisions.put(number(r[0]),
                new Decided(YearEndDecision.valueOf((String) r[1]), (String) r[2])));
        return decisions;
    }

    @Override
    public int curriculumLines(Long yearId) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM curriculum_item WHERE academic_year_id = ?1")
                .setParameter(1, yearId).getSingleResult()).intValue();
    }

    @Override
    public boolean onListAtYearEnd(Long yearId, Long personId) {
        return !em.createNativeQuery("SELECT 1 FROM school_class c JOIN academic_year y ON y.id = c.academic_year_id "
                        + "WHERE c.academic_year_id = ?1 AND (SELECT ev.kind FROM enrolment_event ev WHERE ev.school_class_id = c.id "
                        + "AND ev.person_id = ?2 AND ev.kind IN ('ARRIVE', 'LEAVE', 'TRANSFER') AND ev.effective_on <= y.ends_on "
                        + "ORDER BY ev.effective_on DESC, ev.id DESC LIMIT 1) = 'ARRIVE'")
                .setParameter(1, yearId).setParameter(2, personId).getResultList().isEmpty();
    }

    @Override
    public Map<Long, String> names(Collection<Long> personIds) {
        Map<Long, String> names = new LinkedHashMap<>();
        if (personIds.isEmpty()) {
            return names;
        }
        List<?> rows = em.createNativeQuery("SELECT id, concat_ws(' ', surname, given_name, patronymic) FROM person "
                + "WHERE id = ANY(CAST(?1 AS bigint[]))").setParameter(1, personIds.stream().map(String::valueOf)
                .collect(Collectors.joining(",", "{", "}"))).getResultList();
        rows.stream().map(Object[].class::cast).forEach(r -> names.put(number(r[0]), (String) r[1]));
        return names;
    }

    @Override
    public Optional<Rollover> rollover(Long fromYearId) {
        List<?> rows = em.createNativeQuery("SELECT to_year_id, order_ref, curriculum_draft, classes_created, "
                + "students_moved, graduates, committed_at, streams_copied, assignments_copied, "
                + "timetable_entries_copied FROM year_rollover WHERE from_year_id = ?1")
                .setParameter(1, fromYearId).getResultList();
        return rows.stream().map(Object[].class::cast).findFirst().map(r -> new Rollover(number(r[0]), (String) r[1],
                (Boolean) r[2], ((Number) r[3]).intValue(), ((Number) r[4]).intValue(), ((Number) r[5]).intValue(),
                instant(r[6]), new RolloverCarryOvers.Carried(((Number) r[7]).intValue(), ((Number) r[8]).intValue(),
                ((Number) r[9]).intValue())));
    }

    private static Long number(Object value) {
        return ((Number) value).longValue();
    }

    static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
