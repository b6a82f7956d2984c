package org.zhurnal.reports.persistence;

import static org.zhurnal.reports.persistence.JpaFinalMarkProposals.id;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.zhurnal.reports.application.DashboardReads;

/** The dashboard's region-wide aggregates: three statements grouped by school. */
@ApplicationScoped
public class JpaDashboardReads implements DashboardReads {

    private static final String CURRENT_YEAR = "cur AS (SELECT DISTINCT ON (school_id) id, school_id FROM academic_year "
            + "WHERE starts_on <= :today ORDER BY school_id, starts_on DESC)";
    private static final String LISTS = CURRENT_YEAR + ", "
            + "cls AS (SELECT school_class_id, count(*) AS n FROM (SELECT e.school_class_id, e.kind, ROW_NUMBER() OVER "
            + "(PARTITION BY e.school_class_id, e.person_id ORDER BY e.effective_on DESC, e.id DESC) AS rn FROM cur "
            + "JOIN school_class c ON c.academic_year_id = cur.id JOIN enrolment_event e ON e.school_class_id = c.id "
            + "WHERE e.effective_on <= :today AND e.kind IN ('ARRIVE', 'LEAVE', 'TRANSFER')) x "
            + "WHERE rn = 1 AND kind = 'ARRIVE' GROUP BY school_class_id), "
            + "grp AS (SELECT class_group_id, count(*) AS n FROM (SELECT e.class_group_id, e.kind, ROW_NUMBER() OVER "
            + "(PARTITION BY e.class_group_id, e.person_id ORDER BY e.effective_on DESC, e.id DESC) AS rn FROM cur "
            + "JOIN school_class c ON c.academic_year_id = cur.id JOIN enrolment_event e ON e.school_class_id = c.id "
            + "WHERE e.effective_on <= :today AND e.kind IN ('GROUP_JOIN', 'GROUP_LEAVE')) x "
            + "WHERE rn = 1 AND kind = 'GROUP_JOIN' GROUP BY class_group_id)";
    private static final String PUPILS = "WITH " + LISTS + " SELECT c.school_id, sum(cls.n) FROM cls "
            + "JOIN school_class c ON c.id = cls.school_class_id GROUP BY c.school_id";
    private static final String LESSONS = "WITH " + LISTS + ", "
            + "les AS (SELECT l.school_id, l.id, l.topic, c.grade, CASE WHEN l.class_group_id IS NULL THEN cls.n "
            + "ELSE grp.n END AS pupils FROM cur JOIN lesson l ON l.school_year = CAST(:schoolYear AS smallint) "
            + "AND l.academic_year_id = cur.id AND l.lesson_date BETWEEN :from AND :to "
            + "JOIN school_class c ON c.id = l.school_class_id LEFT JOIN cls ON cls.school_class_id = l.school_class_id "
            + "LEFT JOIN grp ON grp.class_group_id = l.class_group_id WHERE l.state <> 'CANCELLED') "
            + "SELECT school_id, count(*), count(*) FILTER (WHERE topic IS NOT NULL AND btrim(topic) <> ''), "
            + "count(*) FILTER (WHERE grade > 1), count(*) FILTER (WHERE grade > 1 AND EXISTS (SELECT 1 FROM mark m "
            + "WHERE m.school_year = CAST(:schoolYear AS smallint) AND m.lesson_id = les.id)), COALESCE(sum(pupils), 0) "
            + "FROM les GROUP BY school_id";
    private static final String ABSENCES = "WITH " + CURRENT_YEAR + " SELECT c.school_id, count(*) FROM cur "
            + "JOIN school_class c ON c.academic_year_id = cur.id JOIN attendance a ON a.school_year = "
            + "CAST(:schoolYear AS smallint) AND a.school_class_id = c.id AND a.lesson_date BETWEEN :from AND :to "
            + "GROUP BY c.school_id";
    private static final String PERIOD_MARKS = "WITH " + CURRENT_YEAR + ", "
            + "per AS (SELECT cur.id AS year_id, cur.school_id, max(p.number) AS number FROM cur "
            + "JOIN reporting_period p ON p.academic_year_id = cur.id WHERE p.ends_on < :today GROUP BY cur.id, cur.school_id), "
            + "fm AS (SELECT per.school_id, per.number, f.student_person_id, f.value, f.not_attested, ROW_NUMBER() OVER "
            + "(PARTITION BY f.school_class_id, f.subject_id, f.student_person_id ORDER BY f.version DESC) AS rn "
            + "FROM per JOIN final_mark f ON f.academic_year_id = per.year_id AND f.period_number = per.number), "
            + "st AS (SELECT school_id, number, student_person_id, bool_and(NOT not_attested AND value >= 4) AS quality, "
            + "bool_and(NOT not_attested AND value >= 3) AS progress FROM fm WHERE rn = 1 GROUP BY 1, 2, 3) "
            + "SELECT school_id, number, count(*), count(*) FILTER (WHERE quality), count(*) FILTER (WHERE progress) "
            + "FROM st GROUP BY school_id, number";

    @Inject
    EntityManager em;

    @Override
    public List<School> schools() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT s.id, s.short_name, m.id, m.name FROM school s "
                + "LEFT JOIN municipality m ON m.id = s.municipality_id ORDER BY m.name NULLS LAST, s.short_name, s.id")
                .getResultList();
        return rows.stream().map(r -> new School(id(r[0]), (String) r[1], r[2] == null ? null : id(r[2]),
                (String) r[3])).toList();
    }

    @Override
    public java.time.ZoneId regionZone() {
        List<?> zones = em.createNativeQuery("SELECT time_zone FROM region ORDER BY id LIMIT 1").getResultList();
        return java.time.ZoneId.of(zones.isEmpty() ? "Asia/Krasnoyarsk" : (String) zones.get(0));
    }

    @Override
    public List<Counts> counts(LocalDate today, int schoolYear, LocalDate from, LocalDate to) {
        Map<Long, Number> pupils = new HashMap<>();
        rows(em.createNativeQuery(PUPILS).setParameter("today", today).getResultList())
                .forEach(r -> pupils.put(id(r[0]), (Number) r[1]));
        Map<Long, Object[]> lessons = new HashMap<>();
        rows(em.createNativeQuery(LESSONS).setParameter("today", today).setParameter("schoolYear", schoolYear)
                .setParameter("from", from).setParameter("to", to).getResultList()).forEach(r -> lessons.put(id(r[0]), r));
        Map<Long, Number> absences = new HashMap<>();
        rows(em.createNativeQuery(ABSENCES).setParameter("today", today).setParameter("schoolYear", schoolYear)
                .setParameter("from", from).setParameter("to", to).getResultList())
                .forEach(r -> absences.put(id(r[0]), (Number) r[1]));
        Map<Long, Object[]> marks = new HashMap<>();
        rows(em.createNativeQuery(PERIOD_MARKS).setParameter("today", today).getResultList())
                .forEach(r -> marks.put(id(r[0]), r));
        return schools().stream().map(s -> {
            Object[] l = lessons.get(s.id());
            Object[] m = marks.get(s.id());
            return new Counts(s.id(), intOf(pupils.get(s.id())), m == null ? null : intOf((Number) m[1]),
                    m == null ? 0 : intOf((Number) m[2]), m == null ? 0 : intOf((Number) m[3]),
                    m == null ? 0 : intOf((Number) m[4]), l == null ? 0 : intOf((Number) l[1]),
                    l == null ? 0 : intOf((Number) l[2]), l == null ? 0 : intOf((Number) l[3]),
                    l == null ? 0 : intOf((Number) l[4]), l == null ? 0 : ((Number) l[5]).longValue(),
                    absences.containsKey(s.id()) ? absences.get(s.id()).longValue() : 0);
        }).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(List<?> rows) {
        return (List<Object[]>) rows;
    }

    private static int intOf(Number value) {
        return value == null ? 0 : value.intValue();
    }
}
