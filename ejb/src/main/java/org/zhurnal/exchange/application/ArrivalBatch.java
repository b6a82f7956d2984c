package org.zhurnal.exchange.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.zhurnal.audit.application.AuditLog;
import org.zhurnal.audit.domain.AuditAction;
import org.zhurnal.classes.domain.EnrolmentEvent;
import org.zhurnal.classes.domain.EnrolmentHistory;
import org.zhurnal.classes.domain.Recording;
import org.zhurnal.classes.domain.SchoolClass;
import org.zhurnal.exchange.application.ContingentChange.EnrolStudent;
import org.zhurnal.exchange.persistence.ContingentRows;
import org.zhurnal.exchange.persistence.ContingentRows.NewCard;
import org.zhurnal.exchange.persistence.ContingentRows.NewStudent;
import org.zhurnal.people.application.PersonCardInput;
import org.zhurnal.people.application.PersonCards;
import org.zhurnal.people.domain.Person;
import org.zhurnal.people.domain.Snils;
import org.zhurnal.people.domain.SnilsProtector;
import org.zhurnal.shared.error.ConflictException;
import org.zhurnal.shared.error.InvalidInputException;
import org.zhurnal.shared.security.Actor;
import org.zhurnal.shared.security.PersonName;

/**
 * Arrivals of a batch, applied set-based with the same rules as {@code StudentService.enrol} one at a time:
 * the cards of all SNILS found in one query (a SNILS names one card, which must describe the same person), new
 * cards checked by {@link Person#register}, each arrival checked by the student's {@link EnrolmentHistory}
 * (in order, also against arrivals earlier in the batch), then cards, students and movements written in a few
 * statements and audited with one event per action naming the batch's persons ({@code AuditLog.recordBatch}).
 * A refusal throws with the Russian reason and, the caller's transaction rolling back, leaves nothing of the
 * batch behind.
 */
@ApplicationScoped
public class ArrivalBatch {

    static final String SNILS_OF_ANOTHER_PERSON =
            "Этот СНИЛС уже указан в карточке другого человека. Проверьте СНИЛС, ФИО и дату рождения.";

    private record StudentKey(Long schoolId, Long personId) {
    }

    /** The card an arrival is about: stored before (id known) or new in this batch (id reserved later). */
    private static final class CardRef {
        final Person card;
        Long id;

        CardRef(Person card, Long id) {
            this.card = card;
            this.id = id;
        }
    }

    @Inject
    PersonCards personCards;

    @Inject
    SnilsProtector snilsProtector;

    @Inject
    ContingentRows rows;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    void apply(Actor actor, List<EnrolStudent> arrivals, BatchLookups lookups) {
        if (arrivals.isEmpty()) {
            return;
        }
        List<Long> schoolIds = new ArrayList<>(arrivals.size());
        List<SchoolClass> targets = new ArrayList<>(arrivals.size());
        for (EnrolStudent arrival : arrivals) {
            Long schoolId = lookups.schoolId(arrival.schoolInn());
            lookups.school(schoolId);
            targets.add(lookups.schoolClass(schoolId, arrival.date(), arrival.grade(), arrival.letter()));
            schoolIds.add(schoolId);
            if (arrival.date() == null) {
                throw new InvalidInputException("arrivedOn", "Укажите дату зачисления");
            }
            if (arrival.person().birthDate() == null || arrival.person().birthDate().isBlank()) {
                throw new InvalidInputException("birthDate", "Укажите дату рождения");
            }
        }
        List<CardRef> cards = cards(actor, arrivals, schoolIds, lookups);
        List<CardRef> created = cards.stream().filter(ref -> ref.id == null).distinct().toList();
        List<Long> ids = rows.reservePersonIds(created.size());
        for (int i = 0; i < created.size(); i++) {
            created.get(i).id = ids.get(i);
        }
        Instant now = clock.instant();
        Set<StudentKey> students = new HashSet<>();
        Map<StudentKey, EnrolmentHistory> histories = histories(schoolIds, cards, created, students);
        List<NewStudent> newStudents = new ArrayList<>();
        List<EnrolmentEvent> events = new ArrayList<>();
        for (int i = 0; i < arrivals.size(); i++) {
            EnrolStudent arrival = arrivals.get(i);
            StudentKey key = new StudentKey(schoolIds.get(i), cards.get(i).id);
            SchoolClass target = targets.get(i);
            events.addAll(histories.get(key).arrive(target, lookups.yearOf(target), arrival.date(),
                    Recording.by(actor, now, arrival.orderRef())));
            if (students.add(key)) {
                newStudents.add(new NewStudent(key.schoolId(), key.personId()));
            }
        }
        rows.insertPersons(created.stream().map(ref -> new NewCard(ref.id, ref.card)).toList());
        rows.insertStudents(newStudents);
        rows.insertEvents(events, now, actor.issuer(), actor.subject());
        audit.recordBatch(actor, AuditAction.PERSON_CARD_CREATED, created.stream().map(ref -> ref.id).toList());
        audit.recordBatch(actor, AuditAction.STUDENT_ENROLLED, cards.stream().map(ref -> ref.id).toList());
    }

    /** Each arrival's card: found by SNILS (one query for the batch), new in the batch, or new. */
    private List<CardRef> cards(Actor actor, List<EnrolStudent> arrivals, List<Long> schoolIds, BatchLookups lookups) {
        Map<Integer, Snils> snilsOf = new HashMap<>();
        for (int i = 0; i < arrivals.size(); i++) {
            String text = arrivals.get(i).person().snils();
            if (text != null && !text.isBlank()) {
                snilsOf.put(i, Snils.parse(text));
            }
        }
        Map<Snils, Person> stored = snilsOf.isEmpty() ? Map.of()
                : personCards.findAll(actor, new LinkedHashSet<>(snilsOf.values()));
        Map<Snils, CardRef> bySnils = new HashMap<>();
        stored.forEach((snils, card) -> bySnils.put(snils, new CardRef(card, card.id())));
        List<CardRef> cards = new ArrayList<>(arrivals.size());
        for (int i = 0; i < arrivals.size(); i++) {
            PersonCardInput input = arrivals.get(i).person();
            PersonName name = new PersonName(input.surname(), input.givenName(), input.patronymic());
            LocalDate birthDate = birthDate(input.birthDate());
            Snils snils = snilsOf.get(i);
            CardRef known = snils == null ? null : bySnils.get(snils);
            if (known != null) {
                if (!known.card.isDescribedBy(name, birthDate)) {
                    throw new ConflictException(Snils.FIELD, SNILS_OF_ANOTHER_PERSON);
                }
                cards.add(known);
                continue;
            }
            LocalDate today = lookups.school(schoolIds.get(i)).region().today(clock);
            CardRef fresh = new CardRef(Person.register(name, birthDate, arrivals.get(i).sex(),
                    snils == null ? null : snilsProtector.protect(snils), today), null);
            if (snils != null) {
                bySnils.put(snils, fresh);
            }
            cards.add(fresh);
        }
        return cards;
    }

    /**
     * The students' histories at their schools: stored movements for cards found (their student rows locked and
     * added to {@code students}), none for cards new in this batch.
     */
    private Map<StudentKey, EnrolmentHistory> histories(List<Long> schoolIds, List<CardRef> cards,
                                                        List<CardRef> created, Set<StudentKey> students) {
        Set<CardRef> fresh = Collections.newSetFromMap(new IdentityHashMap<>());
        fresh.addAll(created);
        Map<Long, Set<Long>> storedBySchool = new LinkedHashMap<>();
        Set<StudentKey> keys = new LinkedHashSet<>();
        for (int i = 0; i < cards.size(); i++) {
            StudentKey key = new StudentKey(schoolIds.get(i), cards.get(i).id);
            keys.add(key);
            if (!fresh.contains(cards.get(i))) {
                storedBySchool.computeIfAbsent(key.schoolId(), id -> new LinkedHashSet<>()).add(key.personId());
            }
        }
        Map<StudentKey, List<EnrolmentEvent>> stored = new HashMap<>();
        storedBySchool.forEach((schoolId, persons) -> {
            rows.lockStudents(schoolId, persons).forEach(person -> students.add(new StudentKey(schoolId, person)));
            rows.events(schoolId, persons).forEach((person, events) -> stored.put(new StudentKey(schoolId, person), events));
        });
        Map<StudentKey, EnrolmentHistory> histories = new HashMap<>();
        keys.forEach(key -> histories.put(key, EnrolmentHistory.of(key.personId(), stored.getOrDefault(key, List.of()))));
        return histories;
    }

    private static LocalDate birthDate(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("birthDate", "Дата рождения — в формате ГГГГ-ММ-ДД");
        }
    }
}
