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
    static final int EVENTS_PER_STATEMENT = 500;

    /** A checked new person card and the id reserved for it. */
    public record NewCard(long id, Person card) {
    }

    /** A student row to add: the person at the school. */
    public record NewStudent(long schoolId, long personId) {
    }

    /** A movement with the moment and actor that recorded it. */
    private record RecordedEvent(EnrolmentEvent event, OffsetDateTime at, String issuer, String subject) {
    }

    private static final UnnestInsert<NewCard> PERSONS = new UnnestInsert<>("person", "",
            new UnnestInsert.Column<>("id", "bigint", NewCard::id),
            new UnnestInsert.Column<>("surname", "text", row -> row.card().name().surname()),
            new UnnestInsert.Column<>("given_name", "text", row -> row.card().name().givenName()),
            new UnnestInsert.Column<>("patronymic", "text",
                    row -> row.card().name().patronymic().isEmpty() ? null : row.card().name().patronymic()),
            new UnnestInsert.Column<>("birth_date", "date", row -> row.card().birthDate().orElse(null)),
            new UnnestInsert.Column<>("sex", "text", row -> row.card().sex().map(Enum::name).orElse(null)),
            new UnnestInsert.Column<>("snils_cipher", "bytea",
                    row -> row.card().snils().map(ProtectedSnils::cipher).orElse(null)),
            new UnnestInsert.Column<>("snils_hash", "bytea",
                    row -> row.card().snils().map(ProtectedSnils::lookupHash).orElse(null)));

    private static final UnnestInsert<NewStudent> STUDENTS = new UnnestInsert<>("student", "",
            new UnnestInsert.Column<>("school_id", "bigint", NewStudent::schoolId),
            new UnnestInsert.Column<>("person_id", "bigint", NewStudent::personId));

    private static final UnnestInsert<RecordedEvent> EVENTS = new UnnestInsert<>("enrolment_event", "",
            new UnnestInsert.Column<>("person_id", "bigint", row -> row.event().personId()),
            new UnnestInsert.Column<>("kind", "text", row -> row.event().kind().name()),
            new UnnestInsert.Column<>("school_class_id", "bigint", row -> row.event().schoolClassId()),
            new UnnestInsert.Column<>("class_group_id", "bigint", row -> row.event().classGroupId().orElse(null)),
            new UnnestInsert.Column<>("effective_on", "date", row -> row.event().effectiveOn()),
            new UnnestInsert.Column<>("order_ref", "text", row -> row.event().orderRef().orElse(null)),
            UnnestInsert.Column.same("recorded_at", "timestamptz", RecordedEvent::at),
            UnnestInsert.Column.same("recorded_by_issuer", "text", RecordedEvent::issuer),
            UnnestInsert.Column.same("recorded_by_subject", "text", RecordedEvent::subject));

    @Inject
    EntityManager em;

    /** Reserves ids for new person cards from the card table's identity sequence. */
    public List<Long> reservePersonIds(int count) {
        if (count == 0) {
            return List.of();
        }
        // One row, not one per id: the ids as text, "101,102,…". The sequence is named once (MATERIALIZED): looked
        // up per id (pg_get_serial_sequence in nextval's argument) it cost PostgreSQL 12 µs an id instead of 1.
        String ids = (String) em.createNativeQuery("WITH q AS MATERIALIZED (SELECT pg_get_serial_sequence('person', 'id')"
                        + "::regclass AS s) SELECT string_agg(nextval(q.s)::text, ',') FROM q, generate_series(1, ?1)")
                .setParameter(1, count).getSingleResult();
        List<Long> reserved = new ArrayList<>(count);
        for (String id : ids.split(",")) {
            reserved.add(Long.parseLong(id));
        }
        return reserved;
    }

    public void insertPersons(List<NewCard> cards) {
        PERSONS.insert(em, cards, false);
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
        STUDENTS.insert(em, students, false);
    }

    /**
     * Appends movements recorded at one moment by one actor (the batch's), at most {@value #EVENTS_PER_STATEMENT} a
     * statement: the diary's change log (V32) names the students of a statement of up to 500 rows and drops every
     * diary's cache for a larger one, so a larger batch still tells the diaries exactly whose lists changed.
     */
    public void insertEvents(List<EnrolmentEvent> events, Instant recordedAt, String issuer, String subject) {
        OffsetDateTime at = OffsetDateTime.ofInstant(recordedAt, ZoneOffset.UTC);
        List<RecordedEvent> rows = events.stream().map(e -> new RecordedEvent(e, at, issuer, subject)).toList();
        for (int from = 0; from < rows.size(); from += EVENTS_PER_STATEMENT) {
            EVENTS.insert(em, rows.subList(from, Math.min(rows.size(), from + EVENTS_PER_STATEMENT)), false);
        }
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
