package org.zhurnal.people.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.zhurnal.people.domain.PersonNameChange;
import org.zhurnal.people.domain.PersonNameChanges;

/** Name corrections in PostgreSQL ({@code person_name_change}, V28; a trigger refuses updates and deletes). */
@ApplicationScoped
public class JpaPersonNameChanges implements PersonNameChanges {

    @Inject
    EntityManager em;

    @Override
    public PersonNameChange add(PersonNameChange change) {
        em.persist(change);
        em.flush();
        return change;
    }

    @Override
    public List<PersonNameChange> of(Long personId) {
        return em.createQuery("SELECT c FROM PersonNameChange c WHERE c.personId = :person ORDER BY c.changedAt, c.id",
                PersonNameChange.class).setParameter("person", personId).getResultList();
    }
}
