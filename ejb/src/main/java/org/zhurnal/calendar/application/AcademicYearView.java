package org.zhurnal.calendar.application;

import java.time.LocalDate;
import java.util.List;
import org.zhurnal.calendar.domain.AcademicYear;
import org.zhurnal.calendar.domain.PeriodSystem;
import org.zhurnal.calendar.domain.WorkingWeek;

/** An academic year as screens show it; {@code label} is «2026/2027». */
public record AcademicYearView(Long id, Long schoolId, String label, LocalDate startsOn, LocalDate endsOn,
                               PeriodSystem periodSystem, WorkingWeek workingWeek, List<Period> periods,
                               List<DayOff> daysOff) {

    public record Period(int number, LocalDate startsOn, LocalDate endsOn) {
    }

    public record DayOff(LocalDate day, String reason) {
    }

    static AcademicYearView of(AcademicYear year) {
        return new AcademicYearView(year.id(), year.schoolId(),
                year.dates().startsOn().getYear() + "/" + year.dates().endsOn().getYear(),
                year.dates().startsOn(), year.dates().endsOn(), year.periodSystem(), year.workingWeek(),
                year.periods().stream()
                        .map(p -> new Period(p.number(), p.dates().startsOn(), p.dates().endsOn())).toList(),
                year.daysOff().stream().map(d -> new DayOff(d.day(), d.reason())).toList());
    }
}
