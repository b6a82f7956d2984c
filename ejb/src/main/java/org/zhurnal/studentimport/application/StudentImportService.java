package org.zhurnal.studentimport.application;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.zhurnal.audit.application.AuditLog;
import org.zhurnal.audit.domain.AuditAction;
import org.zhurnal.calendar.domain.AcademicYear;
import org.zhurnal.calendar.domain.AcademicYears;
import org.zhurnal.classes.application.ClassItem;
import org.zhurnal.classes.application.ClassLists;
import org.zhurnal.classes.domain.EnrolmentHistory;
import org.zhurnal.classes.domain.Students;
import org.zhurnal.guardians.domain.Guardianships;
import org.zhurnal.importjobs.application.ImportJob;
import org.zhurnal.importjobs.application.ImportJobs;
import org.zhurnal.importjobs.application.ImportProgress;
import org.zhurnal.people.application.PersonCards;
import org.zhurnal.people.domain.Person;
import org.zhurnal.people.domain.PersonDetails;
import org.zhurnal.people.domain.Sex;
import org.zhurnal.people.domain.Snils;
import org.zhurnal.school.application.AdministeredSchools;
import org.zhurnal.school.domain.School;
import org.zhurnal.shared.error.InvalidInputException;
import org.zhurnal.shared.error.InvalidRowsException;
import org.zhurnal.shared.persistence.PersistenceContextRelease;
import org.zhurnal.shared.security.Actor;
import org.zhurnal.shared.security.SchoolAccess;
import org.zhurnal.staffimport.file.StaffFileFormat;
import org.zhurnal.studentimport.application.StudentImportPlan.Link;
import org.zhurnal.studentimport.domain.CheckedStudentRow;
import org.zhurnal.studentimport.domain.StudentSheetCheck;
import org.zhurnal.studentimport.file.StudentSheetReader;
import org.zhurnal.studentimport.file.StudentTemplate;

/**
 * Imports a school's list of students with their legal representatives (Excel or CSV), for whoever administers
 * the school. Every row is checked before anything is stored; a preview reports the problems and stores
 * nothing; the import stores, in this one transaction, the whole file — or, when asked, only its valid rows —
 * and nothing when it is refused. People are found by SNILS, students already in their class and links that
 * exist are kept, so the same file again changes nothing. Everything is audited by ids.
 */
@Stateless
public class StudentImportService {

    @Resource
    SessionContext context;

    @Inject
    ImportJobs jobs;

    @Inject
    SchoolAccess access;

    @Inject
    PersistenceContextRelease release;

    @Inject
    AdministeredSchools administeredSchools;

    @Inject
    AcademicYears years;

    @Inject
    ClassLists classLists;

    @Inject
    Students students;

    @Inject
    Guardianships guardianships;

    @Inject
    PersonCards personCards;

    @Inject
    StudentImportWriter writer;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** The empty list to fill in, with the columns' headers. */
    public byte[] template(Actor actor, Long schoolId, StaffFileFormat format) {
        administeredSchools.require(actor, schoolId);
        return StudentTemplate.write(format);
    }

    /** Checks the file against the school's year (by default the current one) and stores nothing. */
    public StudentImportPreview preview(Actor actor, Long schoolId, Long yearId, StaffFileFormat format, byte[] content) {
        StudentImportPlan plan = plan(actor, schoolId, yearId, format, content, ImportProgress.NONE);
        StudentSheetCheck check = plan.check();
        int rows = check.validRows().size() + check.refusedRows();
        InvalidRowsException listed = new InvalidRowsException(check.errors());
        return new StudentImportPreview(plan.yearLabel(), rows, check.validRows().size(), check.errors().size(),
                listed.errors(), plan.counts());
    }

    /**
     * Imports the file: refused whole (nothing stored) when any row has a problem, unless {@code validRowsOnly},
     * when the valid rows are stored and the others left out; refused when no row is valid.
     */
    public StudentImportCounts importFile(Actor actor, Long schoolId, Long yearId, StaffFileFormat format,
                                          byte[] content, boolean validRowsOnly) {
        return importFile(actor, schoolId, yearId, format, content, validRowsOnly, ImportProgress.NONE);
    }

    /**
     * Starts importing the file in the background (after the access check) and returns the job to follow; the
     * import itself is {@link #importFile(Actor, Long, Long, StaffFileFormat, byte[], boolean, ImportProgress)}.
     */
    public ImportJob start(Actor actor, Long schoolId, Long yearId, StaffFileFormat format, byte[] content,
                           boolean validRowsOnly) {
        administeredSchools.require(actor, schoolId);
        StudentImportService self = context.getBusinessObject(StudentImportService.class);
        return jobs.start(actor, ImportJob.Kind.STUDENTS, schoolId,
                progress -> self.importFile(actor, schoolId, yearId, format, content, validRowsOnly, progress));
    }

    /** The actor's import job of this school's students list (404 for any other). */
    public ImportJob job(Actor actor, Long schoolId, String jobId) {
        access.requireAdministration(actor, schoolId);
        return jobs.find(actor, ImportJob.Kind.STUDENTS, schoolId, jobId);
    }

    /** As {@link #importFile(Actor, Long, Long, StaffFileFormat, byte[], boolean)}, reporting progress. */
    public StudentImportCounts importFile(Actor actor, Long schoolId, Long yearId, StaffFileFormat format,
                                          byte[] content, boolean validRowsOnly, ImportProgress progress) {
        StudentImportPlan plan = plan(actor, schoolId, yearId, format, content, progress);
        StudentSheetCheck check = plan.check();
        if (!check.errors().isEmpty() && (!validRowsOnly || check.validRows().isEmpty())) {
            throw new InvalidRowsException(check.errors());
        }
        StudentImportCounts counts = plan.counts();
        progress.applying(check.validRows().size());
        Map<Snils, Person> cards = withNewCards(actor, plan);
        writer.write(actor, plan, cards, progress);
        audit.record(actor, AuditAction.STUDENTS_IMPORTED, plan.school().id());
        return counts;
    }

    private StudentImportPlan plan(Actor actor, Long schoolId, Long yearId, StaffFileFormat format, byte[] content,
                                   ImportProgress progress) {
        School school = administeredSchools.require(actor, schoolId);
        LocalDate today = school.region().today(clock);
        AcademicYear year = year(schoolId, yearId, today);
        LocalDate arrival = within(year, today);
        var sheet = StudentSheetReader.read(format, content);
        progress.validating(sheet.size());
        StudentSheetCheck check = StudentSheetCheck.of(sheet, today);
        progress.advance(check.refusedRows());
        Map<Snils, Person> cards = check.snils().isEmpty() ? Map.of() : personCards.findAllChecked(actor, check.snils());
        check.compareWith(cards);
        Map<String, ClassItem> classes = classLists.classes(schoolId, year.id(), arrival).stream()
                .collect(Collectors.toMap(ClassItem::name, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        String label = year.dates().startsOn().getYear() + "/" + year.dates().endsOn().getYear();
        check.requireClasses(classes.keySet(), label);
        Set<Long> inTheirClass = new HashSet<>();
        Map<Snils, String> otherClass = new HashMap<>();
        Set<Link> links = new HashSet<>();
        int sinceRelease = 0;
        for (CheckedStudentRow row : check.validRows()) {
            progress.advance(1);
            if (++sinceRelease == StudentImportWriter.RELEASE_EVERY) {
                release.flushAndClear();
                sinceRelease = 0;
            }
            Person card = cards.get(row.student().snils());
            if (card == null) {
                continue;
            }
            Long current = EnrolmentHistory.of(card.id(), students.events(schoolId, card.id())).classOn(arrival).orElse(null);
            if (current != null && current.equals(classes.get(row.className()).id())) {
                inTheirClass.add(card.id());
            } else if (current != null) {
                otherClass.put(row.student().snils(), classLists.find(current, arrival).map(ClassItem::name).orElse("—"));
            }
            guardianships.ofChild(card.id()).stream().filter(g -> g.validTo().isEmpty() || g.isCurrentOn(today))
                    .forEach(g -> links.add(new Link(card.id(), g.guardianPersonId())));
        }
        check.refuseOtherClasses(otherClass);
        return new StudentImportPlan(school, year, label, today, arrival, check, cards, classes, inTheirClass, links);
    }

    private AcademicYear year(Long schoolId, Long yearId, LocalDate today) {
        if (yearId != null) {
            return years.find(schoolId, yearId).orElseThrow(() -> new InvalidInputException("yearId", "Учебный год не найден"));
        }
        List<AcademicYear> newestFirst = years.ofSchool(schoolId);
        return newestFirst.stream().filter(y -> y.dates().contains(today)).findFirst()
                .or(() -> newestFirst.stream().findFirst())
                .orElseThrow(() -> new InvalidInputException("yearId",
                        "У школы нет учебного года: сначала откройте его на шаге «Учебный год и звонки»"));
    }

    /** Students arrive today, or on the first (last) day of a year that has not begun (has ended). */
    private static LocalDate within(AcademicYear year, LocalDate day) {
        return day.isBefore(year.dates().startsOn()) ? year.dates().startsOn()
                : day.isAfter(year.dates().endsOn()) ? year.dates().endsOn() : day;
    }

    /** The existing cards plus new ones (students with their sex, representatives with their kind's) by SNILS. */
    private Map<Snils, Person> withNewCards(Actor actor, StudentImportPlan plan) {
        Map<Snils, PersonDetails> newcomers = new LinkedHashMap<>();
        Map<PersonDetails, Sex> sexes = new HashMap<>();
        for (CheckedStudentRow row : plan.check().validRows()) {
            if (!plan.cards().containsKey(row.student().snils())) {
                newcomers.putIfAbsent(row.student().snils(), row.student());
                sexes.put(row.student(), row.sex());
            }
            for (CheckedStudentRow.Representative representative : row.representatives()) {
                if (!plan.cards().containsKey(representative.person().snils())
                        && newcomers.putIfAbsent(representative.person().snils(), representative.person()) == null) {
                    sexes.put(representative.person(), representative.kind().impliedSex().orElse(null));
                }
            }
        }
        List<PersonDetails> details = new ArrayList<>(newcomers.values());
        List<Person> created = personCards.registerAllChecked(actor, details, sexes::get, plan.today());
        Map<Snils, Person> cards = new HashMap<>(plan.cards());
        for (int i = 0; i < details.size(); i++) {
            cards.put(details.get(i).snils(), created.get(i));
        }
        return cards;
    }
}
