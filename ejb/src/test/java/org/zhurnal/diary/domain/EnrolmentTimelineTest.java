package org.zhurnal.diary.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhurnal.diary.domain.EnrolmentTimeline.Event;

class EnrolmentTimelineTest {

    private static final long FIVE_A = 10;
    private static final long FIVE_B = 20;
    private static final long ENGLISH_1 = 11;
    private static final long ENGLISH_2 = 21;

    /** In 5А with English group 1 from September; transferred to 5Б (English group 2) on Wednesday 18.11. */
    private final EnrolmentTimeline timeline = new EnrolmentTimeline(List.of(
            new Event(4, "TRANSFER", FIVE_A, null, day("2026-11-18")),
            new Event(1, "ARRIVE", FIVE_A, null, day("2026-09-01")),
            new Event(2, "GROUP_JOIN", FIVE_A, ENGLISH_1, day("2026-09-01")),
            new Event(5, "ARRIVE", FIVE_B, null, day("2026-11-18")),
            new Event(6, "GROUP_JOIN", FIVE_B, ENGLISH_2, day("2026-11-18"))));

    @Test
    void aMidWeekTransferChangesTheClassAndGroupsFromItsDay() {
        assertThat(timeline.classesOn(day("2026-08-31"))).isEmpty();
        assertThat(timeline.classesOn(day("2026-11-17"))).containsExactly(FIVE_A);
        assertThat(timeline.groupsOn(day("2026-11-17"))).containsExactly(ENGLISH_1);
        assertThat(timeline.classesOn(day("2026-11-18"))).containsExactly(FIVE_B);
        assertThat(timeline.groupsOn(day("2026-11-18"))).as("the old class's group ends with the class")
                .containsExactly(ENGLISH_2);
        assertThat(timeline.classesBetween(day("2026-11-16"), day("2026-11-21"))).containsExactly(FIVE_A, FIVE_B);
        assertThat(timeline.classesBetween(day("2026-11-09"), day("2026-11-14"))).containsExactly(FIVE_A);
    }

    @Test
    void aLessonIsTheStudentsWhenItIsOfTheirClassAndWholeClassOrOfTheirGroupThatDay() {
        assertThat(timeline.attends(FIVE_A, null, day("2026-11-17"))).isTrue();
        assertThat(timeline.attends(FIVE_A, ENGLISH_1, day("2026-11-17"))).isTrue();
        assertThat(timeline.attends(FIVE_A, 99L, day("2026-11-17"))).as("the other group").isFalse();
        assertThat(timeline.attends(FIVE_A, null, day("2026-11-18"))).as("after the transfer").isFalse();
        assertThat(timeline.attends(FIVE_B, null, day("2026-11-17"))).as("before the transfer").isFalse();
        assertThat(timeline.attends(FIVE_B, ENGLISH_2, day("2026-11-18"))).isTrue();
    }

    @Test
    void eventsOfOneDayCountInTheOrderWritten() {
        EnrolmentTimeline back = new EnrolmentTimeline(List.of(
                new Event(1, "ARRIVE", FIVE_A, null, day("2026-09-01")),
                new Event(2, "LEAVE", FIVE_A, null, day("2026-10-01")),
                new Event(3, "ARRIVE", FIVE_A, null, day("2026-10-01"))));
        assertThat(back.classesOn(day("2026-10-01"))).containsExactly(FIVE_A);
    }

    private static LocalDate day(String text) {
        return LocalDate.parse(text);
    }
}
