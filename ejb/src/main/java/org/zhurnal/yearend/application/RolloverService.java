package org.zhurnal.yearend.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.zhurnal.audit.application.AuditLog;
import org.zhurnal.audit.domain.AuditAction;
import org.zhurnal.calendar.domain.AcademicYear;
import org.zhurnal.calendar.domain.AcademicYears;
import org.zhurnal.calendar.domain.BellSchedules;
import org.zhurnal.classes.domain.EnrolmentHistory;
import org.zhurnal.classes.domain.Recording;
import org.zhurnal.classes.domain.SchoolClass;
import org.zhurnal.classes.domain.SchoolClasses;
import org.zhurnal.classes.domain.Students;
import org.zhurnal.classes.domain.YearEndMoves;
import org.zhurnal.school.application.AdministeredSchools;
import org.zhurnal.school.domain.School;
import org.zhurnal.shared.error.ConflictException;
import org.zhurnal.shared.error.InvalidInputException;
import org.zhurnal.shared.error.NotFoundException;
import org.zhurnal.shared.security.Actor;
import org.zhurnal.yearend.application.RolloverPlanner.Planned;
import org.zhurnal.yearend.application.YearEndReads.Rollover;
import org.zhurnal.yearend.domain.NextYearCalendar;
import org.zhurnal.yearend.domain.PromotionPlan;
import org.zhurnal.yearend.domain.PromotionPlan.Move;
import org.zhurnal.yearend.domain.PromotionPlan.Outcome;
import org.zhurnal.yearend.domain.StructureCarryOver;
import org.zhurnal.yearend.domain.YearEndDecision;

/**
 * The rollover into the next academic year (перевод в следующий класс, by the director's order): a preview of
 * what it will create, then the commit, all or nothing, only of a closed year and only once — committing
 * again returns what the first commit created. It opens the next year (periods by the same system, dates a
 * year later; bell schedules are the school's and stay), its classes, moves the students (memberships end on
 * the closing year's last day and start on the next year's first), copies the groups when asked, the
 * curriculum as a draft, and the teaching structure (streams, teaching assignments, the weekly timetable without
 * lessons; see {@link StructureCarryOver}).
 */
@Stateless
public class RolloverService {

    @Inject
    AdministeredSchools schools;

    @Inject
    AcademicYears years;

    @Inject
    BellSchedules bellSchedules;

    @Inject
    SchoolClasses classes;

    @Inject
    Students students;

    @Inject
    RolloverPlanner planner;

    @Inject
    RolloverPreviews previews;

    @Inject
    RolloverCarryOvers carryOvers;

    @Inject
    YearEndReads reads;

    @Inject
    YearEndWrites writes;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    public RolloverPreview preview(Actor actor, Long schoolId, Long yearId, RolloverInput input) {
        School school = schools.require(actor, schoolId);
        AcademicYear year = year(schoolId, yearId);
        Planned planned = planner.plan(school, year, input);
        return previews.of(year, planned, carryOvers.draw(school, year, planned, input.copyGroups()),
                reads.closedAt(yearId).isPresent(),
                reads.rollover(yearId).map(Rollover::toYearId).orElse(null), reads.curriculumLines(yearId),
                bellSchedules.ofSchool(schoolId).size());
    }

    public RolloverResult commit(Actor actor, Long schoolId, Long yearId, RolloverInput input) {
        School school = schools.require(actor, schoolId);
        AcademicYear year = year(schoolId, yearId);
        writes.lockYear(yearId);
        var done = reads.rollover(yearId);
        if (done.isPresent()) {
            return result(schoolId, done.get(), true);
        }
        if (reads.closedAt(yearId).isEmpty()) {
            throw new ConflictException("year", "Сначала закройте учебный год " + YearCloseService.label(year)
                    + ": перевод в следующий класс делается после закрытия года");
        }
        Planned planned = planner.plan(school, year, input);
        NextYearCalendar calendar = planned.calendar();
        if (years.ofSchool(schoolId).stream().anyMatch(existing -> existing.overlaps(calendar.dates()))) {
            throw new ConflictException("startsOn", "У школы уже есть учебный год, пересекающийся с "
                    + YearCloseStatus.label(calendar.dates().startsOn(), calendar.dates().endsOn())
                    + ": перевод создаёт следующий учебный год сам");
        }
        AcademicYear next = years.add(AcademicYear.open(schoolId, calendar.dates(), year.periodSystem(),
                year.workingWeek(), calendar.periods(), calendar.daysOff()));
        StructureCarryOver carry = carryOvers.draw(school, year, planned, input.copyGroups());
        Map<String, SchoolClass> created = openClasses(school, next, planned.plan(), input.copyGroups());
        Recording recording = Recording.by(actor, clock.instant(), input.orderRef());
        for (Move move : planned.plan().moves()) {
            moveStudent(schoolId, move, planned, created, year, next, input.copyGroups(), recording);
        }
        writes.copyCurriculum(yearId, next.id());
        RolloverCarryOvers.Carried carried = carryOvers.store(carry, schoolId, next, created);
        List<Long> moved = planned.plan().moves().stream().map(m -> m.student().personId()).toList();
        Rollover rollover = new Rollover(next.id(), recording.orderRef(), true, created.size(),
                moved.size(), planned.plan().moves(Outcome.GRADUATES).size(), clock.instant(), carried);
        writes.recordRollover(yearId, rollover, actor);
        audit.record(actor, AuditAction.YEAR_ROLLED_OVER, yearId);
        audit.recordAll(actor, AuditAction.STUDENT_MOVED_TO_NEXT_YEAR, moved);
        return result(schoolId, rollover, false);
    }

    /** Records (or with a null decision removes) a year-end decision about a student on one of the year's lists. */
    public void decide(Actor actor, Long schoolId, Long yearId, Long personId, YearEndDecision decision, String orderRef) {
        schools.require(actor, schoolId);
        year(schoolId, yearId);
        writes.lockYear(yearId);
        if (reads.rollover(yearId).isPresent()) {
            throw new ConflictException("decision", "Перевод в следующий класс уже выполнен: решение изменить нельзя");
        }
        if (!reads.onListAtYearEnd(yearId, personId)) {
            throw new InvalidInputException("personId", "Обучающегося нет в списках классов на конец учебного года");
        }
        writes.decide(yearId, personId, decision, Recording.by(actor, clock.instant(), orderRef).orderRef(), actor,
                clock.instant());
        audit.record(actor, AuditAction.YEAR_END_DECISION_RECORDED, personId);
    }

    /** Confirms the copied curriculum of the year the given year was rolled over into. */
    public void confirmCurriculum(Actor actor, Long schoolId, Long yearId) {
        schools.require(actor, schoolId);
        year(schoolId, yearId);
        if (!writes.confirmCurriculum(yearId)) {
            throw new ConflictException("yearId", "У этого учебного года нет черновика учебного плана");
        }
        audit.record(actor, AuditAction.YEAR_CURRICULUM_CONFIRMED, yearId);
    }

    private Map<String, SchoolClass> openClasses(School school, AcademicYear next, PromotionPlan plan, boolean copyGroups) {
        Map<String, SchoolClass> created = new HashMap<>();
        for (PromotionPlan.NextClass planned : plan.classes()) {
            SchoolClass schoolClass = SchoolClass.open(next, planned.name());
            if (planned.classTeacherPersonId() != null) {
                schoolClass.assignClassTeacher(school, planned.classTeacherPersonId());
            }
            if (copyGroups) {
                planned.groupNames().forEach(schoolClass::addGroup);
            }
            created.put(planned.name().toString(), classes.add(schoolClass));
        }
        return created;
    }

    private void moveStudent(Long schoolId, Move move, Planned planned, Map<String, SchoolClass> created,
                             AcademicYear year, AcademicYear next, boolean copyGroups, Recording recording) {
        Long person = move.student().personId();
        students.lock(schoolId, person).orElseThrow();
        EnrolmentHistory history = EnrolmentHistory.of(person, students.events(schoolId, person));
        SchoolClass from = planned.oldClasses().get(move.student().classId());
        students.append(move.to() == null
                ? YearEndMoves.leave(person, history, from, year.dates().endsOn(), recording)
                : YearEndMoves.promote(person, history, from, year.dates().endsOn(), created.get(move.to().toString()),
                        next.dates().startsOn(), copyGroups, recording));
    }

    private RolloverResult result(Long schoolId, Rollover rollover, boolean alreadyDone) {
        AcademicYear next = years.find(schoolId, rollover.toYearId()).orElse(null);
        return new RolloverResult(rollover.toYearId(), next == null ? null : YearCloseService.label(next),
                rollover.classesCreated(), rollover.studentsMoved(), rollover.graduates(), rollover.curriculumDraft(),
                rollover.carried().streams(), rollover.carried().assignments(), rollover.carried().timetableEntries(),
                alreadyDone);
    }

    private AcademicYear year(Long schoolId, Long yearId) {
        return years.find(schoolId, yearId).orElseThrow(() -> new NotFoundException(
                YearCloseService.NOT_FOUND));
    }
}
