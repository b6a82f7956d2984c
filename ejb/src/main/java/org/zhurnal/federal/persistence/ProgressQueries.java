package org.zhurnal.federal.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zhurnal.federal.application.ProgressAnswer.MarkItem;
import org.zhurnal.federal.application.ProgressAnswer.Statement;
import org.zhurnal.federal.application.ProgressAnswer.SubjectProgress;

/** What the progress statement reads: whether the person is a student (and the region's zone), guardianship, marks. */
@ApplicationScoped
public class ProgressQueries {

    @Inject
    EntityManager em;

    /** The time zone of the region of a school the person is a student of; empty when they are no student. */
    public Optional<ZoneId> studentZone(long person) {
        List<?> rows = em.createNativeQuery("""
                        SELECT r.time_zone FROM student s JOIN school sc ON sc.id = s.school_id
                        JOIN region r ON r.id = sc.region_id WHERE s.person_id = ?1 ORDER BY s.id LIMIT 1""")
                .setParameter(1, person).getResultList();
        return rows.stream().findFirst().map(Object::toString).map(ZoneId::of);
    }

    public boolean isGuardian(long guardian, long child, LocalDate today) {
        return ((Number) em.createNativeQuery("""
                        SELECT count(*) FROM guardianship WHERE guardian_person_id = ?1 AND child_person_id = ?2
                        AND valid_from <= ?3 AND (valid_to IS NULL OR valid_to > ?3)""")
                .setParameter(1, guardian).setParameter(2, child).setParameter(3, today).getSingleResult())
                .longValue() > 0;
    }

    public Statement statement(long child, LocalDate from, LocalDate to) {
        List<?> marks = em.createNativeQuery("""
                        SELECT sub.name, m.lesson_date, m.value, m.value2, k.name, m.weight FROM mark m
                        JOIN subject sub ON sub.id = m.subject_id JOIN work_kind k ON k.id = m.work_kind_id
                        WHERE m.student_person_id = ?1 AND m.lesson_date BETWEEN ?2 AND ?3
                        ORDER BY sub.name, m.lesson_date, m.position""")
                .setParameter(1, child).setParameter(2, from).setParameter(3, to).getResultList();
        Map<String, List<MarkItem>> bySubject = new LinkedHashMap<>();
        Map<String, BigDecimal[]> sums = new LinkedHashMap<>();
        for (Object row : marks) {
            Object[] r = (Object[]) row;
            String subject = (String) r[0];
            int value = ((Number) r[2]).intValue();
            Integer value2 = r[3] == null ? null : ((Number) r[3]).intValue();
            bySubject.computeIfAbsent(subject, k -> new ArrayList<>())
                    .add(new MarkItem(date(r[1]), value, value2, (String) r[4]));
            BigDecimal weight = (BigDecimal) r[5];
            BigDecimal[] sum = sums.computeIfAbsent(subject, k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            sum[0] = sum[0].add(weight.multiply(BigDecimal.valueOf(value2 == null ? value : value + value2)));
            sum[1] = sum[1].add(value2 == null ? weight : weight.add(weight));
        }
        List<SubjectProgress> subjects = bySubject.entrySet().stream().map(e -> {
            BigDecimal[] sum = sums.get(e.getKey());
            return new SubjectProgress(e.getKey(), List.copyOf(e.getValue()),
                    sum[0].divide(sum[1], 2, RoundingMode.HALF_UP));
        }).toList();
        int[] absences = new int[3];
        for (Object row : em.createNativeQuery("""
                        SELECT code, count(*) FROM attendance WHERE student_person_id = ?1
                        AND lesson_date BETWEEN ?2 AND ?3 GROUP BY code""")
                .setParameter(1, child).setParameter(2, from).setParameter(3, to).getResultList()) {
            Object[] r = (Object[]) row;
            int count = ((Number) r[1]).intValue();
            switch ((String) r[0]) {
                case "ABSENT" -> absences[0] += count;
                case "ILL" -> absences[1] += count;
                case "EXCUSED" -> absences[2] += count;
                default -> { }
            }
        }
        return new Statement(from, to, subjects, absences[0], absences[1], absences[2]);
    }

    private static LocalDate date(Object value) {
        return value instanceof LocalDate d ? d : ((Date) value).toLocalDate();
    }
}
