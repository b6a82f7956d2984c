package org.zhurnal.calendar.api;

import java.util.List;
import org.zhurnal.calendar.application.AcademicYearView;

/** An academic year on the wire (dates as {@code yyyy-MM-dd}). */
public record AcademicYearResponse(Long id, String label, String startsOn, String endsOn, String periodSystem,
                                   String workingWeek, List<Period> periods, List<DayOff> daysOff) {

    public record Period(int number, String startsOn, String endsOn) {
    }

    public record DayOff(String day, String reason) {
    }

    static AcademicYearResponse of(AcademicYearView year) {
        return new AcademicYearResponse(year.id(), year.label(), WireDates.text(year.startsOn()),
                WireDates.text(year.endsOn()), year.periodSystem().name(), year.workingWeek().name(),
                year.periods().stream().map(p -> new Period(p.number(), WireDates.text(p.startsOn()),
                        WireDates.text(p.endsOn()))).toList(),
                year.daysOff().stream().map(d -> new DayOff(WireDates.text(d.day()), d.reason())).toList());
    }
}
