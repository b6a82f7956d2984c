package org.zhurnal.classes.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.zhurnal.audit.application.AuditLog;
import org.zhurnal.audit.domain.AuditAction;
import org.zhurnal.calendar.domain.AcademicYear;
import org.zhurnal.calendar.domain.AcademicYears;
import org.zhurnal.calendar.domain.DateRange;
import org.zhurnal.classes.domain.ClassGroup;
import org.zhurnal.classes.domain.ClassName;
import org.zhurnal.classes.domain.SchoolClass;
import org.zhurnal.classes.domain.SchoolClasses;
import org.zhurnal.school.application.AdministeredSchools;
import org.zhurnal.school.domain.School;
import org.zhurnal.shared.error.ConflictException;
import org.zhurnal.shared.error.InvalidInputException;
import org.zhurnal.shared.error.NotFoundException;
import org.zhurnal.shared.security.Actor;

/**
 * A school's classes and their groups, and class lists at a date. Who may work on them is
 * {@link AdministeredSchools}' answer, asked about the school first and the class's school for a class.
 */
@Stateless
public class SchoolClassService {

    static final String CLASS_NOT_FOUND = "Класс не найден";

    @Inject
    AdministeredSchools schools;

    @Inject
    AcademicYears years;

    @Inject
    SchoolClasses classes;

    @Inject
    ClassLists lists;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** The classes of the year (by default the year that includes today, else the newest one). */
    public List<ClassItem> classes(Actor actor, Long schoolId, Long yearId) {
        School school = schools.require(actor, schoolId);
        LocalDate today = school.region().today(clock);
        Optional<AcademicYear> year = yearId == null ? currentYear(schoolId, today)
                : Optional.of(years.find(schoolId, yearId).orElseThrow(() -> new NotFoundException("Учебный год не найден")));
        return year.map(y -> lists.classes(schoolId, y.id(), within(y.dates(), today))).orElse(List.of());
    }

    public ClassItem create(Actor actor, Long schoolId, NewClass input) {
        School school = schools.require(actor, schoolId);
        if (input.yearId() == null) {
            throw new InvalidInputException("yearId", "Выберите учебный год");
        }
        AcademicYear year = years.find(schoolId, input.yearId())
                .orElseThrow(() -> new InvalidInputException("yearId", "Учебный год не найден"));
        ClassName name = ClassName.of(input.grade(), input.letter());
        if (classes.exists(year.id(), name)) {
            throw new ConflictException("letter", "Класс " + name + " уже есть в этом учебном году");
        }
        SchoolClass schoolClass = SchoolClass.open(year, name);
        if (input.classTeacherPersonId() != null) {
            schoolClass.assignClassTeacher(school, input.classTeacherPersonId());
        }
        classes.add(schoolClass);
        audit.record(actor, AuditAction.CLASS_CREATED, schoolClass.id());
        return lists.find(schoolClass.id(), within(year.dates(), school.region().today(clock))).orElseThrow();
    }

    /**
     * The class with its list and its groups' lists as of the date (today in the region by default): for the school's
     * administrators and the class's own class teacher.
     */
    public ClassRoster roster(Actor actor, Long classId, LocalDate date) {
        SchoolClass schoolClass = classes.find(classId).orElseThrow(() -> new NotFoundException(CLASS_NOT_FOUND));
        boolean ownClass = actor != null && actor.boundPerson().isPresent()
                && actor.boundPerson().equals(schoolClass.classTeacherPersonId());
        School school = schools.require(actor, schoolClass.schoolId(), ownClass);
        LocalDate day = date == null ? school.region().today(clock) : date;
        return new ClassRoster(lists.find(classId, day).orElseThrow(), day, lists.students(classId, day),
                lists.groups(classId, day));
    }

    public GroupItem addGroup(Actor actor, Long classId, String name) {
        SchoolClass schoolClass = classes.find(classId).orElseThrow(() -> new NotFoundException(CLASS_NOT_FOUND));
        schools.require(actor, schoolClass.schoolId());
        ClassGroup group = schoolClass.addGroup(name);
        classes.store(schoolClass);
        audit.record(actor, AuditAction.CLASS_GROUP_CREATED, group.id());
        return new GroupItem(group.id(), group.name(), List.of());
    }

    private Optional<AcademicYear> currentYear(Long schoolId, LocalDate today) {
        List<AcademicYear> newestFirst = years.ofSchool(schoolId);
        return newestFirst.stream().filter(y -> y.dates().contains(today)).findFirst()
                .or(() -> newestFirst.stream().findFirst());
    }

    /** The day itself when the year includes it, else the year's nearest end. */
    private static LocalDate within(DateRange year, LocalDate day) {
        return day.isBefore(year.startsOn()) ? year.startsOn() : day.isAfter(year.endsOn()) ? year.endsOn() : day;
    }
}
