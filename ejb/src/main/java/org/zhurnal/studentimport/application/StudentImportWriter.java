package org.zhurnal.studentimport.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.zhurnal.audit.application.AuditLog;
import org.zhurnal.audit.domain.AuditAction;
import org.zhurnal.classes.domain.EnrolmentHistory;
import org.zhurnal.classes.domain.Recording;
import org.zhurnal.classes.domain.SchoolClass;
import org.zhurnal.classes.domain.SchoolClasses;
import org.zhurnal.classes.domain.Student;
import org.zhurnal.classes.domain.Students;
import org.zhurnal.guardians.domain.Guardianship;
import org.zhurnal.guardians.domain.Guardianships;
import org.zhurnal.importjobs.application.ImportProgress;
import org.zhurnal.people.domain.Contacts;
import org.zhurnal.people.domain.Person;
import org.zhurnal.people.domain.PersonContact;
import org.zhurnal.people.domain.PersonContacts;
import org.zhurnal.people.domain.Snils;
import org.zhurnal.shared.persistence.PersistenceContextRelease;
import org.zhurnal.shared.security.Actor;
import org.zhurnal.studentimport.application.StudentImportPlan.Link;
import org.zhurnal.studentimport.domain.CheckedStudentRow;

/**
 * Stores the valid rows of a checked students list in the caller's transaction: each student arrives in
 * their class (unless already in it), each representative is linked to the child (unless already) and gets
 * the contacts the list gives. Movements, links and changed contacts are audited by ids. Thousands of rows: the
 * persistence context is released every {@value #RELEASE_EVERY} rows, and new students need no look-ups.
 */
@ApplicationScoped
public class StudentImportWriter {

    static final String ORDER_REF = "Загрузка списка обучающихся";
    /** Rows stored between two releases of the persistence context (see {@link PersistenceContextRelease}). */
    static final int RELEASE_EVERY = 100;

    @Inject
    PersistenceContextRelease release;

    @Inject
    SchoolClasses classes;

    @Inject
    Students students;

    @Inject
    Guardianships guardianships;

    @Inject
    PersonContacts contacts;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    void write(Actor actor, StudentImportPlan plan, Map<Snils, Person> cards, ImportProgress progress) {
        Long schoolId = plan.school().id();
        Recording recording = Recording.by(actor, clock.instant(), ORDER_REF);
        Map<String, SchoolClass> loaded = new HashMap<>();
        List<Long> enrolled = new ArrayList<>();
        List<Long> linked = new ArrayList<>();
        List<Long> contactsChanged = new ArrayList<>();
        LocalDate linkFrom = plan.arrival().isBefore(plan.today()) ? plan.arrival() : plan.today();
        int sinceRelease = 0;
        release.flushAndClear();
        for (CheckedStudentRow row : plan.check().validRows()) {
            Long child = cards.get(row.student().snils()).id();
            if (!plan.inTheirClass().contains(child)) {
                SchoolClass target = loaded.computeIfAbsent(row.className(),
                        name -> classes.find(plan.classes().get(name).id()).orElseThrow());
                EnrolmentHistory history = plan.cards().containsKey(row.student().snils())
                        ? existingStudent(schoolId, child) : newStudent(schoolId, child);
                students.append(history.arrive(target, plan.year(), plan.arrival(), recording));
                enrolled.add(child);
            }
            for (CheckedStudentRow.Representative representative : row.representatives()) {
                Long parent = cards.get(representative.person().snils()).id();
                if (!plan.links().contains(new Link(child, parent))) {
                    linked.add(guardianships.add(Guardianship.establish(child, parent, representative.kind(),
                            linkFrom)).id());
                }
                if (writeContacts(parent, representative.contacts())) {
                    contactsChanged.add(parent);
                }
            }
            progress.advance(1);
            if (++sinceRelease == RELEASE_EVERY) {
                release.flushAndClear();
                loaded.clear();
                sinceRelease = 0;
            }
        }
        audit.recordAll(actor, AuditAction.STUDENT_ENROLLED, enrolled);
        audit.recordAll(actor, AuditAction.GUARDIANSHIP_ADDED, linked);
        audit.recordAll(actor, AuditAction.PERSON_CONTACTS_CHANGED, contactsChanged.stream().distinct().toList());
    }

    /** A student with a card from before: their row at the school (locked) and the movements they have there. */
    private EnrolmentHistory existingStudent(Long schoolId, Long child) {
        students.lock(schoolId, child).orElseGet(() -> students.add(new Student(child, schoolId)));
        return EnrolmentHistory.of(child, students.events(schoolId, child));
    }

    /** A student whose card this import made: nothing to look up. */
    private EnrolmentHistory newStudent(Long schoolId, Long child) {
        students.add(new Student(child, schoolId));
        return EnrolmentHistory.of(child, List.of());
    }

    /** Writes the contacts the list gives (a blank keeps what is on the card); whether anything changed. */
    private boolean writeContacts(Long personId, Contacts given) {
        if (given.phone() == null && given.email() == null) {
            return false;
        }
        Contacts current = contacts.find(personId).map(PersonContact::contacts).orElse(Contacts.NONE);
        Contacts wanted = new Contacts(given.phone() != null ? given.phone() : current.phone(),
                given.email() != null ? given.email() : current.email());
        if (Objects.equals(wanted.phone(), current.phone()) && Objects.equals(wanted.email(), current.email())) {
            return false;
        }
        contacts.write(personId, wanted, clock.instant());
        return true;
    }
}
