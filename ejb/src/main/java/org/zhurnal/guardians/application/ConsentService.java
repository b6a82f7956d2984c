package org.zhurnal.guardians.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.zhurnal.audit.application.AuditLog;
import org.zhurnal.audit.domain.AuditAction;
import org.zhurnal.guardians.domain.Guardianships;
import org.zhurnal.guardians.domain.PdConsent;
import org.zhurnal.shared.error.InvalidInputException;
import org.zhurnal.shared.error.NotFoundException;
import org.zhurnal.shared.security.Actor;

/**
 * Consents to processing personal data about a pupil or a representative: listed, recorded (given by the
 * person or by a current legal representative) and withdrawn by whoever may keep the person's data.
 */
@Stateless
public class ConsentService {

    @Inject
    PersonalDataAccess access;

    @Inject
    Guardianships guardianships;

    @Inject
    GuardianRecords records;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    public List<ConsentItem> consents(Actor actor, Long personId) {
        access.requirePerson(actor, personId, access.today());
        audit.record(actor, AuditAction.CONSENTS_READ, personId);
        return records.consentsAbout(personId);
    }

    public ConsentItem record(Actor actor, Long personId, NewConsent input) {
        LocalDate today = access.today();
        access.requirePerson(actor, personId, today);
        Long givenBy = input.givenByPersonId() == null ? personId : input.givenByPersonId();
        boolean representative = guardianships.ofChild(personId).stream()
                .anyMatch(g -> g.guardianPersonId().equals(givenBy) && g.isCurrentOn(today));
        if (!givenBy.equals(personId) && !representative) {
            throw new InvalidInputException("givenByPersonId",
                    "Согласие даёт сам человек или его законный представитель");
        }
        PdConsent consent = guardianships.add(PdConsent.given(personId, givenBy, input.purpose(), input.givenOn(),
                input.documentRef(), today, actor, clock.instant()));
        audit.record(actor, AuditAction.CONSENT_RECORDED, consent.id());
        return ConsentItem.of(consent, records.name(givenBy));
    }

    /** Withdraws the consent from the day ({@code null}: today). */
    public ConsentItem withdraw(Actor actor, Long personId, Long consentId, LocalDate on) {
        LocalDate today = access.today();
        access.requirePerson(actor, personId, today);
        PdConsent consent = guardianships.findConsent(consentId).filter(c -> c.personId().equals(personId))
                .orElseThrow(() -> new NotFoundException("Согласие не найдено"));
        consent.withdraw(on != null ? on : today, today, actor, clock.instant());
        guardianships.store();
        audit.record(actor, AuditAction.CONSENT_WITHDRAWN, consent.id());
        return ConsentItem.of(consent, records.name(consent.givenByPersonId()));
    }
}
