package org.zhurnal.yearend.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.zhurnal.calendar.domain.AcademicYear;
import org.zhurnal.calendar.domain.DateRange;
import org.zhurnal.yearend.application.RolloverPlanner.Planned;
import org.zhurnal.yearend.application.RolloverPreview.NextYear;
import org.zhurnal.yearend.application.RolloverPreview.Period;
import org.zhurnal.yearend.application.RolloverPreview.Person;
import org.zhurnal.yearend.application.RolloverPreview.StudentWay;
import org.zhurnal.yearend.domain.NextYearCalendar;
import org.zhurnal.yearend.domain.PromotionPlan;
import org.zhurnal.yearend.domain.PromotionPlan.Move;
import org.zhurnal.yearend.domain.PromotionPlan.Outcome;
import org.zhurnal.yearend.domain.StructureCarryOver;

/** The preview of a drawn rollover as the screen shows it (class teachers by name). */
@ApplicationScoped
public class RolloverPreviews {

    @Inject
    YearEndReads reads;

    RolloverPreview of(AcademicYear year, Planned planned, StructureCarryOver carry, boolean closed, Long rolledOverInto, int curriculumLines,
                       int bellSchedules) {
        PromotionPlan plan = planned.plan();
        Set<Long> teachers = new HashSet<>();
        plan.classes().stream().map(PromotionPlan.NextClass::classTeacherPersonId).filter(Objects::nonNull)
                .forEach(teachers::add);
        Map<Long, String> names = reads.names(teachers);
        List<RolloverPreview.NextClass> classes = plan.classes().stream().map(c -> new RolloverPreview.NextClass(
                c.fromClassId(), c.fromClassId() == null ? null : planned.oldClasses().get(c.fromClassId()).name().toString(),
                c.name().toString(), c.name().grade(), c.name().letter(),
                c.classTeacherPersonId() == null ? null : new Person(c.classTeacherPersonId(), names.get(c.classTeacherPersonId())),
                plan.movesTo(c.name()).size(), c.groupNames())).toList();
        return new RolloverPreview(year.id(), YearCloseService.label(year), closed, rolledOverInto,
                nextYear(year, planned.calendar()), classes, plan.moves(Outcome.PROMOTED).size(),
                ways(plan, Outcome.GRADUATES), ways(plan, Outcome.RETAINED), ways(plan, Outcome.LEAVES),
                curriculumLines, bellSchedules, new RolloverPreview.CarryOver(carry.streams().size(),
                        carry.assignments().size(), carry.entries().size(), carry.skipped()), planned.warnings());
    }

    private static NextYear nextYear(AcademicYear year, NextYearCalendar calendar) {
        DateRange dates = calendar.dates();
        List<Period> periods = new java.util.ArrayList<>();
        for (int i = 0; i < calendar.periods().size(); i++) {
            DateRange period = calendar.periods().get(i);
            periods.add(new Period(i + 1, period.startsOn(), period.endsOn()));
        }
        return new NextYear(YearCloseStatus.label(dates.startsOn(), dates.endsOn()), dates.startsOn(), dates.endsOn(),
                year.periodSystem(), year.workingWeek(), periods, calendar.daysOff().size());
    }

    private static List<StudentWay> ways(PromotionPlan plan, Outcome outcome) {
        return plan.moves(outcome).stream().map(RolloverPreviews::way).toList();
    }

    private static StudentWay way(Move move) {
        return new StudentWay(move.student().personId(), move.student().displayName(), move.from().toString(),
                move.to() == null ? null : move.to().toString());
    }
}
