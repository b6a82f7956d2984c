package org.zhurnal.regiongen;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.zhurnal.journal.domain.FinalMarks;
import org.zhurnal.journal.domain.FinalMarks.Weighted;
import org.zhurnal.regiongen.SchoolYearCalendar.Period;

/**
 * A school's final marks (V20) as the subject teachers confirm them when a period closes: for every student
 * taught a graded subject in a closed period, a first version, CONFIRMED, with the journal's own proposal
 * ({@link FinalMarks}: the weighted average rounded, «н/а» below the minimum number of marks) as its value;
 * once every period is closed, the year's mark from the period marks (н/а unless each period has one).
 */
final class FinalMarkBook {

    private static final int YEAR = 0;

    private record CourseKey(long classId, long subjectId) {
    }

    /** A class's subject: the students taught it (with their teacher) and their marks by period. */
    private static final class Course {
        final boolean[] graded = new boolean[SchoolYearCalendar.PERIODS.size() + 1];
        final Map<Long, Long> teacherOf = new LinkedHashMap<>();
        final Map<Long, List<Weighted>[]> marks = new LinkedHashMap<>();
        final Set<List<Long>> audiences = Collections.newSetFromMap(new IdentityHashMap<>());
    }

    private final Map<CourseKey, Course> courses = new LinkedHashMap<>();

    /** A held lesson in which marks may be given: its audience is taught the subject by the teacher. */
    void held(long classId, long subjectId, long teacher, List<Long> audience, int period) {
        Course course = courses.computeIfAbsent(new CourseKey(classId, subjectId), k -> new Course());
        course.graded[period] = true;
        if (course.audiences.add(audience)) {
            audience.forEach(student -> course.teacherOf.putIfAbsent(student, teacher));
        }
    }

    /** A current mark (each half of a double mark counts as one, as in the journal). */
    @SuppressWarnings("unchecked")
    void mark(long classId, long subjectId, long student, int period, int value, Integer value2, BigDecimal weight) {
        Course course = courses.get(new CourseKey(classId, subjectId));
        if (course == null) {
            throw new IllegalStateException("a mark outside a graded lesson");
        }
        List<Weighted>[] byPeriod = course.marks.computeIfAbsent(student,
                s -> new List[SchoolYearCalendar.PERIODS.size() + 1]);
        if (byPeriod[period] == null) {
            byPeriod[period] = new ArrayList<>();
        }
        byPeriod[period].add(new Weighted(value, weight));
        if (value2 != null) {
            byPeriod[period].add(new Weighted(value2, weight));
        }
    }

    /** Writes the final marks of the periods closed before {@code asOf}, and the year's once all are closed. */
    void write(RegionTables tables, IdSequences ids, long schoolId, long yearId, LocalDate asOf, ZoneId zone) {
        List<Period> periods = SchoolYearCalendar.PERIODS;
        boolean yearClosed = periods.stream().allMatch(p -> p.endsOn().isBefore(asOf));
        courses.forEach((key, course) -> course.teacherOf.forEach((student, teacher) -> {
            List<Weighted>[] marks = course.marks.get(student);
            List<Weighted> periodValues = new ArrayList<>();
            boolean everyPeriodGraded = true;
            for (Period period : periods) {
                int p = period.number();
                everyPeriodGraded &= course.graded[p];
                if (!course.graded[p] || !period.endsOn().isBefore(asOf)) {
                    continue;
                }
                List<Weighted> list = marks == null || marks[p] == null ? List.of() : marks[p];
                Optional<Integer> proposed = FinalMarks.proposed(list, false);
                proposed.ifPresent(v -> periodValues.add(new Weighted(v, BigDecimal.ONE)));
                row(tables, ids, schoolId, yearId, key, student, p, proposed, FinalMarks.average(list),
                        at(period.endsOn(), 16, zone), teacher);
            }
            if (yearClosed && everyPeriodGraded) {
                Optional<BigDecimal> average = FinalMarks.average(periodValues);
                Optional<Integer> proposed = periodValues.size() == periods.size()
                        ? average.map(FinalMarks::round) : Optional.empty();
                row(tables, ids, schoolId, yearId, key, student, YEAR, proposed, average,
                        at(periods.get(periods.size() - 1).endsOn(), 17, zone), teacher);
            }
        }));
    }

    private static void row(RegionTables tables, IdSequences ids, long schoolId, long yearId, CourseKey key,
                            long student, int period, Optional<Integer> value, Optional<BigDecimal> average,
                            OffsetDateTime at, long teacher) {
        tables.finalMark.row(ids.next("final_mark"), schoolId, yearId, key.classId(), key.subjectId(), student, period,
                1, value.orElse(null), value.isEmpty(), null, "CONFIRMED", average.orElse(null), value.orElse(null),
                at, SchoolGenerator.ISSUER, "teacher-" + teacher, teacher);
    }

    private static OffsetDateTime at(LocalDate day, int localHour, ZoneId zone) {
        return day.atTime(localHour, 0).atZone(zone).withZoneSameInstant(ZoneOffset.UTC).toOffsetDateTime();
    }
}
