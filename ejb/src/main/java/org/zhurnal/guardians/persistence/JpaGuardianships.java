package org.zhurnal.guardians.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zhurnal.guardians.domain.Guardianship;
import org.zhurnal.guardians.domain.Guardianships;
import org.zhurnal.guardians.domain.PdConsent;
import org.zhurnal.shared.persistence.UniqueViolation;
import org.zhurnal.shared.persistence.UniqueViolation.Conflict;

/** Guardianships and consents; the partial unique indexes turn a duplicate into the service's conflict. */
@ApplicationScoped
public class JpaGuardianships implements Guardianships {

    private static final Map<String, Conflict> CONFLICTS = Map.of(
            "guardianship_current_uk", new Conflict("snils", "Этот человек уже указан законным представителем"),
            "pd_consent_current_uk", new Conflict("purpose", "Согласие на эту цель уже действует"));

    @Inject
    EntityManager em;

    @Override
    public Optional<Guardianship> find(Long guardianshipId) {
        return Optional.ofNullable(em.find(Guardianship.class, guardianshipId));
    }

    @Override
    public List<Guardianship> ofChild(Long childPersonId) {
        return em.createQuery("SELECT g FROM Guardianship g WHERE g.childPersonId = :child ORDER BY g.validFrom, g.id",
                Guardianship.class).setParameter("child", childPersonId).getResultList();
    }

    @Override
    public Guardianship add(Guardianship guardianship) {
        UniqueViolation.flush(em, () -> em.persist(guardianship), CONFLICTS);
        return guardianship;
    }

    @Override
    public Optional<PdConsent> findConsent(Long consentId) {
        return Optional.ofNullable(em.find(PdConsent.class, consentId));
    }

    @Override
    public List<PdConsent> consentsAbout(Long personId) {
        return em.createQuery("SELECT c FROM PdConsent c WHERE c.personId = :person ORDER BY c.givenOn DESC, c.id DESC",
                PdConsent.class).setParameter("person", personId).getResultList();
    }

    @Override
    public PdConsent add(PdConsent consent) {
        UniqueViolation.flush(em, () -> em.persist(consent), CONFLICTS);
        return consent;
    }

    @Override
    public void store() {
        UniqueViolation.flush(em, () -> { }, CONFLICTS);
    }
}
