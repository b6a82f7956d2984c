package org.zhurnal.school.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.ZoneId;
import java.util.Optional;
import org.zhurnal.school.domain.Region;
import org.zhurnal.school.domain.Regions;

/** Region rows; creating one is idempotent, so two nodes seeding it at once do not collide. */
@ApplicationScoped
public class JpaRegions implements Regions {

    @Inject
    EntityManager em;

    @Override
    public Optional<Region> findByCode(String code) {
        return em.createQuery("SELECT r FROM Region r WHERE r.code = :code", Region.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Region obtain(String code, String name, ZoneId timeZone) {
        return findByCode(code).orElseGet(() -> {
            em.createNativeQuery("INSERT INTO region (code, name, time_zone) VALUES (?1, ?2, ?3) "
                            + "ON CONFLICT (code) DO NOTHING")
                    .setParameter(1, code)
                    .setParameter(2, name)
                    .setParameter(3, timeZone.getId())
                    .executeUpdate();
            return findByCode(code).orElseThrow();
        });
    }
}
