package org.zhurnal.calendar.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Objects;
import org.zhurnal.calendar.domain.AcademicYear;
import org.zhurnal.calendar.domain.AcademicYears;
import org.zhurnal.calendar.domain.BellSchedule;
import org.zhurnal.calendar.domain.BellSchedules;
import org.zhurnal.calendar.domain.BellSlot;
import org.zhurnal.calendar.domain.DateRange;
import org.zhurnal.calendar.domain.NonWorkingDay;
import org.zhurnal.school.application.AdministeredSchools;
import org.zhurnal.shared.error.ConflictException;
import org.zhurnal.shared.error.InvalidInputException;
import org.zhurnal.shared.error.NotFoundException;
import org.zhurnal.shared.security.Actor;
import org.zhurnal.shared.security.SchoolAccess;

/**
 * A school's calendar: academic years with reporting periods and days off, and bell schedules.
 * Who may set it up is {@link SchoolAccess}'s answer.
 */
@Stateless
public class SchoolCalendarService {

    @Inject
    AdministeredSchools administeredSchools;

    @Inject
    AcademicYears years;

    @Inject
    BellSchedules bellSchedules;

    public AcademicYearView openYear(Actor actor, Long schoolId, NewAcademicYear input) {
        requireSchool(actor, schoolId);
        require(input.periodSystem(), "periodSystem", "Выберите систему периодов: четверти, триместры или полугодия");
        require(input.workingWeek(), "workingWeek", "Выберите рабочую неделю: пятидневную или шестидневную");
        DateRange dates = DateRange.of(input.startsOn(), input.endsOn(), "startsOn", "учебный год");
        if (years.ofSchool(schoolId).stream().anyMatch(existing -> existing.overlaps(dates))) {
            throw new ConflictException("startsOn", "Учебный год пересекается с уже созданным учебным годом школы");
        }
        List<DateRange> periods = Objects.requireNonNullElse(input.periods(), List.<NewAcademicYear.Dates>of())
                .stream().map(p -> DateRange.of(p.startsOn(), p.endsOn(), "periods", "отчётный период")).toList();
        List<NonWorkingDay> daysOff = Objects.requireNonNullElse(input.daysOff(), List.<NewAcademicYear.DayOff>of())
                .stream().map(d -> new NonWorkingDay(d.day(), d.reason())).toList();
        AcademicYear year = AcademicYear.open(schoolId, dates, input.periodSystem(), input.workingWeek(), periods, daysOff);
        return AcademicYearView.of(years.add(year));
    }

    public List<AcademicYearView> years(Actor actor, Long schoolId) {
        requireSchool(actor, schoolId);
        return years.ofSchool(schoolId).stream().map(AcademicYearView::of).toList();
    }

    public AcademicYearView year(Actor actor, Long schoolId, Long yearId) {
        requireSchool(actor, schoolId);
        return years.find(schoolId, yearId).map(AcademicYearView::of)
                .orElseThrow(() -> new NotFoundException("Учебный год не найден"));
    }

    public BellScheduleView defineBells(Actor actor, Long schoolId, String name, List<BellSlot> slots) {
        requireSchool(actor, schoolId);
        BellSchedule schedule = new BellSchedule(schoolId, name, Objects.requireNonNullElse(slots, List.of()));
        if (bellSchedules.existsNamed(schoolId, schedule.name())) {
            throw new ConflictException("name", "Расписание звонков с таким названием уже есть");
        }
        return BellScheduleView.of(bellSchedules.add(schedule));
    }

    public List<BellScheduleView> bellSchedules(Actor actor, Long schoolId) {
        requireSchool(actor, schoolId);
        return bellSchedules.ofSchool(schoolId).stream().map(BellScheduleView::of).toList();
    }

    private void requireSchool(Actor actor, Long schoolId) {
        administeredSchools.require(actor, schoolId);
    }

    private static void require(Object value, String field, String message) {
        if (value == null) {
            throw new InvalidInputException(field, message);
        }
    }
}
