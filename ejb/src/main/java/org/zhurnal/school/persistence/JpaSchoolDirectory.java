package org.zhurnal.school.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.zhurnal.school.application.AdministratorItem;
import org.zhurnal.school.application.MunicipalityItem;
import org.zhurnal.school.application.SchoolDetails;
import org.zhurnal.school.application.SchoolDirectory;
import org.zhurnal.school.application.SchoolPage;
import org.zhurnal.school.application.SchoolSearch;
import org.zhurnal.school.domain.Position;
import org.zhurnal.school.domain.Region;
import org.zhurnal.shared.text.SearchKey;

/**
 * Schools and municipalities for lists, as JPQL projections: a search is one count, one page query and one
 * query for the administrators of the page's schools. Names are matched on {@code search_text}, which the
 * database derives from both names (lower case, «ё» as «е»), so the search does not depend on its locale.
 */
@ApplicationScoped
public class JpaSchoolDirectory implements SchoolDirectory {

    private static final String ROW = "SELECT new org.zhurnal.school.persistence.SchoolRow(s.id, s.fullName, "
            + "s.shortName, s.inn, s.ogrn, s.address, m.id, m.name) FROM School s LEFT JOIN s.municipality m ";

    @Inject
    EntityManager em;

    @Override
    public List<MunicipalityItem> municipalities(Region region) {
        return em.createQuery("SELECT new org.zhurnal.school.application.MunicipalityItem(m.id, m.name) "
                        + "FROM Municipality m WHERE m.region = :region ORDER BY m.name, m.id", MunicipalityItem.class)
                .setParameter("region", region)
                .getResultList();
    }

    @Override
    public SchoolPage search(Region region, SchoolSearch search) {
        String where = where(search);
        long total = bind(em.createQuery("SELECT count(s) FROM School s " + where, Long.class), region, search)
                .getSingleResult();
        Optional<Integer> offset = search.offset();
        if (total == 0 || offset.isEmpty() || offset.get() >= total) {
            return new SchoolPage(List.of(), search.page(), search.size(), total);
        }
        List<SchoolRow> rows = bind(em.createQuery(ROW + where + " ORDER BY s.shortName, s.id", SchoolRow.class),
                region, search)
                .setFirstResult(offset.get())
                .setMaxResults(search.size())
                .getResultList();
        return new SchoolPage(withAdministrators(rows), search.page(), search.size(), total);
    }

    @Override
    public Optional<SchoolDetails> find(Region region, Long schoolId) {
        List<SchoolRow> rows = em.createQuery(ROW + "WHERE s.region = :region AND s.id = :id", SchoolRow.class)
                .setParameter("region", region)
                .setParameter("id", schoolId)
                .getResultList();
        return withAdministrators(rows).stream().findFirst();
    }

    private static String where(SchoolSearch search) {
        StringBuilder where = new StringBuilder("WHERE s.region = :region");
        search.municipalityFilter().ifPresent(id -> where.append(" AND s.municipality.id = :municipalityId"));
        if (search.textIsInnPrefix()) {
            where.append(" AND (s.searchText LIKE :contains ESCAPE '!' OR s.inn LIKE :innPrefix ESCAPE '!')");
        } else if (search.textFilter().isPresent()) {
            where.append(" AND s.searchText LIKE :contains ESCAPE '!'");
        }
        return where.toString();
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, Region region, SchoolSearch search) {
        query.setParameter("region", region);
        search.municipalityFilter().ifPresent(id -> query.setParameter("municipalityId", id));
        search.textFilter().ifPresent(text -> query.setParameter("contains", SearchKey.containsPattern(text)));
        if (search.textIsInnPrefix()) {
            query.setParameter("innPrefix", SearchKey.prefixPattern(search.text()));
        }
        return query;
    }

    private List<SchoolDetails> withAdministrators(List<SchoolRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<AdministratorItem>> administrators = em.createQuery(
                        "SELECT new org.zhurnal.school.persistence.AdministratorRow(sp.school.id, p.id, p.surname, "
                                + "p.givenName, p.patronymic) FROM StaffPosition sp JOIN Person p ON p.id = sp.personId "
                                + "WHERE sp.school.id IN :schools AND sp.position = :position AND sp.validTo IS NULL "
                                + "ORDER BY p.surname, p.givenName, p.id", AdministratorRow.class)
                .setParameter("schools", rows.stream().map(SchoolRow::id).toList())
                .setParameter("position", Position.JOURNAL_ADMIN)
                .getResultList().stream()
                .collect(Collectors.groupingBy(AdministratorRow::schoolId,
                        Collectors.mapping(row -> new AdministratorItem(row.personId(), row.displayName()),
                                Collectors.toList())));
        return rows.stream().map(row -> new SchoolDetails(row.id(), row.fullName(), row.shortName(), row.inn(),
                row.ogrn(), row.address(),
                row.municipalityId() == null ? null : new MunicipalityItem(row.municipalityId(), row.municipalityName()),
                administrators.getOrDefault(row.id(), List.of()))).toList();
    }
}
