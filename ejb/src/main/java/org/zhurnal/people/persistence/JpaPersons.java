package org.zhurnal.people.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zhurnal.people.domain.Person;
import org.zhurnal.people.domain.Persons;
import org.zhurnal.people.domain.Snils;
import org.zhurnal.shared.persistence.UniqueViolation.Conflict;
import org.zhurnal.shared.persistence.UniqueViolation;

/** Person cards in PostgreSQL; the unique SNILS hash turns a concurrent duplicate into a conflict. */
@ApplicationScoped
public class JpaPersons implements Persons {

    private static final int CHUNK = 2000;
    private static final HexFormat HEX = HexFormat.of();

    @Inject
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

    /**
     * One statement of fixed text whatever the number of hashes ({@code = ANY} of one array parameter): PostgreSQL
     * and Hibernate prepare it once, where an {@code IN} list of n parameters is a new statement for every n.
     */
    @Override
    @SuppressWarnings("unchecked")
    public List<Person> findBySnilsHashes(Collection<byte[]> lookupHashes) {
        List<byte[]> hashes = List.copyOf(lookupHashes);
        List<Person> found = new ArrayList<>();
        for (int from = 0; from < hashes.size(); from += CHUNK) {
            found.addAll(em.createNativeQuery("SELECT p.* FROM person p WHERE p.snils_hash = ANY(CAST(?1 AS bytea[]))",
                            Person.class)
                    .setParameter(1, byteaArray(hashes.subList(from, Math.min(hashes.size(), from + CHUNK))))
                    .getResultList());
        }
        return found;
    }

    /** A PostgreSQL array literal of bytea values in hex: {"\\x0a1b…",…}. */
    private static String byteaArray(List<byte[]> values) {
        StringBuilder text = new StringBuilder(values.size() * 70).append('{');
        for (byte[] value : values) {
            if (text.length() > 1) {
                text.append(',');
            }
            text.append("\"\\\\x").append(HEX.formatHex(value)).append('"');
        }
        return text.append('}').toString();
    }

    @Override
    public Person add(Person person) {
        addAll(List.of(person));
        return person;
    }

    /** Each insert runs at once (identity ids); the one flush at the end names a duplicate SNILS. */
    @Override
    public void addAll(List<Person> people) {
        UniqueViolation.flush(em, () -> people.forEach(em::persist), Map.of("person_snils_hash_uk",
                new Conflict(Snils.FIELD, "Карточку с этим СНИЛС только что создал другой пользователь. Повторите действие.")));
    }
}
