package org.zhurnal.people.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Optional;
import org.zhurnal.people.domain.PersonContact;
import org.zhurnal.people.domain.PersonContacts;

@ApplicationScoped
public class JpaPersonContacts implements PersonContacts {

    @Inject
    EntityManager em;

    @Override
    public Optional<PersonContact> find(Long personId) {
        return Optional.ofNullable(em.find(PersonContact.class, personId));
    }

    @Override
    public PersonContact add(PersonContact contact) {
        em.persist(contact);
        return contact;
    }
}
