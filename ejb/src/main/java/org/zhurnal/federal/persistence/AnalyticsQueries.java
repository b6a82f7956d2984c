package org.zhurnal.federal.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.zhurnal.federal.application.AnalyticsRow;

/**
 * The analytics aggregates in one query: per class and subject, the lessons held (not cancelled) from the start of
 * the academic year that includes the date up to it, how many have a topic, the marks (count, average, share of 4
 * and 5, share of 3 and above), absences by reason, and the class size on the date (from the enrolment events).
 */
@ApplicationScoped
public class AnalyticsQueries {

    private static final String SQL = """
            WITH les AS (
                SELECT l.school_year, l.id, l.school_id, l.school_class_id, l.subject_id, l.topic IS NOT NULL AS topic
                  FROM lesson l JOIN academic_year y ON y.id = l.academic_year_id
                 WHERE ?1 BETWEEN y.starts_on AND y.ends_on AND l.lesson_date BETWEEN y.starts_on AND ?1
                   AND l.state <> 'CANCELLED'),
            ls AS (SELECT school_id, school_class_id, subject_id, count(*) AS lessons,
                          count(*) FILTER (WHERE topic) AS with_topic FROM les GROUP BY 1, 2, 3),
            mk AS (SELECT l.school_class_id, l.subject_id, count(*) AS marks, avg(m.value) AS average,
                          count(*) FILTER (WHERE m.value >= 4) AS good, count(*) FILTER (WHERE m.value >= 3) AS passed
                     FROM les l JOIN mark m ON m.school_year = l.school_year AND m.lesson_id = l.id GROUP BY 1, 2),
            at AS (SELECT l.school_class_id, l.subject_id, count(*) FILTER (WHERE a.code = 'ABSENT') AS n,
                          count(*) FILTER (WHERE a.code = 'ILL') AS b, count(*) FILTER (WHERE a.code = 'EXCUSED') AS u
                     FROM les l JOIN attendance a ON a.school_year = l.school_year AND a.lesson_id = l.id GROUP BY 1, 2),
            sz AS (SELECT school_class_id, count(*) AS students FROM (
                       SELECT DISTINCT ON (person_id) person_id, kind, school_class_id FROM enrolment_event
                        WHERE kind IN ('ARRIVE', 'TRANSFER', 'LEAVE') AND effective_on <= ?1
                        ORDER BY person_id, effective_on DESC, id DESC) last
                    WHERE kind <> 'LEAVE' GROUP BY school_class_id)
            SELECT ls.school_id, s.inn, ls.school_class_id, c.grade || c.letter, ls.subject_id, sub.name,
                   COALESCE(sz.students, 0), ls.lessons, ls.with_topic, COALESCE(mk.marks, 0), mk.average,
                   COALESCE(mk.good, 0), COALESCE(mk.passed, 0), COALESCE(at.n, 0), COALESCE(at.b, 0), COALESCE(at.u, 0)
              FROM ls JOIN school s ON s.id = ls.school_id JOIN school_class c ON c.id = ls.school_class_id
              JOIN subject sub ON sub.id = ls.subject_id
              LEFT JOIN mk ON mk.school_class_id = ls.school_class_id AND mk.subject_id = ls.subject_id
              LEFT JOIN at ON at.school_class_id = ls.school_class_id AND at.subject_id = ls.subject_id
              LEFT JOIN sz ON sz.school_class_id = ls.school_class_id
             ORDER BY s.inn, c.grade, c.letter, sub.name, ls.subject_id""";

    @Inject
    EntityManager em;

    public List<AnalyticsRow> rows(LocalDate date, int minMarks) {
        List<?> rows = em.createNativeQuery(SQL).setParameter(1, date).getResultList();
        return rows.stream().map(Object[].class::cast).map(r -> {
            int students = num(r[6]);
            int lessons = num(r[7]);
            int withTopic = num(r[8]);
            int marks = num(r[9]);
            int absences = num(r[13]) + num(r[14]) + num(r[15]);
            boolean shown = marks >= minMarks && marks > 0;
            return new AnalyticsRow(((Number) r[0]).longValue(), (String) r[1], ((Number) r[2]).longValue(),
                    (String) r[3], ((Number) r[4]).longValue(), (String) r[5], students, lessons, withTopic, marks,
                    shown ? ((BigDecimal) r[10]).setScale(2, RoundingMode.HALF_UP) : null,
                    shown ? share(num(r[11]), marks) : null, shown ? share(num(r[12]), marks) : null,
                    num(r[13]), num(r[14]), num(r[15]),
                    students == 0 ? null : BigDecimal.ONE.subtract(share(absences, lessons * students, 4))
                            .setScale(4, RoundingMode.HALF_UP),
                    share(withTopic, lessons));
        }).toList();
    }

    private static BigDecimal share(int part, int whole) {
        return share(part, whole, 4);
    }

    private static BigDecimal share(int part, int whole, int scale) {
        return whole == 0 ? BigDecimal.ZERO.setScale(scale) : BigDecimal.valueOf(part)
                .divide(BigDecimal.valueOf(whole), scale, RoundingMode.HALF_UP);
    }

    private static int num(Object value) {
        return value == null ? 0 : ((Number) value).intValue();
    }
}
