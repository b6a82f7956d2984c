package org.zhurnal.regiongen;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The journal entries of a held lesson: attendance (spells of illness over several days, single absences)
 * and marks (a student's ability plus noise, double marks in Russian), each with its history row as the
 * application writes them; the marks also go to the school's {@link FinalMarkBook}.
 */
final class LessonJournal {

    /** A held lesson, as its journal entries repeat it. */
    record Lesson(long id, LocalDate day, int dayIndex, int period, long subjectId, String subject, long classId,
                  long teacher, OffsetDateTime written) {
    }

    private final RegionContext region;
    private final GeneratorSettings settings;
    private final RegionTables tables;
    private final IdSequences ids;
    private final SplittableRandom random;
    private final Map<Long, Double> ability;
    private final Map<Long, Integer> illUntil = new HashMap<>();
    private final FinalMarkBook finals;

    LessonJournal(RegionContext region, GeneratorSettings settings, RegionTables tables, IdSequences ids,
                  SplittableRandom random, Map<Long, Double> ability, FinalMarkBook finals) {
        this.region = region;
        this.settings = settings;
        this.tables = tables;
        this.ids = ids;
        this.random = random;
        this.ability = ability;
        this.finals = finals;
    }

    /**
     * Attendance for everyone present or not; marks only where allowed: every present student for a control
     * work ({@code controlKind}), otherwise each with probability {@code chance}.
     */
    void record(Lesson lesson, List<Long> audience, boolean marksAllowed, String controlKind, double chance) {
        for (long student : audience) {
            String code = absence(student, lesson.dayIndex());
            if (code != null) {
                tables.attendance.row(SchoolYearCalendar.SCHOOL_YEAR, lesson.id(), student, code, lesson.day(),
                        lesson.subjectId(), lesson.classId(), lesson.written());
                if (settings.history()) {
                    tables.attendanceChange.row(SchoolYearCalendar.SCHOOL_YEAR, ids.next("attendance_change"),
                            lesson.id(), student, null, code, lesson.written(), SchoolGenerator.ISSUER,
                            "teacher-" + lesson.teacher(), lesson.teacher());
                }
                continue;
            }
            if (marksAllowed && (controlKind != null || random.nextDouble() < chance)) {
                mark(lesson, student, controlKind != null ? controlKind : LessonContent.everydayKind(random));
            }
        }
    }

    /** Attendance code of a student at a lesson, or null when present. */
    private String absence(long student, int dayIndex) {
        Integer until = illUntil.get(student);
        if (until != null && dayIndex <= until) {
            return "ILL";
        }
        // a new illness starts on about one school day in a hundred and lasts 3–8 school days
        if (random.nextInt(700) == 0) {
            illUntil.put(student, dayIndex + 2 + random.nextInt(6));
            return "ILL";
        }
        int roll = random.nextInt(1000);
        return roll < 10 ? "ABSENT" : roll < 16 ? "EXCUSED" : null;
    }

    private void mark(Lesson lesson, long student, String kindCode) {
        RegionContext.WorkKind kind = region.workKind(kindCode);
        int value = clamp((int) Math.round(ability.get(student) + random.nextGaussian() * 0.75));
        Integer value2 = lesson.subject().equals("Русский язык") && random.nextInt(20) == 0
                ? clamp(value + (random.nextBoolean() ? 1 : -1)) : null;
        long markId = ids.next("mark");
        tables.mark.row(SchoolYearCalendar.SCHOOL_YEAR, markId, lesson.id(), student, 1, value, value2, kind.id(),
                kind.weight(), lesson.day(), lesson.subjectId(), lesson.classId(), lesson.written());
        finals.mark(lesson.classId(), lesson.subjectId(), student, lesson.period(), value, value2,
                new BigDecimal(kind.weight()));
        if (settings.history()) {
            tables.markChange.row(SchoolYearCalendar.SCHOOL_YEAR, ids.next("mark_change"), lesson.id(), student, 1,
                    "SET", value, value2, kind.id(), lesson.written(), SchoolGenerator.ISSUER,
                    "teacher-" + lesson.teacher(), lesson.teacher());
        }
    }

    private static int clamp(int value) {
        return Math.max(2, Math.min(5, value));
    }
}
