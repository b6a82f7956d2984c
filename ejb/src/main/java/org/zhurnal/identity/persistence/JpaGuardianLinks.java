package org.zhurnal.identity.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.zhurnal.identity.domain.BindingState;
import org.zhurnal.identity.domain.GuardianLink;
import org.zhurnal.identity.domain.GuardianLinks;

/** Guardian-link suggestions in PostgreSQL; one per account and child (unique constraint). */
@ApplicationScoped
public class JpaGuardianLinks implements GuardianLinks {

    @Inject
    EntityManager em;

    @Override
    public Optional<GuardianLink> find(Long id) {
        return Optional.ofNullable(em.find(GuardianLink.class, id));
    }

    @Override
    public boolean exists(String issuer, String subject, Long childPersonId) {
        return !em.createQuery("SELECT l.id FROM GuardianLink l WHERE l.issuer = :issuer AND l.subject = :subject "
                        + "AND l.childPersonId = :child", Long.class)
                .setParameter("issuer", issuer)
                .setParameter("subject", subject)
                .setParameter("child", childPersonId)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    @Override
    public List<GuardianLink> pending(Collection<Long> schoolIds, int limit) {
        if (schoolIds != null && schoolIds.isEmpty()) {
            return List.of();
        }
        String where = schoolIds == null ? "" : " AND l.schoolId IN :schools";
        var query = em.createQuery("SELECT l FROM GuardianLink l WHERE l.review.state = :state" + where
                        + " ORDER BY l.review.suggestedAt, l.id", GuardianLink.class)
                .setParameter("state", BindingState.PENDING)
                .setMaxResults(limit);
        if (schoolIds != null) {
            query.setParameter("schools", schoolIds);
        }
        return query.getResultList();
    }

    @Override
    public GuardianLink add(GuardianLink link) {
        em.persist(link);
        em.flush();
        return link;
    }
}
