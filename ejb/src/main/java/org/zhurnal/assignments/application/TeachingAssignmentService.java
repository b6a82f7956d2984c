package org.zhurnal.assignments.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.zhurnal.assignments.domain.Assignments;
import org.zhurnal.assignments.domain.Audience;
import org.zhurnal.assignments.domain.TeachingAssignment;
import org.zhurnal.audit.application.AuditLog;
import org.zhurnal.audit.domain.AuditAction;
import org.zhurnal.calendar.domain.AcademicYear;
import org.zhurnal.calendar.domain.AcademicYears;
import org.zhurnal.calendar.domain.DateRange;
import org.zhurnal.classes.domain.SchoolClasses;
import org.zhurnal.classes.domain.Streams;
import org.zhurnal.curriculum.domain.Subjects;
import org.zhurnal.school.application.AdministeredSchools;
import org.zhurnal.school.domain.School;
import org.zhurnal.shared.error.ConflictException;
import org.zhurnal.shared.error.InvalidInputException;
import org.zhurnal.shared.error.NotFoundException;
import org.zhurnal.shared.security.Actor;

/**
 * Teaching assignments (step «Нагрузка» of the set-up): listed, made and ended by whoever administers the
 * school. A teacher must work at the school, the subject must be the region's or the school's, and the
 * class, group or stream must be of the school's chosen year.
 */
@Stateless
public class TeachingAssignmentService {

    static final String NOT_FOUND = "Нагрузка не найдена";

    @Inject
    AdministeredSchools schools;

    @Inject
    AcademicYears years;

    @Inject
    Subjects subjects;

    @Inject
    SchoolClasses classes;

    @Inject
    Streams streams;

    @Inject
    Assignments assignments;

    @Inject
    AssignmentQueries queries;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    public List<AssignmentItem> list(Actor actor, Long schoolId, AssignmentFilter filter) {
        schools.require(actor, schoolId);
        return queries.list(schoolId, filter);
    }

    public AssignmentItem assign(Actor actor, Long schoolId, NewAssignment input) {
        School school = schools.require(actor, schoolId);
        if (input.yearId() == null) {
            throw new InvalidInputException("academicYearId", "Выберите учебный год");
        }
        AcademicYear year = years.find(schoolId, input.yearId())
                .orElseThrow(() -> new InvalidInputException("academicYearId", "Учебный год не найден"));
        if (input.subjectId() == null || subjects.findAll(school.region().id(), List.of(input.subjectId())).stream()
                .noneMatch(subject -> subject.isUsableAt(schoolId))) {
            throw new InvalidInputException("subjectId", "Выберите предмет из перечня региона или школы");
        }
        LocalDate from = input.validFrom() != null ? input.validFrom() : within(year.dates(), school.region().today(clock));
        if (input.teacherPersonId() == null || !assignments.isStaffOn(input.teacherPersonId(), schoolId, from)) {
            throw new InvalidInputException("teacherPersonId", "Выберите учителя, который работает в этой школе");
        }
        TeachingAssignment assignment = TeachingAssignment.assign(schoolId, year.id(), year.dates(), input.subjectId(),
                input.teacherPersonId(), audience(schoolId, year.id(), input), from);
        if (assignments.overlaps(assignment, from)) {
            throw new ConflictException("teacherPersonId", "Этот учитель уже ведёт этот предмет у этого класса, группы или потока");
        }
        assignments.add(assignment);
        audit.record(actor, AuditAction.TEACHING_ASSIGNED, assignment.id());
        return queries.find(assignment.id()).orElseThrow();
    }

    /** Ends the assignment from the day ({@code null}: today in the region). */
    public AssignmentItem end(Actor actor, Long assignmentId, LocalDate on) {
        TeachingAssignment assignment = assignments.find(assignmentId).orElseThrow(() -> new NotFoundException(NOT_FOUND));
        School school = schools.require(actor, assignment.schoolId());
        assignment.end(on != null ? on : school.region().today(clock));
        assignments.store();
        audit.record(actor, AuditAction.TEACHING_ASSIGNMENT_ENDED, assignment.id());
        return queries.find(assignment.id()).orElseThrow();
    }

    private Audience audience(Long schoolId, Long yearId, NewAssignment input) {
        Long groupClassId = input.groupId() == null ? null : assignments.classOfGroup(input.groupId())
                .orElseThrow(() -> new InvalidInputException("groupId", "Группа не найдена"));
        Audience audience = Audience.chosen(input.classId(), input.groupId(), groupClassId, input.streamId());
        if (audience.isStream()) {
            streams.find(audience.streamId())
                    .filter(s -> s.schoolId().equals(schoolId) && s.academicYearId().equals(yearId))
                    .orElseThrow(() -> new InvalidInputException("streamId", "Поток не найден в этом учебном году"));
        } else {
            String field = input.groupId() != null ? "groupId" : "classId";
            classes.find(audience.classId())
                    .filter(c -> c.schoolId().equals(schoolId) && c.academicYearId().equals(yearId))
                    .orElseThrow(() -> new InvalidInputException(field, "Класс не найден в этом учебном году"));
        }
        return audience;
    }

    private static LocalDate within(DateRange year, LocalDate day) {
        return day.isBefore(year.startsOn()) ? year.startsOn() : day.isAfter(year.endsOn()) ? year.endsOn() : day;
    }
}
