package org.zhurnal.yearend.api;

import java.util.List;
import org.zhurnal.calendar.api.WireDates;
import org.zhurnal.yearend.application.RolloverPreview;
import org.zhurnal.yearend.application.RolloverPreview.NextClass;
import org.zhurnal.yearend.application.RolloverPreview.StudentWay;

/** The rollover preview on the wire (dates as {@code yyyy-MM-dd}). */
public record RolloverPreviewResponse(Long fromYearId, String fromLabel, boolean fromYearClosed,
                                      Long rolledOverIntoYearId, NextYear nextYear, List<NextClass> classes,
                                      int promoted, List<StudentWay> graduates, List<StudentWay> retained,
                                      List<StudentWay> leaving, int curriculumLines, int bellSchedules,
                                      RolloverPreview.CarryOver carryOver, List<String> warnings) {

    public record NextYear(String label, String startsOn, String endsOn, String periodSystem, String workingWeek,
                           List<Period> periods, int daysOff) {
    }

    public record Period(int number, String startsOn, String endsOn) {
    }

    static RolloverPreviewResponse of(RolloverPreview p) {
        var y = p.nextYear();
        NextYear next = new NextYear(y.label(), WireDates.text(y.startsOn()), WireDates.text(y.endsOn()),
                y.periodSystem().name(), y.workingWeek().name(), y.periods().stream().map(period -> new Period(
                        period.number(), WireDates.text(period.startsOn()), WireDates.text(period.endsOn()))).toList(),
                y.daysOff());
        return new RolloverPreviewResponse(p.fromYearId(), p.fromLabel(), p.fromYearClosed(), p.rolledOverIntoYearId(),
                next, p.classes(), p.promoted(), p.graduates(), p.retained(), p.leaving(), p.curriculumLines(),
                p.bellSchedules(), p.carryOver(), p.warnings());
    }
}
