package org.zhurnal.school.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zhurnal.school.application.SchoolPositions;
import org.zhurnal.school.application.StaffRoster;
import org.zhurnal.school.domain.Position;

/** Current staff positions in PostgreSQL (a position is current while it has no end date). */
@ApplicationScoped
public class JpaStaffRoster implements StaffRoster {

    @Inject
    EntityManager em;

    @Override
    public boolean isCurrentJournalAdmin(Long personId, Long schoolId) {
        return !em.createQuery("SELECT sp.id FROM StaffPosition sp WHERE sp.personId = :person "
                        + "AND sp.school.id = :school AND sp.position = :position AND sp.validTo IS NULL", Long.class)
                .setParameter("person", personId)
                .setParameter("school", schoolId)
                .setParameter("position", Position.JOURNAL_ADMIN)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    @Override
    public List<SchoolPositions> currentPositions(Long personId) {
        List<Object[]> rows = em.createQuery("SELECT s.id, s.shortName, sp.position FROM StaffPosition sp "
                        + "JOIN sp.school s WHERE sp.personId = :person AND sp.validTo IS NULL "
                        + "ORDER BY s.shortName, s.id", Object[].class)
                .setParameter("person", personId)
                .getResultList();
        Map<Long, String> names = new LinkedHashMap<>();
        Map<Long, List<Position>> positions = new LinkedHashMap<>();
        for (Object[] row : rows) {
            Long schoolId = (Long) row[0];
            names.put(schoolId, (String) row[1]);
            positions.computeIfAbsent(schoolId, id -> new ArrayList<>()).add((Position) row[2]);
        }
        return names.entrySet().stream().map(school -> new SchoolPositions(school.getKey(), school.getValue(),
                positions.get(school.getKey()).stream().sorted(Comparator.naturalOrder()).toList())).toList();
    }
}
