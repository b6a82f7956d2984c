package org.zhurnal.staffimport.application;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.zhurnal.audit.application.AuditLog;
import org.zhurnal.audit.domain.AuditAction;
import org.zhurnal.importjobs.application.ImportJob;
import org.zhurnal.importjobs.application.ImportJobs;
import org.zhurnal.importjobs.application.ImportProgress;
import org.zhurnal.people.application.PersonCards;
import org.zhurnal.people.domain.Person;
import org.zhurnal.people.domain.PersonDetails;
import org.zhurnal.people.domain.Snils;
import org.zhurnal.school.application.AdministeredSchools;
import org.zhurnal.school.application.StaffAppointments;
import org.zhurnal.school.domain.Position;
import org.zhurnal.school.domain.School;
import org.zhurnal.shared.error.InvalidRowsException;
import org.zhurnal.shared.security.Actor;
import org.zhurnal.shared.security.SchoolAccess;
import org.zhurnal.staffimport.domain.CheckedStaffRow;
import org.zhurnal.staffimport.domain.StaffSheetCheck;
import org.zhurnal.staffimport.domain.StaffSheetRow;
import org.zhurnal.staffimport.file.StaffFileFormat;
import org.zhurnal.staffimport.file.StaffSheetReader;
import org.zhurnal.staffimport.file.StaffTemplate;

/**
 * Imports a school's staff list (Excel or CSV) as schools keep it. Every row is checked before anything is
 * stored, and all problems are reported at once; then the whole list is stored in this one transaction, so
 * a file is imported entirely or not at all. People are found by SNILS and positions they hold already are
 * kept, so importing the same list again changes nothing. Cards, positions and the import are audited. For
 * whoever administers the school (its journal administrator too); uploads run as a background job.
 */
@Stateless
public class StaffImportService {

    static final String JOURNAL_ADMIN_BY_REGION = "Администратора журнала назначает региональный администратор: "
            + "уберите эту должность из строки";

    @Resource
    SessionContext context;

    @Inject
    ImportJobs jobs;

    @Inject
    SchoolAccess access;

    @Inject
    AdministeredSchools administeredSchools;

    @Inject
    PersonCards personCards;

    @Inject
    StaffAppointments appointments;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** The empty list to fill in, with the columns' headers. */
    public byte[] template(Actor actor, Long schoolId, StaffFileFormat format) {
        administeredSchools.require(actor, schoolId);
        return StaffTemplate.write(format);
    }

    /**
     * Starts importing the file in the background (after the access check) and returns the job to follow;
     * the import itself is {@link #importFile(Actor, Long, StaffFileFormat, byte[], ImportProgress)}.
     */
    public ImportJob start(Actor actor, Long schoolId, StaffFileFormat format, byte[] content) {
        administeredSchools.require(actor, schoolId);
        StaffImportService self = context.getBusinessObject(StaffImportService.class);
        return jobs.start(actor, ImportJob.Kind.STAFF, schoolId,
                progress -> self.importFile(actor, schoolId, format, content, progress));
    }

    /** The actor's import job of this school's staff list (404 for any other). */
    public ImportJob job(Actor actor, Long schoolId, String jobId) {
        access.requireAdministration(actor, schoolId);
        return jobs.find(actor, ImportJob.Kind.STAFF, schoolId, jobId);
    }

    public ImportCounts importFile(Actor actor, Long schoolId, StaffFileFormat format, byte[] content) {
        return importFile(actor, schoolId, format, content, ImportProgress.NONE);
    }

    /**
     * Imports the file in this one transaction, reporting progress. People already known in the region (by
     * SNILS, also from other schools) are linked to the school, not registered twice; only whether a card
     * matched is told, nothing of the person's other schools.
     */
    public ImportCounts importFile(Actor actor, Long schoolId, StaffFileFormat format, byte[] content,
                                   ImportProgress progress) {
        School school = administeredSchools.require(actor, schoolId);
        LocalDate today = school.region().today(clock);
        List<StaffSheetRow> sheet = StaffSheetReader.read(format, content);
        progress.validating(sheet.size());
        StaffSheetCheck check = StaffSheetCheck.of(sheet, today);
        if (!StaffAppointments.mayAppointJournalAdmin(actor)) {
            check.refusePosition(Position.JOURNAL_ADMIN, JOURNAL_ADMIN_BY_REGION);
        }
        Map<Snils, Person> existing = check.rows().isEmpty() ? Map.of()
                : personCards.findAllChecked(actor, check.snils());
        check.compareWith(existing);
        if (!check.errors().isEmpty()) {
            throw new InvalidRowsException(check.errors());
        }
        progress.advance(sheet.size());
        progress.applying(check.rows().size());
        Map<Snils, Person> cards = withNewCards(actor, check.rows(), existing, today);
        progress.advance(cards.size() - existing.size());
        Map<Long, Set<Position>> positions = new LinkedHashMap<>();
        check.rows().forEach(row -> positions.put(cards.get(row.person().snils()).id(), row.positions()));
        Set<Long> appointed = appointments.appointMissing(actor, school, positions);
        audit.record(actor, AuditAction.STAFF_IMPORTED, school.id());
        progress.advance(existing.size());
        int updated = (int) existing.values().stream().map(Person::id).filter(appointed::contains).count();
        return new ImportCounts(cards.size() - existing.size(), updated, existing.size() - updated);
    }

    /** The existing cards plus new ones for the people who have none yet, by SNILS. */
    private Map<Snils, Person> withNewCards(Actor actor, List<CheckedStaffRow> rows, Map<Snils, Person> existing,
                                            LocalDate today) {
        List<PersonDetails> newcomers = rows.stream().map(CheckedStaffRow::person)
                .filter(person -> !existing.containsKey(person.snils())).toList();
        List<Person> created = personCards.registerAllChecked(actor, newcomers, details -> null, today);
        Map<Snils, Person> cards = new HashMap<>(existing);
        for (int i = 0; i < newcomers.size(); i++) {
            cards.put(newcomers.get(i).snils(), created.get(i));
        }
        return cards;
    }
}
