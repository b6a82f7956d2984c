package org.zhurnal.journal.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;

/** Lessons, kinds of work and fixed clocks for the journal's rule tests (a five-day week, Krasnoyarsk time). */
public final class JournalFixtures {

    public static final ZoneId ZONE = ZoneId.of("Asia/Krasnoyarsk");
    public static final WorkKind ANSWER = new WorkKind(1L, "ANSWER", "Ответ на уроке", "Ответ", BigDecimal.ONE, 0, false);
    public static final WorkKind TEST = new WorkKind(5L, "TEST", "Контрольная работа", "К/р", new BigDecimal("2.0"), 3, true);
    public static final WorkKind ESSAY = new WorkKind(8L, "ESSAY", "Сочинение", "Соч.", new BigDecimal("2.0"), 5, true);

    private JournalFixtures() {
    }

    /** A scheduled lesson of grade 5, period 2 (open), in a subject other than Russian. */
    public static LessonFacts lesson(String date) {
        return lesson(date, 5, 2);
    }

    public static LessonFacts lesson(String date, int grade, int period) {
        return new LessonFacts(LocalDate.parse(date), false, grade, period, false, false,
                WorkingDays.fiveDays(Set.of()), JournalSettings.DEFAULT, ZONE);
    }

    /** The rules as the service builds them: today from a fixed clock, in the region's time zone. */
    public static JournalRules rules(LessonFacts lesson, String localDateTime) {
        Clock clock = Clock.fixed(ZonedDateTime.of(java.time.LocalDateTime.parse(localDateTime), ZONE).toInstant(), ZONE);
        return new JournalRules(lesson, LocalDate.ofInstant(clock.instant(), lesson.zone()));
    }

    public static LessonFacts with(LessonFacts l, boolean cancelled, boolean closed, boolean russian,
                                   WorkingDays days, JournalSettings settings) {
        return new LessonFacts(l.date(), cancelled, l.grade(), l.periodNumber(), closed, russian, days, settings, l.zone());
    }
}
