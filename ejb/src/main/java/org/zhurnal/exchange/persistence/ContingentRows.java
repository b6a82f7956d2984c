package org.zhurnal.exchange.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.zhurnal.classes.domain.EnrolmentEvent;
import org.zhurnal.people.domain.Person;
import org.zhurnal.people.domain.ProtectedSnils;

/**
 * The rows an import batch reads and writes set-based, in the caller's transaction: person cards, students
 * and their movements for a whole batch in a few statements instead of a dozen per record. The rows are
 * the ones the domain (Person.register, EnrolmentHistory) has already checked; nothing here decides.
 */
@ApplicationScoped
public class ContingentRows {

    private static final int CHUNK = 1000;

    /** A checked new person card and the id reserved for it. */
    public record NewCard(long id, Person card) {
    }

    /** A student row to add: the person at the school. */
    public record NewStudent(long schoolId, long personId) {
    }

    @Inject
    EntityManager em;

    /** Reserves ids for new person cards from the card table's identity sequence. */
    public List<Long> reservePersonIds(int count) {
        if (count == 0) {
            return List.of();
        }
        return em.createNativeQuery("SELECT nextval(pg_get_serial_sequence('person', 'id')) FROM generate_series(1, ?1)")
                .setParameter(1, count).getResultList().stream().map(id -> ((Number) id).longValue()).toList();
    }

    public void insertPersons(List<NewCard> cards) {
        SetBasedInsert.insert(em, "person",
                "id, surname, given_name, patronymic, birth_date, sex, snils_cipher, snils_hash", "", cards,
                row -> {
                    Person card = row.card();
                    ProtectedSnils snils = card.snils().orElse(null);
                    String patronymic = card.name().patronymic();
                    return new Object[] {row.id(), card.name().surname(), card.name().givenName(),
                            patronymic.isEmpty() ? null : patronymic, card.birthDate().orElse(null),
                            card.sex().map(Enum::name).orElse(null), snils == null ? null : snils.cipher(),
                            snils == null ? null : snils.lookupHash()};
                }, false);
    }

    /** Which of these people are students of the school, their rows locked until the transaction ends. */
    public Set<Long> lockStudents(Long schoolId, Collection<Long> personIds) {
        Set<Long> found = new HashSet<>();
        for (List<Long> part : chunks(personIds)) {
            em.createNativeQuery("SELECT person_id FROM student WHERE school_id = ?1 AND person_id = ANY(CAST(?2 AS bigint[])) "
                            + "ORDER BY person_id FOR UPDATE")
                    .setParameter(1, schoolId).setParameter(2, arrayLiteral(part)).getResultList()
                    .forEach(id -> found.add(((Number) id).longValue()));
        }
        return found;
    }

    /** These people's movements at the school's classes, by person, in order. */
    public Map<Long, List<EnrolmentEvent>> events(Long schoolId, Collection<Long> personIds) {
        Map<Long, List<EnrolmentEvent>> byPerson = new HashMap<>();
        for (List<Long> part : chunks(personIds)) {
            em.createQuery("SELECT e FROM EnrolmentEvent e WHERE e.personId IN :persons AND e.schoolClassId IN "
                            + "(SELECT c.id FROM SchoolClass c WHERE c.schoolId = :school) ORDER BY e.effectiveOn, e.id",
                            EnrolmentEvent.class)
                    .setParameter("persons", part).setParameter("school", schoolId).getResultList()
                    .forEach(e -> byPerson.computeIfAbsent(e.personId(), id -> new ArrayList<>()).add(e));
        }
        return byPerson;
    }

    public void insertStudents(List<NewStudent> students) {
        SetBasedInsert.insert(em, "student", "school_id, person_id", "", students,
                row -> new Object[] {row.schoolId(), row.personId()}, false);
    }

    /** Appends movements recorded at one moment by one actor (the batch's). */
    public void insertEvents(List<EnrolmentEvent> events, Instant recordedAt, String issuer, String subject) {
        OffsetDateTime at = OffsetDateTime.ofInstant(recordedAt, ZoneOffset.UTC);
        SetBasedInsert.insert(em, "enrolment_event", "person_id, kind, school_class_id, class_group_id, effective_on, "
                        + "order_ref, recorded_at, recorded_by_issuer, recorded_by_subject", "", events,
                e -> new Object[] {e.personId(), e.kind().name(), e.schoolClassId(), e.classGroupId().orElse(null),
                        e.effectiveOn(), e.orderRef().orElse(null), at, issuer, subject}, false);
    }

    private static String arrayLiteral(List<Long> ids) {
        StringBuilder text = new StringBuilder("{");
        ids.forEach(id -> text.append(text.length() > 1 ? "," : "").append(id));
        return text.append('}').toString();
    }

    private static List<List<Long>> chunks(Collection<Long> ids) {
        List<Long> all = List.copyOf(ids);
        List<List<Long>> parts = new ArrayList<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            parts.add(all.subList(from, Math.min(all.size(), from + CHUNK)));
        }
        return parts;
    }
}
