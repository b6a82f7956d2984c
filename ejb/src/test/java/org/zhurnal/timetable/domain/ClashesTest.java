package org.zhurnal.timetable.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClashesTest {

    private static final LocalDate SEPTEMBER = LocalDate.parse("2026-09-01");
    private static final Audience.Part CLASS_5A = new Audience.Part(51, null, "5А");
    private static final Audience.Part GROUP_1 = new Audience.Part(51, 511L, "5А, Группа 1");
    private static final Audience.Part GROUP_2 = new Audience.Part(51, 512L, "5А, Группа 2");
    private static final Audience.Part CLASS_5B = new Audience.Part(52, null, "5Б");

    @Test
    void aTeacherCannotGiveTwoLessonsInOneSlot() {
        Occupation maths5a = entry(1, "Математика", 7, null, WeekKind.EVERY, CLASS_5A);
        Occupation maths5b = entry(2, "Математика", 7, null, WeekKind.EVERY, CLASS_5B);

        assertThat(Clashes.find(maths5b, List.of(maths5a)))
                .contains("Учитель Иванова М. П. в это время уже ведёт урок: «Математика», 5А");
    }

    @Test
    void aRoomHoldsOneLessonAndAClassSitsInOne() {
        Occupation history = entry(1, "История", 7, 301L, WeekKind.EVERY, CLASS_5A);

        assertThat(Clashes.find(entry(2, "Музыка", 8, 301L, WeekKind.EVERY, CLASS_5B), List.of(history)))
                .contains("Кабинет 301 уже занят: «История», 5А");
        assertThat(Clashes.find(entry(2, "Музыка", 8, 302L, WeekKind.EVERY, CLASS_5A), List.of(history)))
                .contains("Класс 5А в это время уже занят: «История», 5А");
        assertThat(Clashes.find(entry(2, "Музыка", 8, null, WeekKind.EVERY, CLASS_5B), List.of(history))).isEmpty();
    }

    @Test
    void twoGroupsOfAClassMayHaveLessonsAtOnceButNotAlongsideAWholeClassLesson() {
        Occupation english1 = entry(1, "Английский язык", 7, 201L, WeekKind.EVERY, GROUP_1);

        assertThat(Clashes.find(entry(2, "Английский язык", 8, 202L, WeekKind.EVERY, GROUP_2), List.of(english1)))
                .isEmpty();
        assertThat(Clashes.find(entry(2, "Информатика", 8, 203L, WeekKind.EVERY, GROUP_1), List.of(english1)))
                .contains("Класс 5А в это время уже занят: «Английский язык», 5А, Группа 1");
        assertThat(Clashes.find(entry(2, "Математика", 8, 204L, WeekKind.EVERY, CLASS_5A), List.of(english1)))
                .isPresent();
    }

    @Test
    void aStreamsLessonOccupiesEveryClassOfTheStream() {
        Occupation stream = entry(1, "Физкультура", 7, null, WeekKind.EVERY, CLASS_5A, CLASS_5B);

        assertThat(Clashes.find(entry(2, "Музыка", 8, null, WeekKind.EVERY, CLASS_5B), List.of(stream)))
                .contains("Класс 5Б в это время уже занят: «Физкультура», 5А, 5Б");
    }

    @Test
    void weeksAAndBShareASlotWhileEveryWeekClashesWithBoth() {
        Occupation weekA = entry(1, "Музыка", 7, 301L, WeekKind.A, CLASS_5A);

        assertThat(Clashes.find(entry(2, "ИЗО", 7, 301L, WeekKind.B, CLASS_5A), List.of(weekA))).isEmpty();
        assertThat(Clashes.find(entry(2, "ИЗО", 7, 301L, WeekKind.EVERY, CLASS_5A), List.of(weekA)))
                .contains("Учитель Иванова М. П. в это время уже ведёт урок: «Музыка», 5А (неделя А)");
    }

    @Test
    void entriesThatNeverShareADayDoNotClash() {
        Occupation autumn = new Occupation(1, "Математика", 7, "Иванова М. П.", null, null, Audience.of(CLASS_5A),
                WeekKind.EVERY, SEPTEMBER, LocalDate.parse("2026-11-01"));
        Occupation winter = new Occupation(2, "Алгебра", 7, "Иванова М. П.", null, null, Audience.of(CLASS_5A),
                WeekKind.EVERY, LocalDate.parse("2026-11-01"), null);
        Occupation open = new Occupation(3, "Алгебра", 7, "Иванова М. П.", null, null, Audience.of(CLASS_5A),
                WeekKind.EVERY, LocalDate.parse("2026-10-31"), null);

        assertThat(Clashes.find(winter, List.of(autumn))).isEmpty();
        assertThat(Clashes.find(open, List.of(autumn))).isPresent();
        assertThat(Clashes.find(autumn, List.of(autumn))).as("an entry never clashes with itself").isEmpty();
    }

    @Test
    void datedLessonsClashOnlyOnTheirDay() {
        Occupation monday = Occupation.onDay(1, "Математика", 7, "Иванова М. П.", null, null, Audience.of(CLASS_5A),
                SEPTEMBER);
        Occupation sameDay = Occupation.onDay(2, "Русский язык", 7, "Иванова М. П.", null, null,
                Audience.of(CLASS_5B), SEPTEMBER);
        Occupation nextDay = Occupation.onDay(2, "Русский язык", 7, "Иванова М. П.", null, null,
                Audience.of(CLASS_5B), SEPTEMBER.plusDays(1));

        assertThat(Clashes.find(sameDay, List.of(monday))).isPresent();
        assertThat(Clashes.find(nextDay, List.of(monday))).isEmpty();
    }

    private static Occupation entry(long id, String subject, long teacher, Long room, WeekKind weeks,
                                    Audience.Part... parts) {
        return new Occupation(id, subject, teacher, teacher == 7 ? "Иванова М. П." : "Петров С. Н.", room,
                room == null ? null : room.toString(), Audience.of(parts), weeks, SEPTEMBER, null);
    }
}
