package org.zhurnal.staffimport.application;

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
import org.zhurnal.staffimport.domain.CheckedStaffRow;
import org.zhurnal.staffimport.domain.StaffSheetCheck;
import org.zhurnal.staffimport.file.StaffFileFormat;
import org.zhurnal.staffimport.file.StaffSheetReader;
import org.zhurnal.staffimport.file.StaffTemplate;

/**
 * Imports a school's staff list (Excel or CSV) as schools keep it. Every row is checked before anything is
 * stored, and all problems are reported at once; then the whole list is stored in this one transaction, so
 * a file is imported entirely or not at all. People are found by SNILS and positions they hold already are
 * kept, so importing the same list again changes nothing. Cards, positions and the import are audited.
 */
@Stateless
public class StaffImportService {

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

    public ImportCounts importFile(Actor actor, Long schoolId, StaffFileFormat format, byte[] content) {
        School school = administeredSchools.require(actor, schoolId);
        LocalDate today = school.region().today(clock);
        StaffSheetCheck check = StaffSheetCheck.of(StaffSheetReader.read(format, content), today);
        Map<Snils, Person> existing = check.rows().isEmpty() ? Map.of() : personCards.findAll(actor, check.snils());
        check.compareWith(existing);
        if (!check.errors().isEmpty()) {
            throw new InvalidRowsException(check.errors());
        }
        Map<Snils, Person> cards = withNewCards(actor, check.rows(), existing, today);
        Map<Long, Set<Position>> positions = new LinkedHashMap<>();
        check.rows().forEach(row -> positions.put(cards.get(row.person().snils()).id(), row.positions()));
        Set<Long> appointed = appointments.appointMissing(actor, school, positions);
        audit.record(actor, AuditAction.STAFF_IMPORTED, school.id());
        int updated = (int) existing.values().stream().map(Person::id).filter(appointed::contains).count();
        return new ImportCounts(cards.size() - existing.size(), updated, existing.size() - updated);
    }

    /** The existing cards plus new ones for the people who have none yet, by SNILS. */
    private Map<Snils, Person> withNewCards(Actor actor, List<CheckedStaffRow> rows, Map<Snils, Person> existing,
                                            LocalDate today) {
        List<PersonDetails> newcomers = rows.stream().map(CheckedStaffRow::person)
                .filter(person -> !existing.containsKey(person.snils())).toList();
        List<Person> created = personCards.registerAll(actor, newcomers, today);
        Map<Snils, Person> cards = new HashMap<>(existing);
        for (int i = 0; i < newcomers.size(); i++) {
            cards.put(newcomers.get(i).snils(), created.get(i));
        }
        return cards;
    }
}
