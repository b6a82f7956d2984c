package org.zhurnal.yearend.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.zhurnal.classes.domain.ClassName;

/**
 * What of a school's teaching structure goes on into the next year at the rollover, and what does not and why.
 * <ul>
 *   <li>A stream is formed again from the successors of its classes (5А → 6А) when at least two remain.</li>
 *   <li>A teaching assignment follows its class to the successor class, its group to the successor's group of
 *   the same name (only when groups are copied), its stream to the stream formed again; the teacher is kept.
 *   It is not copied when its class graduates, the subject is not in the curriculum of the next grade, or the
 *   teacher no longer works at the school.</li>
 *   <li>A weekly timetable entry is copied with the same day, week, bell slot and room when its assignment is;
 *   a room that no longer exists is left empty. Entries of graduating classes go.</li>
 * </ul>
 * Nothing here is dated: the next year's first day is given when it is stored.
 */
public final class StructureCarryOver {

    /** A class of the closing year and the name of its successor (null: it graduates) with the successor's groups. */
    public record OldClass(Long id, ClassName name, ClassName successor, List<String> successorGroups) {
    }

    public record OldStream(Long id, String name, Set<Long> classIds) {
    }

    /** An assignment current on the year's last day: for a class, a group of it (by name) or a stream. */
    public record OldAssignment(Long id, Long subjectId, String subjectName, Long teacherId, String teacherName,
                                Long classId, String groupName, Long streamId) {
    }

    public record OldEntry(Long id, Long assignmentId, int weekday, String weekKind, Long bellScheduleId,
                           int slotNumber, Long roomId) {
    }

    /** Whom a copied assignment is for in the next year: a class (and a group of it by name) or a stream by name. */
    public record Target(ClassName className, String groupName, String streamName) {
    }

    public record NewStream(String name, List<ClassName> classes) {
    }

    public record NewAssignment(Long fromAssignmentId, Long subjectId, Long teacherId, Target target) {
    }

    public record NewEntry(Long fromEntryId, Long fromAssignmentId, int weekday, String weekKind, Long bellScheduleId,
                           int slotNumber, Long roomId) {
    }

    /** What the rules look at besides the old structure. */
    public record Rules(Map<Integer, Set<Long>> curriculumByGrade, Set<Long> stayingStaff, Set<Long> rooms,
                        boolean copyGroups) {
    }

    private final List<NewStream> streams;
    private final List<NewAssignment> assignments;
    private final List<NewEntry> entries;
    private final List<String> skipped;

    private StructureCarryOver(List<NewStream> streams, List<NewAssignment> assignments, List<NewEntry> entries,
                               List<String> skipped) {
        this.streams = List.copyOf(streams);
        this.assignments = List.copyOf(assignments);
        this.entries = List.copyOf(entries);
        this.skipped = List.copyOf(skipped);
    }

    public static StructureCarryOver draw(List<OldClass> classes, List<OldStream> oldStreams,
                                          List<OldAssignment> oldAssignments, List<OldEntry> oldEntries, Rules rules) {
        Drawing drawing = new Drawing(classes, rules);
        oldStreams.forEach(drawing::formAgain);
        Map<Long, Integer> weekly = new HashMap<>();
        oldEntries.forEach(e -> weekly.merge(e.assignmentId(), 1, Integer::sum));
        oldAssignments.forEach(old -> drawing.carry(old, drawing.destination(old, oldStreams),
                weekly.getOrDefault(old.id(), 0)));
        oldEntries.forEach(drawing::carry);
        drawing.noteLostRooms();
        return new StructureCarryOver(List.copyOf(drawing.streams.values()), drawing.assignments, drawing.entries,
                drawing.skipped);
    }

    /** Where an assignment would go: its target (null: nowhere), the grades whose curriculum must hold the subject. */
    private record Destination(Target target, List<Integer> grades, String audience) {
    }

    /** The state of one drawing: what is formed, carried and skipped so far. */
    private static final class Drawing {

        private final Map<Long, OldClass> byId = new HashMap<>();
        private final Rules rules;
        private final Map<Long, NewStream> streams = new LinkedHashMap<>();
        private final List<NewAssignment> assignments = new ArrayList<>();
        private final List<NewEntry> entries = new ArrayList<>();
        private final List<String> skipped = new ArrayList<>();
        /** Old assignment id → the old id of the assignment copied for it (itself, or the first of its twins). */
        private final Map<Long, Long> copied = new HashMap<>();
        private final Map<List<Object>, Long> seen = new HashMap<>();
        private int roomsLost;

        Drawing(List<OldClass> classes, Rules rules) {
            classes.forEach(c -> byId.put(c.id(), c));
            this.rules = rules;
        }

        void formAgain(OldStream stream) {
            List<ClassName> next = stream.classIds().stream().map(byId::get).filter(Objects::nonNull)
                    .map(OldClass::successor).filter(Objects::nonNull)
                    .sorted(Comparator.comparingInt(ClassName::grade).thenComparing(ClassName::letter)).toList();
            if (next.size() < 2) {
                skipped.add("Поток «" + stream.name() + "»: в следующем году в нём меньше двух классов");
            } else {
                streams.put(stream.id(), new NewStream(stream.name(), next));
            }
        }

        Destination destination(OldAssignment old, List<OldStream> oldStreams) {
            if (old.streamId() != null) {
                NewStream stream = streams.get(old.streamId());
                return new Destination(stream == null ? null : new Target(null, null, stream.name()),
                        stream == null ? List.of() : stream.classes().stream().map(ClassName::grade).distinct().toList(),
                        "поток «" + streamName(oldStreams, old.streamId()) + "»");
            }
            OldClass oldClass = byId.get(old.classId());
            ClassName successor = oldClass == null ? null : oldClass.successor();
            return new Destination(successor == null ? null : new Target(successor, old.groupName(), null),
                    successor == null ? List.of() : List.of(successor.grade()),
                    (oldClass == null ? "?" : oldClass.name().toString())
                            + (old.groupName() == null ? "" : ", группа «" + old.groupName() + "»"));
        }

        void carry(OldAssignment old, Destination destination, int lessons) {
            String reason = reason(old, destination.target(), destination.grades(), byId, rules);
            if (reason != null) {
                skipped.add(old.subjectName() + " — " + destination.audience() + " (" + old.teacherName() + "): "
                        + reason + (lessons == 0 ? "" : "; уроков в неделю в расписании: " + lessons));
                return;
            }
            Long first = seen.putIfAbsent(List.of(old.subjectId(), old.teacherId(), destination.target()), old.id());
            copied.put(old.id(), first == null ? old.id() : first);
            if (first == null) {
                assignments.add(new NewAssignment(old.id(), old.subjectId(), old.teacherId(), destination.target()));
            }
        }

        void carry(OldEntry entry) {
            Long assignment = copied.get(entry.assignmentId());
            if (assignment != null) {
                boolean roomKept = entry.roomId() == null || rules.rooms().contains(entry.roomId());
                roomsLost += roomKept ? 0 : 1;
                entries.add(new NewEntry(entry.id(), assignment, entry.weekday(), entry.weekKind(),
                        entry.bellScheduleId(), entry.slotNumber(), roomKept ? entry.roomId() : null));
            }
        }

        void noteLostRooms() {
            if (roomsLost > 0) {
                skipped.add("Расписание: кабинета больше нет в школе — уроков в неделю без кабинета: " + roomsLost);
            }
        }
    }

    private static String reason(OldAssignment old, Target target, List<Integer> grades, Map<Long, OldClass> byId,
                                 Rules rules) {
        if (target == null) {
            return old.streamId() != null ? "поток не переносится" : "класс выпускается";
        }
        if (!rules.stayingStaff().contains(old.teacherId())) {
            return "учитель больше не работает в школе";
        }
        for (int grade : grades) {
            if (!rules.curriculumByGrade().getOrDefault(grade, Set.of()).contains(old.subjectId())) {
                return "предмета нет в учебном плане " + grade + " класса";
            }
        }
        if (old.groupName() != null) {
            if (!rules.copyGroups()) {
                return "группы не копируются";
            }
            if (byId.get(old.classId()).successorGroups().stream().noneMatch(g -> sameName(g, old.groupName()))) {
                return "у класса " + target.className() + " нет группы «" + old.groupName() + "»";
            }
        }
        return null;
    }

    private static boolean sameName(String a, String b) {
        return key(a).equals(key(b));
    }

    /** Names compare as the database's search key does: case and «ё» do not matter. */
    public static String key(String name) {
        return name.trim().toLowerCase(java.util.Locale.ROOT).replace('ё', 'е');
    }

    private static String streamName(List<OldStream> streams, Long id) {
        return streams.stream().filter(s -> s.id().equals(id)).map(OldStream::name).findFirst().orElse("?");
    }

    public List<NewStream> streams() {
        return streams;
    }

    public List<NewAssignment> assignments() {
        return assignments;
    }

    public List<NewEntry> entries() {
        return entries;
    }

    /** What is not carried over and why, in Russian, for the administrator. */
    public List<String> skipped() {
        return skipped;
    }
}
