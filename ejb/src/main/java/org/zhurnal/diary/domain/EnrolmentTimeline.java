package org.zhurnal.diary.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which classes and groups one student belongs to at each date, from their enrolment events (V10): on a
 * class's list when the last class event of that class on or before the date (events of one day in the
 * order written) is an arrival; in a group when the last join/leave of that group is a join and the
 * group's class is one of theirs that day. A mid-week transfer thus gives different classes on different
 * days of one week; the diary shows each day's lessons of that day's class.
 */
public final class EnrolmentTimeline {

    /** One enrolment event as the diary needs it; {@code groupId} only for group joins and leaves. */
    public record Event(long id, String kind, long classId, Long groupId, LocalDate effectiveOn) {

        boolean isClassEvent() {
            return groupId == null;
        }
    }

    private static final Comparator<Event> ORDER = Comparator.comparing(Event::effectiveOn).thenComparingLong(Event::id);

    private final List<Event> events;

    public EnrolmentTimeline(List<Event> events) {
        this.events = events.stream().sorted(ORDER).toList();
    }

    /** The classes the student is on the list of at this date (normally one). */
    public Set<Long> classesOn(LocalDate date) {
        Map<Long, String> last = new HashMap<>();
        for (Event event : events) {
            if (event.effectiveOn().isAfter(date)) {
                break;
            }
            if (event.isClassEvent()) {
                last.put(event.classId(), event.kind());
            }
        }
        return arrived(last, "ARRIVE");
    }

    /** The groups the student is in at this date, only of classes they are in that day. */
    public Set<Long> groupsOn(LocalDate date) {
        Set<Long> classes = classesOn(date);
        Map<Long, String> last = new HashMap<>();
        for (Event event : events) {
            if (event.effectiveOn().isAfter(date)) {
                break;
            }
            if (!event.isClassEvent() && classes.contains(event.classId())) {
                last.put(event.groupId(), event.kind());
            }
        }
        return arrived(last, "GROUP_JOIN");
    }

    /** Whether a lesson of this class (and group, when it is a group's) on this date is the student's. */
    public boolean attends(long classId, Long groupId, LocalDate date) {
        return classesOn(date).contains(classId) && (groupId == null || groupsOn(date).contains(groupId));
    }

    /** Every class the student was in on some day from {@code from} to {@code to}, both inclusive. */
    public Set<Long> classesBetween(LocalDate from, LocalDate to) {
        Set<Long> classes = new TreeSet<>(classesOn(from));
        events.stream().filter(e -> e.isClassEvent() && "ARRIVE".equals(e.kind()))
                .filter(e -> e.effectiveOn().isAfter(from) && !e.effectiveOn().isAfter(to))
                .forEach(e -> classes.add(e.classId()));
        return classes;
    }

    private static Set<Long> arrived(Map<Long, String> last, String present) {
        Set<Long> ids = new TreeSet<>();
        last.forEach((id, kind) -> {
            if (present.equals(kind)) {
                ids.add(id);
            }
        });
        return ids;
    }
}
