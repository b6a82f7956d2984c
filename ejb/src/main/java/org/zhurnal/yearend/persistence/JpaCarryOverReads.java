package org.zhurnal.yearend.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.zhurnal.yearend.application.CarryOverReads;
import org.zhurnal.yearend.domain.StructureCarryOver.OldAssignment;
import org.zhurnal.yearend.domain.StructureCarryOver.OldEntry;

/** The closing year's teaching structure in native SQL. */
@ApplicationScoped
public class JpaCarryOverReads implements CarryOverReads {

    @Inject
    EntityManager em;

    @Override
    public List<OldAssignment> assignments(Long yearId, LocalDate lastDay) {
        return rows(em.createNativeQuery("""
                        SELECT a.id, a.subject_id, s.name, a.teacher_person_id,
                               concat_ws(' ', p.surname, p.given_name, p.patronymic), a.school_class_id, g.name, a.stream_id
                        FROM teaching_assignment a JOIN subject s ON s.id = a.subject_id
                        JOIN person p ON p.id = a.teacher_person_id
                        LEFT JOIN class_group g ON g.id = a.class_group_id
                        WHERE a.academic_year_id = ?1 AND a.valid_from <= ?2 AND (a.valid_to IS NULL OR a.valid_to > ?2)
                        ORDER BY s.name, a.id""").setParameter(1, yearId).setParameter(2, lastDay).getResultList())
                .stream().map(r -> new OldAssignment(id(r[0]), id(r[1]), (String) r[2], id(r[3]), (String) r[4], id(r[5]),
                        (String) r[6], id(r[7]))).toList();
    }

    @Override
    public List<OldEntry> entries(Long yearId, LocalDate lastDay) {
        return rows(em.createNativeQuery("""
                        SELECT id, teaching_assignment_id, weekday, week_kind, bell_schedule_id, slot_number, room_id
                        FROM timetable_entry WHERE academic_year_id = ?1 AND valid_from <= ?2
                        AND (valid_to IS NULL OR valid_to > ?2) ORDER BY weekday, slot_number, id""")
                .setParameter(1, yearId).setParameter(2, lastDay).getResultList())
                .stream().map(r -> new OldEntry(id(r[0]), id(r[1]), ((Number) r[2]).intValue(), (String) r[3], id(r[4]),
                        ((Number) r[5]).intValue(), id(r[6]))).toList();
    }

    @Override
    public Map<Integer, Set<Long>> curriculum(Long yearId) {
        Map<Integer, Set<Long>> byGrade = new HashMap<>();
        rows(em.createNativeQuery("SELECT grade, subject_id FROM curriculum_item WHERE academic_year_id = ?1")
                .setParameter(1, yearId).getResultList())
                .forEach(r -> byGrade.computeIfAbsent(((Number) r[0]).intValue(), g -> new HashSet<>()).add(id(r[1])));
        return byGrade;
    }

    @Override
    public Set<Long> rooms(Long schoolId) {
        return ((List<?>) em.createNativeQuery("SELECT id FROM room WHERE school_id = ?1").setParameter(1, schoolId)
                .getResultList()).stream().map(JpaCarryOverReads::id).collect(Collectors.toSet());
    }

    private static List<Object[]> rows(List<?> rows) {
        return rows.stream().map(Object[].class::cast).toList();
    }

    private static Long id(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }
}
