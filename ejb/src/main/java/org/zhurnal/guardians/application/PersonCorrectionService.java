package org.zhurnal.guardians.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.zhurnal.audit.application.AuditLog;
import org.zhurnal.audit.domain.AuditAction;
import org.zhurnal.people.domain.Person;
import org.zhurnal.people.domain.PersonNameChange;
import org.zhurnal.people.domain.PersonNameChanges;
import org.zhurnal.people.domain.Persons;
import org.zhurnal.shared.error.AccessDeniedException;
import org.zhurnal.shared.error.InvalidInputException;
import org.zhurnal.shared.security.Actor;
import org.zhurnal.shared.security.PersonName;
import org.zhurnal.shared.security.Role;

/**
 * Corrections of a person card's name and birth date, with a reason, kept as the card's name history so that
 * a statement printed under the old name stays explainable. Who: the region administrator for any card, and
 * whoever may keep the person's data as a student or a representative ({@link PersonalDataAccess}: the
 * school's journal administrator, the class teacher). Corrections and reads are audited by ids.
 */
@Stateless
public class PersonCorrectionService {

    static final String NOTHING_CHANGED = "ФИО и дата рождения совпадают с карточкой: исправлять нечего";

    @Inject
    PersonalDataAccess access;

    @Inject
    Persons persons;

    @Inject
    PersonNameChanges changes;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    public NameHistory correct(Actor actor, Long personId, NameCorrection input) {
        LocalDate today = access.today();
        Person person = require(actor, personId, today);
        if (input == null) {
            throw new InvalidInputException("surname", "Укажите фамилию");
        }
        LocalDate birthDate = birthDate(input.birthDate());
        PersonNameChange change = person.correct(new PersonName(input.surname(), input.givenName(), input.patronymic()),
                        birthDate != null ? birthDate : person.birthDate().orElse(null), input.reason(), PersonNameChange.Author.of(actor, clock.instant()), today)
                .orElseThrow(() -> new InvalidInputException("surname", NOTHING_CHANGED));
        changes.add(change);
        audit.record(actor, AuditAction.PERSON_NAME_CORRECTED, personId);
        return history(person);
    }

    public NameHistory history(Actor actor, Long personId) {
        Person person = require(actor, personId, access.today());
        audit.record(actor, AuditAction.PERSON_NAME_HISTORY_READ, personId);
        return history(person);
    }

    /** The card, when the actor may keep it; 403 also for a card that does not exist (no probing). */
    private Person require(Actor actor, Long personId, LocalDate today) {
        if (actor == null || !actor.has(Role.REGION_ADMIN)) {
            access.requirePerson(actor, personId, today);
        }
        return persons.find(personId).orElseThrow(AccessDeniedException::new);
    }

    private NameHistory history(Person person) {
        return new NameHistory(person.id(), person.name().surname(), person.name().givenName(),
                person.name().patronymic(), person.displayName(), person.birthDate().orElse(null),
                changes.of(person.id()).stream().map(c -> new NameHistory.Entry(c.id(), c.before().full(),
                        c.birthDateBefore().orElse(null), c.after().full(), c.birthDateAfter().orElse(null), c.reason(),
                        c.changedAt())).toList());
    }

    private static LocalDate birthDate(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("birthDate", "Дата рождения — в формате ГГГГ-ММ-ДД");
        }
    }
}
