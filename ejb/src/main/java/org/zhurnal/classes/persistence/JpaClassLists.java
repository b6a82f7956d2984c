package org.zhurnal.classes.persistence;

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
import java.util.Set;
import org.zhurnal.classes.application.ClassItem;
import org.zhurnal.classes.application.ClassLists;
import org.zhurnal.classes.application.GroupItem;
import org.zhurnal.classes.application.PersonItem;
import org.zhurnal.classes.domain.ClassName;
import org.zhurnal.shared.persistence.PlainSql;
import org.zhurnal.shared.security.PersonName;

/**
 * Class and group lists at a date, computed in the database from the enrolment events: a student is on a
 * class's list when their last class event of that class on or before the date (events of one day in
 * the order written) is an arrival; the same for a group with joins and leaves. Window functions rather
 * than PostgreSQL's DISTINCT ON, to stay portable. Names sort by {@code zhurnal_search_key} («ё» as «е»).
 */
@ApplicationScoped
public class JpaClassLists implements ClassLists {

    private static final String LAST_CLASS_EVENT = "SELECT e.school_class_id, e.person_id, e.kind, ROW_NUMBER() OVER "
            + "(PARTITION BY e.school_class_id, e.person_id ORDER BY e.effective_on DESC, e.id DESC) AS rn "
            + "FROM enrolment_event e JOIN school_class c ON c.id = e.school_class_id WHERE %s "
            + "AND e.effective_on <= :date AND e.kind IN ('ARRIVE', 'LEAVE', 'TRANSFER')";
    private static final String CLASSES = "WITH last_event AS (" + LAST_CLASS_EVENT + "), "
            + "counts AS (SELECT school_class_id, count(*) AS students FROM last_event WHERE rn = 1 AND kind = 'ARRIVE' "
            + "GROUP BY school_class_id) "
            + "SELECT c.id, c.grade, c.letter, c.academic_year_id, t.id AS teacher_id, t.surname, t.given_name, "
            + "t.patronymic, COALESCE(n.students, 0) AS students "
            + "FROM school_class c LEFT JOIN person t ON t.id = c.class_teacher_person_id "
            + "LEFT JOIN counts n ON n.school_class_id = c.id WHERE %s ORDER BY c.grade, c.letter";
    private static final String OF_YEAR = "c.school_id = :school AND c.academic_year_id = :year";
    private static final String OF_CLASS = "c.id = :class";
    private static final String PERSON_ORDER = "zhurnal_search_key(p.surname), zhurnal_search_key(p.given_name), "
            + "zhurnal_search_key(COALESCE(p.patronymic, '')), p.id";
    /** Each student's last class event up to a date, as a subquery; parameters: the class, the date. */
    private static final String CLASS_EVENTS = "(" + LAST_CLASS_EVENT.formatted("c.id = ?").replace(":date", "?")
            + ") last_event";
    /** On the list: the last event is an arrival. */
    private static final String ON_LIST = "last_event.rn = 1 AND last_event.kind = 'ARRIVE'";
    private static final String STUDENTS = "SELECT p.id, p.surname, p.given_name, p.patronymic, p.birth_date FROM "
            + CLASS_EVENTS + " JOIN person p ON p.id = last_event.person_id WHERE " + ON_LIST + " ORDER BY " + PERSON_ORDER;
    private static final String CLASS_IDS = "SELECT last_event.person_id FROM " + CLASS_EVENTS + " WHERE " + ON_LIST;
    private static final String LAST_GROUP_EVENT = "SELECT e.class_group_id, e.person_id, e.kind, "
            + "ROW_NUMBER() OVER (PARTITION BY e.class_group_id, e.person_id ORDER BY e.effective_on DESC, e.id DESC) AS rn "
            + "FROM enrolment_event e WHERE e.school_class_id = :class AND e.effective_on <= :date "
            + "AND e.kind IN ('GROUP_JOIN', 'GROUP_LEAVE')";
    private static final String GROUPS = "WITH last_event AS (" + LAST_GROUP_EVENT + ") "
            + "SELECT g.id AS group_id, g.name, p.id, p.surname, p.given_name, p.patronymic, p.birth_date "
            + "FROM class_group g LEFT JOIN last_event m ON m.class_group_id = g.id AND m.rn = 1 AND m.kind = 'GROUP_JOIN' "
            + "LEFT JOIN person p ON p.id = m.person_id WHERE g.school_class_id = :class "
            + "ORDER BY zhurnal_search_key(g.name), g.id, " + PERSON_ORDER;

    /** Parameters: the class, the date, the group. */
    private static final String GROUP_IDS = "SELECT person_id FROM (" + LAST_GROUP_EVENT.replace(":class", "?")
            .replace(":date", "?") + ") last_event WHERE class_group_id = ? AND rn = 1 AND kind = 'GROUP_JOIN'";

    @Inject
    EntityManager em;

    @Inject
    PlainSql sql;

    @Override
    public List<ClassItem> classes(Long schoolId, Long yearId, LocalDate date) {
        return classItems(em.createNativeQuery(CLASSES.formatted(OF_YEAR, OF_YEAR))
                .setParameter("school", schoolId)
                .setParameter("year", yearId)
                .setParameter("date", date));
    }

    @Override
    public Optional<ClassItem> find(Long classId, LocalDate date) {
        return classItems(em.createNativeQuery(CLASSES.formatted(OF_CLASS, OF_CLASS))
                .setParameter("class", classId)
                .setParameter("date", date)).stream().findFirst();
    }

    @Override
    public List<PersonItem> students(Long classId, LocalDate date) {
        return sql.list(STUDENTS, row -> new PersonItem(row.getLong(1),
                new PersonName(row.getString(2), row.getString(3), row.getString(4)).full(), PlainSql.date(row, 5)),
                classId, date);
    }

    @Override
    public List<GroupItem> groups(Long classId, LocalDate date) {
        Map<Long, GroupItem> groups = new LinkedHashMap<>();
        for (Object[] row : rows(em.createNativeQuery(GROUPS).setParameter("class", classId).setParameter("date", date))) {
            GroupItem group = groups.computeIfAbsent(number(row[0]),
                    id -> new GroupItem(id, (String) row[1], new ArrayList<>()));
            if (row[2] != null) {
                group.students().add(person(row, 2));
            }
        }
        return groups.values().stream().map(g -> new GroupItem(g.id(), g.name(), List.copyOf(g.students()))).toList();
    }

    @Override
    public Set<Long> studentIds(Long classId, Long groupId, LocalDate date) {
        List<Long> ids = groupId == null ? sql.list(CLASS_IDS, row -> row.getLong(1), classId, date)
                : sql.list(GROUP_IDS, row -> row.getLong(1), classId, date, groupId);
        return Set.copyOf(ids);
    }

    private static List<ClassItem> classItems(Query query) {
        return rows(query).stream().map(row -> {
            int grade = ((Number) row[1]).intValue();
            PersonItem teacher = row[4] == null ? null
                    : new PersonItem(number(row[4]), name(row, 5), null);
            String letter = (String) row[2];
            return new ClassItem(number(row[0]), new ClassName(grade, letter).toString(), grade, letter, number(row[3]),
                    teacher, number(row[8]));
        }).toList();
    }

    /** id, surname, given name, patronymic and birth date from {@code row[at]} on. */
    private static PersonItem person(Object[] row, int at) {
        return new PersonItem(number(row[at]), name(row, at + 1), date(row[at + 4]));
    }

    private static String name(Object[] row, int at) {
        return new PersonName((String) row[at], (String) row[at + 1], (String) row[at + 2]).full();
    }

    private static Long number(Object value) {
        return ((Number) value).longValue();
    }

    private static LocalDate date(Object value) {
        return value instanceof Date sql ? sql.toLocalDate() : (LocalDate) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query query) {
        return query.getResultList();
    }
}
