package org.zhurnal.reports.persistence;

import static org.zhurnal.reports.persistence.JpaFinalMarkProposals.id;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zhurnal.reports.application.ReportReads;

/** The progress report's reads in native SQL, each one statement for the whole school. */
@ApplicationScoped
public class JpaReportReads implements ReportReads {

    private static final String YEAR = "SELECT y.id, CAST(EXTRACT(YEAR FROM y.starts_on) AS integer), y.period_system "
            + "FROM academic_year y WHERE y.school_id = ?1 AND %s ORDER BY y.starts_on DESC LIMIT 1";
    private static final String CLASS_SIZES = "SELECT school_class_id, count(*) FROM (SELECT e.school_class_id, e.kind, "
            + "ROW_NUMBER() OVER (PARTITION BY e.school_class_id, e.person_id ORDER BY e.effective_on DESC, e.id DESC) AS rn "
            + "FROM school_class c JOIN enrolment_event e ON e.school_class_id = c.id WHERE c.academic_year_id = ?1 "
            + "AND e.effective_on <= ?2 AND e.kind IN ('ARRIVE', 'LEAVE', 'TRANSFER')) last "
            + "WHERE rn = 1 AND kind = 'ARRIVE' GROUP BY school_class_id";
    private static final String DECIDED = "SELECT school_class_id, subject_id, student_person_id, value FROM ("
            + "SELECT f.*, ROW_NUMBER() OVER (PARTITION BY f.school_class_id, f.subject_id, f.student_person_id "
            + "ORDER BY f.version DESC) AS rn FROM final_mark f WHERE f.academic_year_id = ?1 AND f.period_number = ?2) "
            + "current WHERE rn = 1";
    private static final String ABSENCES = "SELECT a.school_class_id, count(*), count(*) FILTER (WHERE a.code = 'ILL'), "
            + "count(*) FILTER (WHERE a.code = 'EXCUSED') FROM school_class c JOIN attendance a ON a.school_year = ?2 "
            + "AND a.school_class_id = c.id AND a.lesson_date BETWEEN ?3 AND ?4 WHERE c.academic_year_id = ?1 "
            + "GROUP BY a.school_class_id";

    @Inject
    EntityManager em;

    @Override
    public Optional<Year> year(long schoolId, Long yearId, LocalDate day) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(YEAR.formatted(yearId == null ? "y.starts_on <= ?2" : "y.id = ?2"))
                .setParameter(1, schoolId).setParameter(2, yearId == null ? day : yearId).getResultList();
        return rows.stream().findFirst().map(r -> {
            long id = id(r[0]);
            @SuppressWarnings("unchecked")
            List<Object[]> periods = em.createNativeQuery("SELECT number, starts_on, ends_on FROM reporting_period "
                    + "WHERE academic_year_id = ?1 ORDER BY number").setParameter(1, id).getResultList();
            return new Year(id, ((Number) r[1]).intValue(), (String) r[2], periods.stream()
                    .map(p -> new Period(((Number) p[0]).intValue(), date(p[1]), date(p[2]))).toList());
        });
    }

    @Override
    public List<SchoolClass> classes(long yearId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, grade, letter FROM school_class WHERE academic_year_id = ?1 "
                + "ORDER BY grade, letter").setParameter(1, yearId).getResultList();
        return rows.stream().map(r -> new SchoolClass(id(r[0]), ((Number) r[1]).intValue(), (String) r[2])).toList();
    }

    @Override
    public Map<Long, Integer> classSizes(long yearId, LocalDate date) {
        Map<Long, Integer> sizes = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(CLASS_SIZES).setParameter(1, yearId).setParameter(2, date).getResultList();
        rows.forEach(r -> sizes.put(id(r[0]), ((Number) r[1]).intValue()));
        return sizes;
    }

    @Override
    public List<Decided> decided(long yearId, int periodNumber) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(DECIDED).setParameter(1, yearId).setParameter(2, periodNumber)
                .getResultList();
        return rows.stream().map(r -> new Decided(id(r[0]), id(r[1]), id(r[2]),
                r[3] == null ? null : ((Number) r[3]).intValue())).toList();
    }

    @Override
    public Map<Long, Absences> absences(long yearId, int schoolYear, LocalDate from, LocalDate to) {
        Map<Long, Absences> byClass = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(ABSENCES).setParameter(1, yearId).setParameter(2, schoolYear)
                .setParameter(3, from).setParameter(4, to).getResultList();
        rows.forEach(r -> byClass.put(id(r[0]), new Absences(((Number) r[1]).intValue(), ((Number) r[2]).intValue(),
                ((Number) r[3]).intValue())));
        return byClass;
    }

    @Override
    public Map<Long, String> subjectNames(List<Long> subjectIds) {
        Map<Long, String> names = new HashMap<>();
        if (subjectIds.isEmpty()) {
            return names;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, name FROM subject WHERE id IN (?1)")
                .setParameter(1, subjectIds).getResultList();
        rows.forEach(r -> names.put(id(r[0]), (String) r[1]));
        return names;
    }

    @Override
    public boolean directs(Long personId, long schoolId) {
        if (personId == null) {
            return false;
        }
        return Boolean.TRUE.equals(em.createNativeQuery("SELECT EXISTS (SELECT 1 FROM staff_position WHERE person_id = ?1 "
                        + "AND school_id = ?2 AND position IN ('DIRECTOR', 'DEPUTY_DIRECTOR') AND valid_to IS NULL)")
                .setParameter(1, personId).setParameter(2, schoolId).getSingleResult());
    }

    static LocalDate date(Object value) {
        return value instanceof Date sql ? sql.toLocalDate() : (LocalDate) value;
    }
}
