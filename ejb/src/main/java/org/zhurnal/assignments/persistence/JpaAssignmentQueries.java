package org.zhurnal.assignments.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zhurnal.assignments.application.AssignmentFilter;
import org.zhurnal.assignments.application.AssignmentItem;
import org.zhurnal.assignments.application.AssignmentQueries;
import org.zhurnal.shared.security.PersonName;

/**
 * Assignments with the names of their subject, teacher and audience, one native query per answer. A class's
 * assignments include those of its groups and of the streams it is in. Conditions are added only for the
 * filter's parts that are set (no {@code :x IS NULL} tricks, which PostgreSQL cannot type).
 */
@ApplicationScoped
public class JpaAssignmentQueries implements AssignmentQueries {

    private static final String SELECT = "SELECT a.id, a.school_id, a.academic_year_id, a.subject_id, s.name, "
            + "a.teacher_person_id, p.surname, p.given_name, p.patronymic, a.school_class_id, a.class_group_id, "
            + "a.stream_id, c.grade, c.letter, g.name AS group_name, st.name AS stream_name, a.valid_from, a.valid_to "
            + "FROM teaching_assignment a JOIN subject s ON s.id = a.subject_id JOIN person p ON p.id = a.teacher_person_id "
            + "LEFT JOIN school_class c ON c.id = a.school_class_id LEFT JOIN class_group g ON g.id = a.class_group_id "
            + "LEFT JOIN stream st ON st.id = a.stream_id WHERE ";
    private static final String ORDER = " ORDER BY c.grade NULLS LAST, c.letter, st.name, g.name NULLS FIRST, "
            + "zhurnal_search_key(s.name), zhurnal_search_key(p.surname), a.valid_from, a.id";

    @Inject
    EntityManager em;

    @Override
    public List<AssignmentItem> list(Long schoolId, AssignmentFilter filter) {
        return query("a.school_id = :school", Map.of("school", schoolId), filter);
    }

    @Override
    public List<AssignmentItem> ofTeacher(Long teacherPersonId, AssignmentFilter filter) {
        return query("a.teacher_person_id = :teacherOf", Map.of("teacherOf", teacherPersonId), filter);
    }

    @Override
    public Optional<AssignmentItem> find(Long assignmentId) {
        return query("a.id = :id", Map.of("id", assignmentId), new AssignmentFilter(null, null, null, null))
                .stream().findFirst();
    }

    private List<AssignmentItem> query(String condition, Map<String, Object> base, AssignmentFilter filter) {
        StringBuilder sql = new StringBuilder(SELECT).append(condition);
        Map<String, Object> parameters = new LinkedHashMap<>(base);
        if (filter.yearId() != null) {
            sql.append(" AND a.academic_year_id = :year");
            parameters.put("year", filter.yearId());
        }
        if (filter.teacherPersonId() != null) {
            sql.append(" AND a.teacher_person_id = :teacher");
            parameters.put("teacher", filter.teacherPersonId());
        }
        if (filter.classId() != null) {
            sql.append(" AND (a.school_class_id = :class OR a.stream_id IN "
                    + "(SELECT sc.stream_id FROM stream_class sc WHERE sc.school_class_id = :class))");
            parameters.put("class", filter.classId());
        }
        if (filter.currentOn() != null) {
            sql.append(" AND a.valid_from <= :day AND (a.valid_to IS NULL OR a.valid_to > :day)");
            parameters.put("day", filter.currentOn());
        }
        Query query = em.createNativeQuery(sql.append(ORDER).toString());
        parameters.forEach(query::setParameter);
        List<AssignmentItem> items = new ArrayList<>();
        for (Object row : query.getResultList()) {
            items.add(item((Object[]) row));
        }
        return items;
    }

    private static AssignmentItem item(Object[] row) {
        String className = row[12] == null ? null : ((Number) row[12]).intValue() + (String) row[13];
        String audience = row[15] != null ? (String) row[15] : row[14] != null ? className + ", " + row[14] : className;
        return new AssignmentItem(number(row[0]), number(row[1]), number(row[2]), number(row[3]), (String) row[4],
                number(row[5]), new PersonName((String) row[6], (String) row[7], (String) row[8]).full(),
                number(row[9]), number(row[10]), number(row[11]), audience, date(row[16]), date(row[17]));
    }

    private static Long number(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    private static LocalDate date(Object value) {
        return value instanceof Date sql ? sql.toLocalDate() : (LocalDate) value;
    }
}
