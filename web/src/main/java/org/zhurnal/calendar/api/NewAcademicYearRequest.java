package org.zhurnal.calendar.api;

import java.util.List;
import java.util.Objects;
import org.zhurnal.calendar.application.NewAcademicYear;
import org.zhurnal.calendar.domain.PeriodSystem;
import org.zhurnal.calendar.domain.WorkingWeek;

/** Opening an academic year: dates as {@code yyyy-MM-dd}, periods in order, days off with reasons. */
public record NewAcademicYearRequest(String startsOn, String endsOn, String periodSystem, String workingWeek,
                                     List<DatesRequest> periods, List<DayOffRequest> daysOff) {

    public record DatesRequest(String startsOn, String endsOn) {
    }

    public record DayOffRequest(String day, String reason) {
    }

    NewAcademicYear toInput() {
        return new NewAcademicYear(WireDates.date(startsOn, "startsOn"), WireDates.date(endsOn, "endsOn"),
                WireDates.choice(PeriodSystem.class, periodSystem, "periodSystem"),
                WireDates.choice(WorkingWeek.class, workingWeek, "workingWeek"),
                Objects.requireNonNullElse(periods, List.<DatesRequest>of()).stream()
                        .map(p -> new NewAcademicYear.Dates(WireDates.date(p.startsOn(), "periods"),
                                WireDates.date(p.endsOn(), "periods"))).toList(),
                Objects.requireNonNullElse(daysOff, List.<DayOffRequest>of()).stream()
                        .map(d -> new NewAcademicYear.DayOff(WireDates.date(d.day(), "daysOff"), d.reason())).toList());
    }
}
