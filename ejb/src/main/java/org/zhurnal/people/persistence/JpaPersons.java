package org.zhurnal.people.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.Optional;
import org.zhurnal.people.domain.Person;
import org.zhurnal.people.domain.Persons;
import org.zhurnal.people.domain.Snils;
import org.zhurnal.shared.error.ConflictException;
import org.zhurnal.shared.persistence.UniqueViolation;

/** Person cards in PostgreSQL; the unique SNILS hash turns a concurrent duplicate into a conflict. */
@ApplicationScoped
public class JpaPersons implements Persons {

    @PersistenceContext(unitName = "zhurnal")
    EntityManager em;

    @Override
    public Optional<Person> find(Long id) {
        return Optional.ofNullable(em.find(Person.class, id));
    }

    @Override
    public Optional<Person> findBySnilsHash(byte[] lookupHash) {
        return em.createQuery("SELECT p FROM Person p WHERE p.snils.lookupHash = :hash", Person.class)
                .setParameter("hash", lookupHash)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Person add(Person person) {
        try {
            em.persist(person);
            em.flush();
            return person;
        } catch (PersistenceException e) {
            if (UniqueViolation.constraintOf(e).filter("person_snils_hash_uk"::equals).isPresent()) {
                throw new ConflictException(Snils.FIELD, "Карточку с этим СНИЛС только что создал другой пользователь. "
                        + "Повторите действие.");
            }
            throw e;
        }
    }
}
