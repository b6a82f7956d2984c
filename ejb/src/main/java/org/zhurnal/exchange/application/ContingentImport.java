package org.zhurnal.exchange.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import org.zhurnal.classes.application.NewClass;
import org.zhurnal.classes.application.NewMovement;
import org.zhurnal.classes.application.NewStudent;
import org.zhurnal.classes.application.SchoolClassService;
import org.zhurnal.classes.application.StudentService;
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
import org.zhurnal.school.application.CurrentRegion;
import org.zhurnal.shared.error.InvalidInputException;
import org.zhurnal.shared.security.Actor;

/**
 * Applies one contingent change reported by another system, in one transaction, exactly once: the record
 * is claimed in the transaction that applies it, and the change goes through the same services the screens
 * use (their rules, locks and audit). A refusal is a business exception with the Russian reason, and rolls
 * the claim back with the change.
 */
@Stateless
public class ContingentImport {

    /** What became of a record. */
    public enum Outcome { APPLIED, DUPLICATE }

    @Inject
    ProcessedRecords processed;

    @Inject
    ContingentLookup lookup;

    @Inject
    CurrentRegion region;

    @Inject
    StudentService students;

    @Inject
    SchoolClassService classes;

    @Inject
    Students studentRecords;

    @Inject
    PersonCards personCards;

    @Inject
    Clock clock;

    public Outcome apply(String system, long exchangeId, String recordId, ContingentChange change) {
        if (!processed.claimRecord(system, recordId, exchangeId, clock.instant())) {
            return Outcome.DUPLICATE;
        }
        Actor actor = ExchangeSystems.actorOf(system);
        Long schoolId = school(change.schoolInn());
        if (change instanceof EnrolStudent enrol) {
            Long classId = classOf(schoolId, enrol.date(), enrol.grade(), enrol.letter());
            students.enrol(actor, schoolId,
                    new NewStudent(enrol.person(), enrol.sex(), classId, enrol.date(), enrol.orderRef()));
        } else if (change instanceof StudentLeaves leaves) {
            Long personId = studentOf(actor, schoolId, leaves.schoolInn(), leaves.snils());
            students.move(actor, personId,
                    new NewMovement(NewMovement.Kind.LEAVE, leaves.date(), null, null, null, leaves.orderRef()));
        } else if (change instanceof StudentTransfers transfer) {
            Long personId = studentOf(actor, schoolId, transfer.schoolInn(), transfer.snils());
            Long classId = classOf(schoolId, transfer.date(), transfer.grade(), transfer.letter());
            students.move(actor, personId, new NewMovement(NewMovement.Kind.TRANSFER, transfer.date(), classId,
                    null, null, transfer.orderRef()));
        } else if (change instanceof ClassOpens opens) {
            classes.create(actor, schoolId, new NewClass(year(schoolId, opens.date()), opens.grade(), opens.letter(), null));
        }
        return Outcome.APPLIED;
    }

    private Long school(String inn) {
        return region.find().flatMap(r -> lookup.schoolByInn(r.id(), inn))
                .orElseThrow(() -> new InvalidInputException("schoolInn", "Школа с ИНН " + inn + " не найдена в регионе"));
    }

    private Long year(Long schoolId, java.time.LocalDate date) {
        return lookup.yearOn(schoolId, date).orElseThrow(() -> new InvalidInputException("effectiveDate",
                "У школы нет учебного года, который включает дату " + date));
    }

    private Long classOf(Long schoolId, java.time.LocalDate date, int grade, String letter) {
        return lookup.classOf(year(schoolId, date), grade, letter).orElseThrow(() -> new InvalidInputException(
                "class", "Класса " + grade + letter + " нет в школе в учебном году на дату " + date));
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
