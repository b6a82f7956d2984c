package org.zhurnal.identity.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.util.List;
import java.util.Optional;
import org.zhurnal.identity.domain.AccountBinding;
import org.zhurnal.identity.domain.BindingRecords;
import org.zhurnal.identity.domain.BindingState;
import org.zhurnal.shared.error.ConflictException;
import org.zhurnal.shared.persistence.UniqueViolation;

/** Account bindings in PostgreSQL; the partial unique index keeps one active binding per account. */
@ApplicationScoped
public class JpaBindingRecords implements BindingRecords {

    @Inject
    EntityManager em;

    @Override
    public Optional<AccountBinding> find(Long id) {
        return Optional.ofNullable(em.find(AccountBinding.class, id));
    }

    @Override
    public Optional<AccountBinding> findActive(String issuer, String subject) {
        return em.createQuery("SELECT b FROM AccountBinding b WHERE b.issuer = :issuer AND b.subject = :subject "
                        + "AND b.review.state IN :states", AccountBinding.class)
                .setParameter("issuer", issuer)
                .setParameter("subject", subject)
                .setParameter("states", List.of(BindingState.PENDING, BindingState.CONFIRMED))
                .getResultStream()
                .findFirst();
    }

    @Override
    public boolean wasRejected(String issuer, String subject, Long personId) {
        return !em.createQuery("SELECT b.id FROM AccountBinding b WHERE b.issuer = :issuer AND b.subject = :subject "
                        + "AND b.personId = :person AND b.review.state = :state", Long.class)
                .setParameter("issuer", issuer)
                .setParameter("subject", subject)
                .setParameter("person", personId)
                .setParameter("state", BindingState.REJECTED)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    @Override
    public List<AccountBinding> pending(int limit) {
        return em.createQuery("SELECT b FROM AccountBinding b WHERE b.review.state = :state ORDER BY b.review.suggestedAt, b.id",
                        AccountBinding.class)
                .setParameter("state", BindingState.PENDING)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public java.util.Set<Long> withConfirmedAccount(java.util.Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return java.util.Set.of();
        }
        return java.util.Set.copyOf(em.createQuery("SELECT DISTINCT b.personId FROM AccountBinding b "
                        + "WHERE b.personId IN :persons AND b.review.state = :state", Long.class)
                .setParameter("persons", personIds)
                .setParameter("state", BindingState.CONFIRMED)
                .getResultList());
    }

    @Override
    public AccountBinding add(AccountBinding binding) {
        try {
            em.persist(binding);
            em.flush();
            return binding;
        } catch (PersistenceException e) {
            if (UniqueViolation.constraintOf(e).filter("account_binding_active_uk"::equals).isPresent()) {
                throw new ConflictException(null, "Для этой учётной записи уже есть привязка");
            }
            throw e;
        }
    }
}
