package org.zhurnal.school.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import java.util.Optional;
import org.zhurnal.school.domain.Region;
import org.zhurnal.school.domain.School;
import org.zhurnal.school.domain.Schools;
import org.zhurnal.shared.persistence.UniqueViolation.Conflict;
import org.zhurnal.shared.persistence.UniqueViolation;

/**
 * Schools as aggregates. The unique constraints back the services' own checks: a concurrent duplicate
 * becomes the same conflict the check would have given.
 */
@ApplicationScoped
public class JpaSchools implements Schools {

    private static final Map<String, Conflict> CONFLICTS = Map.of(
            "school_inn_uk", new Conflict("inn", "Школа с таким ИНН уже есть в регионе"),
            "staff_position_current_uk", new Conflict(null, "Этот человек уже занимает эту должность в этой школе"));

    @Inject
    EntityManager em;

    @Override
    public Optional<School> find(Region region, Long id) {
        return em.createQuery("SELECT s FROM School s WHERE s.id = :id AND s.region = :region", School.class)
                .setParameter("id", id)
                .setParameter("region", region)
                .getResultStream()
                .findFirst();
    }

    @Override
    public boolean existsWithInn(Region region, String inn) {
        return !em.createQuery("SELECT s.id FROM School s WHERE s.region = :region AND s.inn = :inn", Long.class)
                .setParameter("region", region)
                .setParameter("inn", inn)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    @Override
    public School add(School school) {
        write(() -> em.persist(school));
        return school;
    }

    @Override
    public void store(School school) {
        write(() -> { });
    }

    /** Runs the change and flushes it, turning unique violations into conflicts. */
    private void write(Runnable change) {
        UniqueViolation.flush(em, change, CONFLICTS);
    }
}
