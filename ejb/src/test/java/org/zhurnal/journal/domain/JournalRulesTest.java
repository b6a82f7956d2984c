package org.zhurnal.journal.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhurnal.journal.domain.JournalFixtures.ANSWER;
import static org.zhurnal.journal.domain.JournalFixtures.ESSAY;
import static org.zhurnal.journal.domain.JournalFixtures.TEST;
import static org.zhurnal.journal.domain.JournalFixtures.lesson;
import static org.zhurnal.journal.domain.JournalFixtures.rules;
import static org.zhurnal.journal.domain.JournalFixtures.with;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zhurnal.calendar.domain.WorkingWeek;
import org.zhurnal.shared.error.ConflictException;
import org.zhurnal.shared.error.InvalidInputException;

/** Every rule of keeping a lesson's journal; 2026-11-12 is a Thursday. */
class JournalRulesTest {

    private static final MarkValue FIVE = new MarkValue(5, null);
    private static final MarkValue FIVE_FOUR = new MarkValue(5, 4);

    @Test
    void attendanceIsMarkedOnTheLessonDayOnlyInTheRegionsTimeZone() {
        LessonFacts thursday = lesson("2026-11-12");
        assertThatCode(() -> rules(thursday, "2026-11-12T23:59").checkAttendance()).doesNotThrowAnyException();
        assertThatThrownBy(() -> rules(thursday, "2026-11-13T00:01").checkAttendance())
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("только в день урока (12.11.2026)");
    }

    @Test
    void anOrdinaryMarkIsSetOnTheLessonDayOnly() {
        LessonFacts thursday = lesson("2026-11-12");
        assertThatCode(() -> rules(thursday, "2026-11-12T15:00").checkMark(null, ANSWER, FIVE)).doesNotThrowAnyException();
        assertThatThrownBy(() -> rules(thursday, "2026-11-13T08:00").checkMark(null, ANSWER, FIVE))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("истёк 12.11.2026");
    }

    @Test
    void aControlWorkHasThreeWorkingDaysSkippingTheWeekendAndDaysOff() {
        LessonFacts thursday = lesson("2026-11-12");
        assertThat(rules(thursday, "2026-11-12T10:00").markDeadline(TEST)).isEqualTo(LocalDate.parse("2026-11-17"));
        assertThatCode(() -> rules(thursday, "2026-11-17T18:00").checkMark(null, TEST, FIVE)).doesNotThrowAnyException();
        assertThatThrownBy(() -> rules(thursday, "2026-11-18T08:00").checkMark(null, TEST, FIVE))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Контрольная работа");
        LessonFacts withDayOff = with(thursday, false, false, false,
                WorkingDays.fiveDays(Set.of(LocalDate.parse("2026-11-16"))), JournalSettings.DEFAULT);
        assertThat(rules(withDayOff, "2026-11-12T10:00").markDeadline(TEST)).isEqualTo(LocalDate.parse("2026-11-18"));
        LessonFacts sixDays = with(thursday, false, false, false, new WorkingDays(WorkingWeek.SIX_DAYS, Set.of()),
                JournalSettings.DEFAULT);
        assertThat(rules(sixDays, "2026-11-12T10:00").markDeadline(TEST)).isEqualTo(LocalDate.parse("2026-11-16"));
    }

    @Test
    void anEssayHasFiveWorkingDaysFromGradeFiveAndTheLessonDayBelow() {
        assertThat(rules(lesson("2026-11-12", 5, 2), "2026-11-12T10:00").markDeadline(ESSAY))
                .isEqualTo(LocalDate.parse("2026-11-19"));
        assertThatCode(() -> rules(lesson("2026-11-12", 11, 2), "2026-11-19T10:00").checkMark(null, ESSAY, FIVE))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> rules(lesson("2026-11-12", 11, 2), "2026-11-20T10:00").checkMark(null, ESSAY, FIVE))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> rules(lesson("2026-11-12", 4, 2), "2026-11-13T10:00").checkMark(null, ESSAY, FIVE))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void noMarkNorAttendanceForAFutureOrACancelledLesson() {
        LessonFacts tomorrow = lesson("2026-11-13");
        assertThatThrownBy(() -> rules(tomorrow, "2026-11-12T10:00").checkMark(null, ANSWER, FIVE))
                .isInstanceOf(InvalidInputException.class).hasMessage(JournalRules.FUTURE);
        assertThatThrownBy(() -> rules(tomorrow, "2026-11-12T10:00").checkAttendance())
                .isInstanceOf(InvalidInputException.class).hasMessage(JournalRules.FUTURE);
        LessonFacts cancelled = with(lesson("2026-11-12"), true, false, false, WorkingDays.fiveDays(Set.of()),
                JournalSettings.DEFAULT);
        assertThatThrownBy(() -> rules(cancelled, "2026-11-12T10:00").checkMark(null, ANSWER, FIVE))
                .isInstanceOf(InvalidInputException.class).hasMessage(JournalRules.CANCELLED);
    }

    @Test
    void gradeOneHasNoMarksNorHomeworkAndGradeTwoNoMarksInTheFirstPeriodUnlessTheSchoolSwitchesItOff() {
        assertThatThrownBy(() -> rules(lesson("2026-11-12", 1, 2), "2026-11-12T10:00").checkMark(null, ANSWER, FIVE))
                .hasMessage(JournalRules.GRADE1);
        assertThatThrownBy(() -> rules(lesson("2026-11-12", 1, 2), "2026-11-12T10:00").checkDescription(true, "Прочитать"))
                .hasMessage(JournalRules.GRADE1_HOMEWORK);
        assertThatCode(() -> rules(lesson("2026-11-12", 1, 2), "2026-11-12T10:00").checkAttendance())
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> rules(lesson("2026-10-12", 2, 1), "2026-10-12T10:00").checkMark(null, ANSWER, FIVE))
                .hasMessage(JournalRules.GRADE2);
        assertThatCode(() -> rules(lesson("2026-11-12", 2, 2), "2026-11-12T10:00").checkMark(null, ANSWER, FIVE))
                .doesNotThrowAnyException();
        LessonFacts switchedOff = with(lesson("2026-10-12", 2, 1), false, false, false, WorkingDays.fiveDays(Set.of()),
                new JournalSettings(true, false, true));
        assertThatCode(() -> rules(switchedOff, "2026-10-12T10:00").checkMark(null, ANSWER, FIVE)).doesNotThrowAnyException();
    }

    @Test
    void aClosedPeriodRefusesEveryChangeAsAConflict() {
        LessonFacts closed = with(lesson("2026-11-12"), false, true, false, WorkingDays.fiveDays(Set.of()),
                JournalSettings.DEFAULT);
        JournalRules rules = rules(closed, "2026-11-12T10:00");
        assertThatThrownBy(rules::checkAttendance).isInstanceOf(ConflictException.class).hasMessage(JournalRules.CLOSED);
        assertThatThrownBy(() -> rules.checkMark(null, ANSWER, FIVE)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> rules.checkMark(ANSWER, null, null)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> rules.checkDescription(true, null)).isInstanceOf(ConflictException.class);
        assertThatCode(() -> rules.checkDescription(false, null)).as("an unchanged topic").doesNotThrowAnyException();
        assertThatThrownBy(() -> rules.checkChangeRequest(ANSWER, ANSWER, FIVE)).isInstanceOf(ConflictException.class);
    }

    @Test
    void aDoubleMarkOnlyInRussianAndLiteratureOrForAControlWork() {
        JournalRules maths = rules(lesson("2026-11-12"), "2026-11-12T10:00");
        assertThatThrownBy(() -> maths.checkMark(null, ANSWER, FIVE_FOUR)).hasMessage(JournalRules.DOUBLE);
        assertThatCode(() -> maths.checkMark(null, TEST, FIVE_FOUR)).doesNotThrowAnyException();
        LessonFacts russian = with(lesson("2026-11-12"), false, false, true, WorkingDays.fiveDays(Set.of()),
                JournalSettings.DEFAULT);
        assertThatCode(() -> rules(russian, "2026-11-12T10:00").checkMark(null, ANSWER, FIVE_FOUR))
                .doesNotThrowAnyException();
        assertThat(SubjectNames.russianOrLiterature("Русский язык")).isTrue();
        assertThat(SubjectNames.russianOrLiterature("Литературное чтение")).isTrue();
        assertThat(SubjectNames.russianOrLiterature("Математика")).isFalse();
    }

    @Test
    void aSchoolWithoutDoubleMarksRefusesThemEvenInRussianAndForControlWorks() {
        JournalSettings noDouble = new JournalSettings(true, true, false);
        LessonFacts russian = with(lesson("2026-11-12"), false, false, true, WorkingDays.fiveDays(Set.of()), noDouble);
        JournalRules rules = rules(russian, "2026-11-12T10:00");
        assertThatThrownBy(() -> rules.checkMark(null, TEST, FIVE_FOUR)).hasMessage(JournalRules.NO_DOUBLE);
        assertThatThrownBy(() -> rules.checkMark(null, ANSWER, FIVE_FOUR)).hasMessage(JournalRules.NO_DOUBLE);
        assertThat(rules.doubleMarkAllowed(TEST)).isFalse();
        assertThatCode(() -> rules.checkMark(null, TEST, FIVE)).doesNotThrowAnyException();
    }

    @Test
    void afterTheWindowAMarkIsNeitherChangedNorRemovedButAChangeMayBeRequested() {
        JournalRules later = rules(lesson("2026-11-12"), "2026-11-20T10:00");
        assertThatThrownBy(() -> later.checkMark(ANSWER, ANSWER, new MarkValue(4, null)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("запрос администратору журнала");
        assertThatThrownBy(() -> later.checkMark(ANSWER, null, null)).isInstanceOf(InvalidInputException.class);
        assertThatCode(() -> later.checkChangeRequest(ANSWER, ANSWER, new MarkValue(4, null))).doesNotThrowAnyException();
        assertThatCode(() -> later.checkChangeRequest(ANSWER, null, null)).doesNotThrowAnyException();
        JournalRules sameDay = rules(lesson("2026-11-12"), "2026-11-12T10:00");
        assertThatThrownBy(() -> sameDay.checkChangeRequest(ANSWER, ANSWER, FIVE))
                .hasMessageContaining("исправьте отметку в журнале сами");
    }

    @Test
    void marksAreTwoToFive() {
        assertThatThrownBy(() -> new MarkValue(1, null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new MarkValue(6, null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new MarkValue(5, 1)).isInstanceOf(InvalidInputException.class);
        assertThat(FIVE_FOUR).hasToString("5/4");
    }
}
