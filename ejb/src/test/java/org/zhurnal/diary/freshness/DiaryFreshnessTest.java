package org.zhurnal.diary.freshness;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DiaryFreshnessTest {

    private static final long STUDENT = 7;
    private static final long[] CLASSES = {10, 11};

    private final DiaryFreshness freshness = new DiaryFreshness();

    @BeforeEach
    void listen() {
        freshness.listening(true);
    }

    @Test
    void whatWasReadStaysCurrentUntilSomethingItDependsOnChanges() {
        long readAt = freshness.now();
        freshness.announced("s:8,9");
        freshness.announced("c:12");
        assertThat(freshness.current(readAt, STUDENT, CLASSES)).isTrue();

        freshness.announced("c:3,11");
        assertThat(freshness.current(readAt, STUDENT, CLASSES)).isFalse();
        assertThat(freshness.current(freshness.now(), STUDENT, CLASSES)).as("read again after the change").isTrue();
    }

    @Test
    void aChangeToTheStudentMakesTheirPagesStale() {
        long readAt = freshness.now();
        freshness.announced("s:" + STUDENT);
        assertThat(freshness.current(readAt, STUDENT, CLASSES)).isFalse();
        assertThat(freshness.current(readAt, 8, CLASSES)).isTrue();
    }

    @Test
    void aChangeBetweenTakingTheTimeAndReadingMakesTheReadStale() {
        long readAt = freshness.now(); // taken before the database is read
        freshness.announced("c:10"); // a commit announced while the read was going on
        assertThat(freshness.current(readAt, STUDENT, CLASSES)).isFalse();
    }

    @Test
    void everythingAndUnreadableAnnouncementsMakeEverythingStale() {
        long readAt = freshness.now();
        freshness.announced("*");
        assertThat(freshness.current(readAt, STUDENT, new long[0])).isFalse();

        long again = freshness.now();
        freshness.announced("s:not-a-number");
        assertThat(freshness.current(again, STUDENT, new long[0])).isFalse();
    }

    @Test
    void nothingIsCurrentWhileNotListeningNorWhatWasReadBeforeListeningAgain() {
        long readAt = freshness.now();
        freshness.listening(false);
        assertThat(freshness.current(freshness.now(), STUDENT, CLASSES)).isFalse();
        freshness.listening(true);
        assertThat(freshness.current(readAt, STUDENT, CLASSES)).as("changes may have been missed").isFalse();
        assertThat(freshness.current(freshness.now(), STUDENT, CLASSES)).isTrue();
    }
}
