package org.zhurnal.directory.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.zhurnal.classes.domain.ClassName;
import org.zhurnal.directory.application.ListPage;
import org.zhurnal.directory.application.PeopleQuery;
import org.zhurnal.directory.application.SchoolPeopleItems.Child;
import org.zhurnal.directory.application.SchoolPeopleItems.PersonRow;
import org.zhurnal.directory.application.SchoolPeopleItems.RepresentativeRow;
import org.zhurnal.directory.application.SchoolPeopleItems.Role;
import org.zhurnal.directory.application.SchoolPeopleItems.StudentRow;
import org.zhurnal.directory.application.SchoolPeopleLists;
import org.zhurnal.shared.security.PersonName;
import org.zhurnal.shared.text.SearchKey;

/**
 * A school's people lists in native SQL. A student is on the school's list on a day when their last class event
 * at the school on or before it (events of one day in the order written) is an arrival; representatives are the
 * current guardianships of those students. Names match on {@code zhurnal_search_key} of «Фамилия Имя Отчество»
 * (as the staff search) and sort by surname, given name, patronymic, then id, so that pages never overlap.
 */
@ApplicationScoped
public class JpaSchoolPeopleLists implements SchoolPeopleLists {

    private static final String PUPILS = "pupils AS (SELECT l.person_id, l.school_class_id FROM (SELECT e.person_id, "
            + "e.school_class_id, e.kind, ROW_NUMBER() OVER (PARTITION BY e.person_id ORDER BY e.effective_on DESC, "
            + "e.id DESC) AS rn FROM enrolment_event e JOIN school_class c ON c.id = e.school_class_id "
            + "WHERE c.school_id = :school AND e.effective_on <= :date AND e.kind IN ('ARRIVE', 'LEAVE', 'TRANSFER')) l "
            + "WHERE l.rn = 1 AND l.kind = 'ARRIVE')";
    private static final String LINKS = PUPILS + ", links AS (SELECT g.guardian_person_id AS guardian, "
            + "g.child_person_id AS child, g.kind, u.school_class_id FROM guardianship g JOIN pupils u "
            + "ON u.person_id = g.child_person_id WHERE g.valid_from <= :date AND (g.valid_to IS NULL OR g.valid_to > :date))";
    private static final String ROLES = LINKS + ", roles AS (SELECT person_id, 'STUDENT' AS role, school_class_id "
            + "FROM pupils UNION ALL SELECT guardian, 'REPRESENTATIVE', NULL FROM links UNION ALL SELECT person_id, "
            + "'STAFF', NULL FROM staff_position WHERE school_id = :school AND valid_to IS NULL)";
    private static final String PERSON_KEY = "zhurnal_search_key(concat(%1$s.surname, ' ', %1$s.given_name, ' ', "
            + "coalesce(%1$s.patronymic, '')))";
    private static final String NAME_MATCHES = " AND " + PERSON_KEY.formatted("p") + " LIKE :text ESCAPE '!'";
    private static final String ORDER = " ORDER BY zhurnal_search_key(p.surname), zhurnal_search_key(p.given_name), "
            + "zhurnal_search_key(coalesce(p.patronymic, '')), p.id";

    @Inject
    EntityManager em;

    @Override
    public ListPage<StudentRow> students(Long schoolId, PeopleQuery query) {
        String where = "FROM pupils u JOIN person p ON p.id = u.person_id JOIN school_class c ON c.id = u.school_class_id "
                + "WHERE TRUE" + (query.classFilter().isPresent() ? " AND c.id = :class" : "")
                + (query.textFilter().isPresent() ? NAME_MATCHES : "");
        return page(query, "WITH " + PUPILS + " SELECT count(*) " + where, "WITH " + PUPILS + " SELECT p.id, p.surname, "
                + "p.given_name, p.patronymic, p.birth_date, c.id AS class_id, c.grade, c.letter " + where + ORDER, schoolId,
                rows -> rows.stream().map(r -> new StudentRow(number(r[0]), name(r, 1), date(r[4]), number(r[5]),
                        className(r[6], r[7]))).toList());
    }

    @Override
    public ListPage<RepresentativeRow> representatives(Long schoolId, PeopleQuery query) {
        String where = "FROM person p WHERE EXISTS (SELECT 1 FROM links l JOIN person k ON k.id = l.child "
                + "WHERE l.guardian = p.id" + (query.textFilter().isPresent() ? " AND (" + PERSON_KEY.formatted("p")
                + " LIKE :text ESCAPE '!' OR " + PERSON_KEY.formatted("k") + " LIKE :text ESCAPE '!')" : "") + ")";
        return page(query, "WITH " + LINKS + " SELECT count(*) " + where,
                "WITH " + LINKS + " SELECT p.id, p.surname, p.given_name, p.patronymic " + where + ORDER, schoolId,
                rows -> {
                    Map<Long, List<Child>> children = children(schoolId, query.date(), ids(rows));
                    return rows.stream().map(r -> new RepresentativeRow(number(r[0]), name(r, 1),
                            children.getOrDefault(number(r[0]), List.of()))).toList();
                });
    }

    @Override
    public ListPage<PersonRow> people(Long schoolId, PeopleQuery query) {
        String where = "FROM person p WHERE p.id IN (SELECT person_id FROM roles)"
                + (query.textFilter().isPresent() ? NAME_MATCHES : "");
        return page(query, "WITH " + ROLES + " SELECT count(*) " + where,
                "WITH " + ROLES + " SELECT p.id, p.surname, p.given_name, p.patronymic " + where + ORDER, schoolId,
                rows -> {
                    Map<Long, Set<Role>> roles = new LinkedHashMap<>();
                    Map<Long, String> classes = new LinkedHashMap<>();
                    for (Object[] r : rows(bindPlace(em.createNativeQuery("WITH " + ROLES + " SELECT r.person_id, r.role, "
                            + "c.grade, c.letter FROM roles r LEFT JOIN school_class c ON c.id = r.school_class_id "
                            + "WHERE r.person_id = ANY(CAST(:ids AS bigint[]))"), schoolId, query.date())
                            .setParameter("ids", array(ids(rows))))) {
                        roles.computeIfAbsent(number(r[0]), id -> EnumSet.noneOf(Role.class)).add(Role.valueOf((String) r[1]));
                        if (r[2] != null) {
                            classes.put(number(r[0]), className(r[2], r[3]));
                        }
                    }
                    return rows.stream().map(r -> new PersonRow(number(r[0]), name(r, 1),
                            List.copyOf(roles.getOrDefault(number(r[0]), Set.of())), classes.get(number(r[0])))).toList();
                });
    }

    private <T> ListPage<T> page(PeopleQuery query, String count, String select, Long schoolId,
                                 Function<List<Object[]>, List<T>> items) {
        long total = ((Number) bind(em.createNativeQuery(count), schoolId, query).getSingleResult()).longValue();
        if (total == 0 || query.window().isBeyond(total)) {
            return new ListPage<>(List.of(), query.window().page(), query.window().size(), total);
        }
        List<Object[]> rows = rows(bind(em.createNativeQuery(select + " LIMIT :size OFFSET :offset"), schoolId, query)
                .setParameter("size", query.window().size())
                .setParameter("offset", query.window().offset().orElseThrow()));
        return new ListPage<>(items.apply(rows), query.window().page(), query.window().size(), total);
    }

    private Map<Long, List<Child>> children(Long schoolId, LocalDate date, List<Long> guardians) {
        Map<Long, List<Child>> children = new LinkedHashMap<>();
        rows(bindPlace(em.createNativeQuery("WITH " + LINKS + " SELECT l.guardian, k.id, k.surname, k.given_name, "
                + "k.patronymic, c.grade, c.letter, l.kind FROM links l JOIN person k ON k.id = l.child "
                + "JOIN school_class c ON c.id = l.school_class_id WHERE l.guardian = ANY(CAST(:ids AS bigint[])) "
                + "ORDER BY c.grade, c.letter, zhurnal_search_key(k.surname), zhurnal_search_key(k.given_name), k.id"),
                schoolId, date).setParameter("ids", array(guardians)))
                .forEach(r -> children.computeIfAbsent(number(r[0]), id -> new ArrayList<>())
                        .add(new Child(number(r[1]), name(r, 2), className(r[5], r[6]), (String) r[7])));
        return children;
    }

    private static Query bind(Query query, Long schoolId, PeopleQuery search) {
        bindPlace(query, schoolId, search.date());
        search.classFilter().ifPresent(id -> query.setParameter("class", id));
        search.textFilter().ifPresent(text -> query.setParameter("text", SearchKey.containsPattern(text)));
        return query;
    }

    private static Query bindPlace(Query query, Long schoolId, LocalDate date) {
        return query.setParameter("school", schoolId).setParameter("date", date);
    }

    private static List<Long> ids(List<Object[]> rows) {
        return rows.stream().map(r -> number(r[0])).toList();
    }

    private static String array(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
    }

    private static String name(Object[] row, int at) {
        return new PersonName((String) row[at], (String) row[at + 1], (String) row[at + 2]).full();
    }

    private static String className(Object grade, Object letter) {
        return new ClassName(((Number) grade).intValue(), (String) letter).toString();
    }

    private static Long number(Object value) {
        return ((Number) value).longValue();
    }

    private static LocalDate date(Object value) {
        return value == null ? null : value instanceof Date sql ? sql.toLocalDate() : (LocalDate) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query query) {
        return query.getResultList();
    }
}
