package org.zhurnal.school.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import java.util.Optional;
import org.zhurnal.school.domain.Municipalities;
import org.zhurnal.school.domain.Municipality;
import org.zhurnal.school.domain.Region;
import org.zhurnal.shared.persistence.UniqueViolation.Conflict;
import org.zhurnal.shared.persistence.UniqueViolation;

/** Municipalities; names compare as the unique index does (through {@code zhurnal_search_key}). */
@ApplicationScoped
public class JpaMunicipalities implements Municipalities {

    @Inject
    EntityManager em;

    @Override
    public Optional<Municipality> find(Region region, Long id) {
        return em.createQuery("SELECT m FROM Municipality m WHERE m.id = :id AND m.region = :region", Municipality.class)
                .setParameter("id", id)
                .setParameter("region", region)
                .getResultStream()
                .findFirst();
    }

    @Override
    public boolean existsWithName(Region region, String name) {
        Number count = (Number) em.createNativeQuery("SELECT count(*) FROM municipality WHERE region_id = ?1 "
                        + "AND zhurnal_search_key(name) = zhurnal_search_key(?2)")
                .setParameter(1, region.id())
                .setParameter(2, name)
                .getSingleResult();
        return count.longValue() > 0;
    }

    @Override
    public Municipality add(Municipality municipality) {
        UniqueViolation.flush(em, () -> em.persist(municipality), Map.of("municipality_name_uk",
                new Conflict("name", "Муниципальное образование с таким названием уже есть в регионе")));
        return municipality;
    }
}
