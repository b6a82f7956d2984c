package org.zhurnal.school.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.zhurnal.school.application.StaffDirectory;
import org.zhurnal.school.application.StaffMember;
import org.zhurnal.school.application.StaffPage;
import org.zhurnal.school.application.StaffSearch;
import org.zhurnal.school.domain.Position;
import org.zhurnal.shared.text.SearchKey;

/**
 * A school's staff as JPQL projections: one count, one page of people, one query for their positions. Names
 * are matched on {@code zhurnal_search_key} of «Фамилия Имя Отчество» (lower case, «ё» as «е»), as the
 * Java {@link SearchKey} normalises the search text, so the search does not depend on the database's locale.
 */
@ApplicationScoped
public class JpaStaffDirectory implements StaffDirectory {

    private static final String STAFF = "FROM Person p WHERE EXISTS (SELECT 1 FROM StaffPosition sp "
            + "WHERE sp.personId = p.id AND sp.school.id = :school AND sp.validTo IS NULL)";
    private static final String NAME_MATCHES = " AND cast(function('zhurnal_search_key', concat(p.surname, ' ', "
            + "p.givenName, ' ', coalesce(p.patronymic, ''))) as String) LIKE :text ESCAPE '!'";

    @Inject
    EntityManager em;

    @Override
    public StaffPage search(Long schoolId, StaffSearch search) {
        String where = STAFF + (search.textFilter().isPresent() ? NAME_MATCHES : "");
        long total = bind(em.createQuery("SELECT count(p) " + where, Long.class), schoolId, search).getSingleResult();
        if (total == 0 || search.window().isBeyond(total)) {
            return new StaffPage(List.of(), search.window().page(), search.window().size(), total);
        }
        List<StaffRow> rows = bind(em.createQuery("SELECT new org.zhurnal.school.persistence.StaffRow(p.id, p.surname, "
                        + "p.givenName, p.patronymic) " + where + " ORDER BY p.surname, p.givenName, p.patronymic, p.id",
                StaffRow.class), schoolId, search)
                .setFirstResult(search.window().offset().orElseThrow())
                .setMaxResults(search.window().size())
                .getResultList();
        Map<Long, Set<Position>> positions = positions(schoolId, rows);
        List<StaffMember> items = rows.stream().map(row -> new StaffMember(row.personId(), row.displayName(),
                List.copyOf(positions.getOrDefault(row.personId(), Set.of())))).toList();
        return new StaffPage(items, search.window().page(), search.window().size(), total);
    }

    private Map<Long, Set<Position>> positions(Long schoolId, List<StaffRow> rows) {
        Map<Long, Set<Position>> positions = new HashMap<>();
        em.createQuery("SELECT sp.personId, sp.position FROM StaffPosition sp WHERE sp.school.id = :school "
                        + "AND sp.validTo IS NULL AND sp.personId IN :people", Object[].class)
                .setParameter("school", schoolId)
                .setParameter("people", rows.stream().map(StaffRow::personId).toList())
                .getResultList()
                .forEach(row -> positions.computeIfAbsent((Long) row[0], id -> EnumSet.noneOf(Position.class))
                        .add((Position) row[1]));
        return positions;
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, Long schoolId, StaffSearch search) {
        query.setParameter("school", schoolId);
        search.textFilter().ifPresent(text -> query.setParameter("text", SearchKey.containsPattern(text)));
        return query;
    }
}
