package org.zhurnal.classes.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.zhurnal.audit.application.AuditLog;
import org.zhurnal.audit.domain.AuditAction;
import org.zhurnal.calendar.domain.AcademicYear;
import org.zhurnal.calendar.domain.AcademicYears;
import org.zhurnal.classes.domain.EnrolmentEvent;
import org.zhurnal.classes.domain.EnrolmentHistory;
import org.zhurnal.classes.domain.Recording;
import org.zhurnal.classes.domain.SchoolClass;
import org.zhurnal.classes.domain.SchoolClasses;
import org.zhurnal.classes.domain.Student;
import org.zhurnal.classes.domain.Students;
import org.zhurnal.people.application.PersonCards;
import org.zhurnal.people.application.PersonCards.SnilsRequirement;
import org.zhurnal.people.domain.Person;
import org.zhurnal.school.application.AdministeredSchools;
import org.zhurnal.school.domain.School;
import org.zhurnal.shared.error.InvalidInputException;
import org.zhurnal.shared.error.NotFoundException;
import org.zhurnal.shared.security.Actor;

/**
 * Students and their movements (движение): enrolment into a class (creating or reusing the person card),
 * leaving, transfer between classes and moves between groups. Every movement appends events to the
 * student's history under a lock on the student and is audited in the same transaction.
 */
@Stateless
public class StudentService {

    static final String STUDENT_NOT_FOUND = "Обучающийся не найден";

    @Inject
    AdministeredSchools schools;

    @Inject
    AcademicYears years;

    @Inject
    SchoolClasses classes;

    @Inject
    Students students;

    @Inject
    PersonCards personCards;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** Enrols the person (a new card unless the SNILS finds one) into a class of the school from {@code arrivedOn}. */
    public PersonItem enrol(Actor actor, Long schoolId, NewStudent input) {
        School school = schools.require(actor, schoolId);
        SchoolClass target = classOfSchool(input.classId(), schoolId, "classId");
        if (input.arrivedOn() == null) {
            throw new InvalidInputException("arrivedOn", "Укажите дату зачисления");
        }
        if (input.person().birthDate() == null || input.person().birthDate().isBlank()) {
            throw new InvalidInputException("birthDate", "Укажите дату рождения");
        }
        // The school's administrators enrol its students (checked above), the region administrator any school's.
        Person card = personCards.findOrRegisterChecked(actor, input.person(), input.sex(), SnilsRequirement.OPTIONAL,
                school.region().today(clock));
        students.lock(schoolId, card.id()).orElseGet(() -> students.add(new Student(card.id(), schoolId)));
        EnrolmentHistory history = EnrolmentHistory.of(card.id(), students.events(schoolId, card.id()));
        students.append(history.arrive(target, yearOf(target), input.arrivedOn(), recording(actor, input.orderRef())));
        audit.record(actor, AuditAction.STUDENT_ENROLLED, card.id());
        return new PersonItem(card.id(), card.displayName(), card.birthDate().orElse(null));
    }

    /** Records a movement of the student at the school of their latest movement. */
    public RecordedMovement move(Actor actor, Long personId, NewMovement input) {
        Long schoolId = students.latestSchoolOf(personId).orElseThrow(() -> new NotFoundException(STUDENT_NOT_FOUND));
        schools.require(actor, schoolId);
        if (input.kind() == null) {
            throw new InvalidInputException("kind", "Выберите движение: выбытие, перевод в другой класс или в другую группу");
        }
        if (input.date() == null) {
            throw new InvalidInputException("date", "Укажите дату движения");
        }
        students.lock(schoolId, personId).orElseThrow(() -> new NotFoundException(STUDENT_NOT_FOUND));
        EnrolmentHistory history = EnrolmentHistory.of(personId, students.events(schoolId, personId));
        Recording recording = recording(actor, input.orderRef());
        List<EnrolmentEvent> recorded = switch (input.kind()) {
            case LEAVE -> history.leave(input.date(), recording);
            case TRANSFER -> {
                SchoolClass from = currentClass(history, input.date());
                SchoolClass to = classOfSchool(input.toClassId(), schoolId, "toClassId");
                yield history.transfer(from, to, yearOf(to), input.date(), recording);
            }
            case GROUP_MOVE -> {
                SchoolClass current = currentClass(history, input.date());
                yield history.moveGroup(current, yearOf(current), input.fromGroupId(), input.toGroupId(),
                        input.date(), recording);
            }
        };
        students.append(recorded);
        audit.record(actor, switch (input.kind()) {
            case LEAVE -> AuditAction.STUDENT_LEFT;
            case TRANSFER -> AuditAction.STUDENT_TRANSFERRED;
            case GROUP_MOVE -> AuditAction.STUDENT_GROUP_MOVED;
        }, personId);
        return RecordedMovement.of(personId, recorded);
    }

    private SchoolClass currentClass(EnrolmentHistory history, LocalDate date) {
        return classes.find(history.requireClassOn(date)).orElseThrow();
    }

    private SchoolClass classOfSchool(Long classId, Long schoolId, String field) {
        if (classId == null) {
            throw new InvalidInputException(field, "Выберите класс");
        }
        return classes.find(classId).filter(c -> c.schoolId().equals(schoolId))
                .orElseThrow(() -> new InvalidInputException(field, SchoolClassService.CLASS_NOT_FOUND));
    }

    private AcademicYear yearOf(SchoolClass schoolClass) {
        return years.find(schoolClass.schoolId(), schoolClass.academicYearId()).orElseThrow();
    }

    private Recording recording(Actor actor, String orderRef) {
        return Recording.by(actor, clock.instant(), orderRef);
    }
}
