package org.zhurnal.people.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.zhurnal.audit.application.AuditLog;
import org.zhurnal.audit.domain.AuditAction;
import org.zhurnal.people.domain.Person;
import org.zhurnal.people.domain.PersonDetails;
import org.zhurnal.people.domain.Persons;
import org.zhurnal.people.domain.Sex;
import org.zhurnal.people.domain.Snils;
import org.zhurnal.people.domain.SnilsProtector;
import org.zhurnal.shared.error.ConflictException;
import org.zhurnal.shared.error.InvalidInputException;
import org.zhurnal.shared.security.Access;
import org.zhurnal.shared.security.Actor;
import org.zhurnal.shared.security.PersonName;
import org.zhurnal.shared.security.Role;

/**
 * Person cards: one per SNILS. Used inside other services' transactions (an appointment finds or creates
 * the card it appoints); every card created or found by SNILS is audited, without the data itself.
 */
@Stateless
public class PersonCards {

    private static final HexFormat HEX = HexFormat.of();

    @Inject
    Persons persons;

    @Inject
    SnilsProtector snilsProtector;

    @Inject
    AuditLog audit;

    /** Whether a card may be made without a SNILS (children often have none to hand; staff always have one). */
    public enum SnilsRequirement { REQUIRED, OPTIONAL }

    /**
     * The card with this SNILS if there is one (it must describe the same person), else a new card.
     * Only the region administrator may register people for now.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public Person findOrRegister(Actor actor, PersonCardInput input, LocalDate today) {
        return findOrRegister(actor, input, null, SnilsRequirement.REQUIRED, today);
    }

    /**
     * As {@link #findOrRegister(Actor, PersonCardInput, LocalDate)}, with the person's sex for a new card;
     * when the SNILS may be left out and is, a new card without SNILS is made (a checked SNILS, when given,
     * still finds the existing card).
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public Person findOrRegister(Actor actor, PersonCardInput input, Sex sex, SnilsRequirement requirement,
                                 LocalDate today) {
        Access.requireRole(actor, Role.REGION_ADMIN);
        return findOrRegisterChecked(actor, input, sex, requirement, today);
    }

    /**
     * As {@link #findOrRegister(Actor, PersonCardInput, Sex, SnilsRequirement, LocalDate)} for a service that
     * has itself checked that the actor may register this person (a parent added by the child's school).
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public Person findOrRegisterChecked(Actor actor, PersonCardInput input, Sex sex, SnilsRequirement requirement,
                                        LocalDate today) {
        PersonName name = new PersonName(input.surname(), input.givenName(), input.patronymic());
        LocalDate birthDate = birthDate(input.birthDate());
        boolean noSnils = input.snils() == null || input.snils().isBlank();
        if (noSnils && requirement == SnilsRequirement.OPTIONAL) {
            return register(actor, Person.register(name, birthDate, sex, null, today));
        }
        Snils snils = Snils.parse(input.snils());
        Person existing = persons.findBySnilsHash(snilsProtector.lookupHash(snils)).orElse(null);
        if (existing != null) {
            if (!existing.isDescribedBy(name, birthDate)) {
                throw new ConflictException(Snils.FIELD,
                        "Этот СНИЛС уже указан в карточке другого человека. Проверьте СНИЛС, ФИО и дату рождения.");
            }
            audit.record(actor, AuditAction.PERSON_CARD_MATCHED, existing.id());
            return existing;
        }
        return register(actor, Person.register(name, birthDate, sex, snilsProtector.protect(snils), today));
    }

    private Person register(Actor actor, Person card) {
        Person created = persons.add(card);
        audit.record(actor, AuditAction.PERSON_CARD_CREATED, created.id());
        return created;
    }

    /**
     * The existing cards of these SNILS (for an import: one query instead of one per person), each audited
     * as found. Whether a card describes the same person is the caller's question to ask.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public Map<Snils, Person> findAll(Actor actor, Collection<Snils> snils) {
        Access.requireRole(actor, Role.REGION_ADMIN);
        return findAllChecked(actor, snils);
    }

    /** As {@link #findAll} for a service that has itself checked that the actor may keep these people's data. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public Map<Snils, Person> findAllChecked(Actor actor, Collection<Snils> snils) {
        Map<String, Snils> byHash = new HashMap<>();
        snils.forEach(number -> byHash.put(HEX.formatHex(snilsProtector.lookupHash(number)), number));
        Map<Snils, Person> found = new HashMap<>();
        List<byte[]> hashes = byHash.keySet().stream().map(HEX::parseHex).toList();
        for (Person person : persons.findBySnilsHashes(hashes)) {
            found.put(byHash.get(HEX.formatHex(person.snils().orElseThrow().lookupHash())), person);
        }
        audit.recordAll(actor, AuditAction.PERSON_CARD_MATCHED, found.values().stream().map(Person::id).toList());
        return found;
    }

    /** New cards for people who have none yet (their SNILS found no card), all audited as created. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public List<Person> registerAll(Actor actor, List<PersonDetails> people, LocalDate today) {
        Access.requireRole(actor, Role.REGION_ADMIN);
        return registerAllChecked(actor, people, details -> null, today);
    }

    /**
     * As {@link #registerAll} with each new card's sex (or {@code null}), for a service that has itself checked
     * that the actor may register these people (a school importing its students and their parents).
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public List<Person> registerAllChecked(Actor actor, List<PersonDetails> people, Function<PersonDetails, Sex> sexOf,
                                           LocalDate today) {
        List<Person> created = people.stream().map(details -> Person.register(details.name(), details.birthDate(),
                sexOf.apply(details), snilsProtector.protect(details.snils()), today)).toList();
        persons.addAll(created);
        audit.recordAll(actor, AuditAction.PERSON_CARD_CREATED, created.stream().map(Person::id).toList());
        return created;
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
