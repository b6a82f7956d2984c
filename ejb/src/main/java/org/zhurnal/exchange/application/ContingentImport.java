package org.zhurnal.exchange.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.zhurnal.calendar.domain.AcademicYears;
import org.zhurnal.classes.application.NewClass;
import org.zhurnal.classes.application.NewMovement;
import org.zhurnal.classes.application.SchoolClassService;
import org.zhurnal.classes.application.StudentService;
import org.zhurnal.classes.domain.SchoolClasses;
import org.zhurnal.classes.domain.Students;
import org.zhurnal.exchange.application.ContingentChange.ClassOpens;
import org.zhurnal.exchange.application.ContingentChange.EnrolStudent;
import org.zhurnal.exchange.application.ContingentChange.StudentLeaves;
import org.zhurnal.exchange.application.ContingentChange.StudentTransfers;
import org.zhurnal.exchange.persistence.ContingentLookup;
import org.zhurnal.exchange.persistence.ProcessedRecords;
import org.zhurnal.people.application.PersonCards;
import org.zhurnal.people.domain.Person;
import org.zhurnal.people.domain.Snils;
import org.zhurnal.school.application.AdministeredSchools;
import org.zhurnal.school.application.CurrentRegion;
import org.zhurnal.shared.error.InvalidInputException;
import org.zhurnal.shared.security.Actor;

/**
 * Applies contingent changes reported by another system, a batch in one transaction, each record exactly
 * once: the batch's record ids are claimed (one statement) in the transaction that applies them. Arrivals go
 * set-based through {@link ArrivalBatch} (the rules of {@code StudentService.enrol}); leaving, transfers and
 * new classes through the services the screens use (their rules, locks and audit), in record order. A refusal
 * of any record is a business exception with the Russian reason and rolls the whole batch back, claims
 * included: the caller narrows the batch down to the refused record (see the registry import).
 */
@Stateless
public class ContingentImport {

    /** What became of a record. */
    public enum Outcome { APPLIED, DUPLICATE }

    /** One record of a batch: the other system's record id (the idempotency key) and the change. */
    public record Item(String recordId, ContingentChange change) {
        public Item {
            Objects.requireNonNull(recordId, "recordId");
            Objects.requireNonNull(change, "change");
        }
    }

    @Inject
    ProcessedRecords processed;

    @Inject
    ContingentLookup lookup;

    @Inject
    CurrentRegion region;

    @Inject
    AdministeredSchools schools;

    @Inject
    SchoolClasses schoolClasses;

    @Inject
    AcademicYears years;

    @Inject
    StudentService students;

    @Inject
    SchoolClassService classes;

    @Inject
    Students studentRecords;

    @Inject
    PersonCards personCards;

    @Inject
    ArrivalBatch arrivals;

    @Inject
    Clock clock;

    /** Applies the records in order, in one transaction; the outcomes in the same order. */
    public List<Outcome> applyAll(String system, long exchangeId, List<Item> items) {
        // claimed in one order whatever the batch's: batches applied at the same time never wait on each other crosswise
        Set<String> distinct = new TreeSet<>();
        items.forEach(item -> distinct.add(item.recordId()));
        Set<String> claimed = processed.claimRecords(system, List.copyOf(distinct), exchangeId, clock.instant());
        Actor actor = ExchangeSystems.actorOf(system);
        BatchLookups lookups = new BatchLookups(lookup, region, schools, schoolClasses, years, actor);
        List<Outcome> outcomes = new ArrayList<>(items.size());
        Set<String> taken = new HashSet<>();
        List<EnrolStudent> pendingArrivals = new ArrayList<>();
        for (Item item : items) {
            if (!claimed.contains(item.recordId()) || !taken.add(item.recordId())) {
                outcomes.add(Outcome.DUPLICATE);
                continue;
            }
            outcomes.add(Outcome.APPLIED);
            if (item.change() instanceof EnrolStudent arrival) {
                pendingArrivals.add(arrival);
            } else {
                arrivals.apply(actor, pendingArrivals, lookups);
                pendingArrivals.clear();
                applyThroughServices(actor, item.change(), lookups);
            }
        }
        arrivals.apply(actor, pendingArrivals, lookups);
        return outcomes;
    }

    private void applyThroughServices(Actor actor, ContingentChange change, BatchLookups lookups) {
        Long schoolId = lookups.schoolId(change.schoolInn());
        if (change instanceof StudentLeaves leaves) {
            Long personId = studentOf(actor, schoolId, leaves.schoolInn(), leaves.snils());
            students.move(actor, personId,
                    new NewMovement(NewMovement.Kind.LEAVE, leaves.date(), null, null, null, leaves.orderRef()));
        } else if (change instanceof StudentTransfers transfer) {
            Long personId = studentOf(actor, schoolId, transfer.schoolInn(), transfer.snils());
            Long classId = lookups.classId(schoolId, transfer.date(), transfer.grade(), transfer.letter());
            students.move(actor, personId, new NewMovement(NewMovement.Kind.TRANSFER, transfer.date(), classId,
                    null, null, transfer.orderRef()));
        } else if (change instanceof ClassOpens opens) {
            classes.create(actor, schoolId,
                    new NewClass(lookups.yearId(schoolId, opens.date()), opens.grade(), opens.letter(), null));
        } else {
            throw new IllegalArgumentException("unexpected change " + change);
        }
    }

    private Long studentOf(Actor actor, Long schoolId, String inn, String snilsText) {
        Snils snils = Snils.parse(snilsText);
        Person card = personCards.findAll(actor, List.of(snils)).get(snils);
        if (card == null || !studentRecords.latestSchoolOf(card.id()).map(schoolId::equals).orElse(false)) {
            throw new InvalidInputException("snils", "Обучающийся с этим СНИЛС не числится в школе с ИНН " + inn);
        }
        return card.id();
    }
}
