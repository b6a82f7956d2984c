package org.zhurnal.integration.myschool;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.zhurnal.federal.application.ChangedFinalMark;
import org.zhurnal.federal.application.ChangedLesson;
import org.zhurnal.federal.application.ChangedLesson.Score;
import org.zhurnal.federal.application.ChangedLesson.StudentEntry;
import org.zhurnal.federal.application.FederalFeed;
import org.zhurnal.federal.application.JournalChanges;

/** Journal changes in memory, each with the moment it changed; the audit as a list of delivered student refs. */
class FakeFederalFeed extends FederalFeed {

    private record Stamped<T>(Instant at, T item) {
    }

    private final List<Stamped<ChangedLesson>> lessons = Collections.synchronizedList(new ArrayList<>());
    private final List<Stamped<ChangedFinalMark>> finals = Collections.synchronizedList(new ArrayList<>());
    final List<Long> audited = Collections.synchronizedList(new ArrayList<>());
    final AtomicInteger reads = new AtomicInteger();
    volatile RuntimeException readFailure;

    /** {@code count} lessons of 5А changed at {@code at}, each with a mark and an absence of student 1000 + i. */
    FakeFederalFeed lessons(int first, int count, Instant at) {
        for (int i = first; i < first + count; i++) {
            lessons.add(new Stamped<>(at, new ChangedLesson(i, 7, "2466001234", 34, 5, "А", null, null, 3,
                    "Математика", LocalDate.of(2026, 11, 18), 2, LocalTime.of(8, 50), LocalTime.of(9, 30),
                    "SCHEDULED", i % 2 == 0, "Дроби " + i, "№ " + i, false,
                    List.of(new StudentEntry(1000 + i, null, List.of(new Score(1, "ANSWER", "1.00", 5, 4))),
                            new StudentEntry(5000, "ABSENT", List.of())))));
        }
        return this;
    }

    FakeFederalFeed finalMark(long student, int value, Instant at) {
        finals.add(new Stamped<>(at, new ChangedFinalMark(7, "2466001234", 34, 3, "Математика", student, 1, value,
                false)));
        return this;
    }

    @Override
    public JournalChanges changes(Instant from, Instant to) {
        reads.incrementAndGet();
        RuntimeException failure = readFailure;
        if (failure != null) {
            throw failure;
        }
        synchronized (lessons) {
            synchronized (finals) {
                return new JournalChanges(from, to, within(lessons, from, to), within(finals, from, to));
            }
        }
    }

    @Override
    public void delivered(String system, Collection<Long> studentRefs) {
        audited.addAll(studentRefs);
    }

    private static <T> List<T> within(List<Stamped<T>> items, Instant from, Instant to) {
        return items.stream().filter(s -> s.at().isAfter(from) && !s.at().isAfter(to)).map(Stamped::item).toList();
    }
}
