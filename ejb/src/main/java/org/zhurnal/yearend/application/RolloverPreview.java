package org.zhurnal.yearend.application;

import java.time.LocalDate;
import java.util.List;
import org.zhurnal.calendar.domain.PeriodSystem;
import org.zhurnal.calendar.domain.WorkingWeek;

/**
 * What a rollover will create, before it does: the next year's calendar, its classes with their class
 * teachers, groups and numbers of students, who graduates, who stays in the same grade, who leaves, the teaching
 * structure copied and skipped;
 * {@code rolledOverIntoYearId} names the next year when the rollover was already done.
 */
public record RolloverPreview(Long fromYearId, String fromLabel, boolean fromYearClosed, Long rolledOverIntoYearId,
                              NextYear nextYear, List<NextClass> classes, int promoted, List<StudentWay> graduates,
                              List<StudentWay> retained, List<StudentWay> leaving, int curriculumLines,
                              int bellSchedules, CarryOver carryOver, List<String> warnings) {

    /**
     * The teaching structure the rollover copies: streams formed again, teaching assignments, weekly timetable
     * entries (a draft, no lessons), and what is not copied and why.
     */
    public record CarryOver(int streams, int assignments, int timetableEntries, List<String> skipped) {
    }

    public record NextYear(String label, LocalDate startsOn, LocalDate endsOn, PeriodSystem periodSystem,
                           WorkingWeek workingWeek, List<Period> periods, int daysOff) {
    }

    public record Period(int number, LocalDate startsOn, LocalDate endsOn) {
    }

    public record NextClass(Long fromClassId, String fromClassName, String name, int grade, String letter,
                            Person classTeacher, int students, List<String> groups) {
    }

    public record Person(Long personId, String displayName) {
    }

    public record StudentWay(Long personId, String displayName, String fromClassName, String toClassName) {
    }
}
