package org.zhurnal.yearend.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.zhurnal.assignments.domain.Assignments;
import org.zhurnal.assignments.domain.Audience;
import org.zhurnal.assignments.domain.TeachingAssignment;
import org.zhurnal.calendar.domain.AcademicYear;
import org.zhurnal.classes.domain.ClassGroup;
import org.zhurnal.classes.domain.SchoolClass;
import org.zhurnal.classes.domain.Stream;
import org.zhurnal.classes.domain.Streams;
import org.zhurnal.school.domain.School;
import org.zhurnal.school.domain.StaffPosition;
import org.zhurnal.timetable.application.NewTimetableEntry;
import org.zhurnal.timetable.domain.WeekKind;
import org.zhurnal.timetable.persistence.TimetableEntries;
import org.zhurnal.yearend.application.RolloverPlanner.Planned;
import org.zhurnal.yearend.domain.PromotionPlan;
import org.zhurnal.yearend.domain.StructureCarryOver;
import org.zhurnal.yearend.domain.StructureCarryOver.NewAssignment;
import org.zhurnal.yearend.domain.StructureCarryOver.NewEntry;
import org.zhurnal.yearend.domain.StructureCarryOver.NewStream;
import org.zhurnal.yearend.domain.StructureCarryOver.OldClass;
import org.zhurnal.yearend.domain.StructureCarryOver.OldStream;

/**
 * The teaching structure at the rollover: draws what goes on into the next year (streams, teaching assignments,
 * the weekly timetable) and stores it for the next year's new classes. The timetable is stored as a draft: its
 * entries start on the next year's first day and no dated lessons are made until the administrator generates them.
 */
@ApplicationScoped
public class RolloverCarryOvers {

    /** How much was carried over. */
    public record Carried(int streams, int assignments, int timetableEntries) {
    }

    @Inject
    CarryOverReads reads;

    @Inject
    Streams streams;

    @Inject
    Assignments assignments;

    @Inject
    TimetableEntries timetable;

    public StructureCarryOver draw(School school, AcademicYear year, Planned planned, boolean copyGroups) {
        Map<Long, PromotionPlan.NextClass> successors = new HashMap<>();
        planned.plan().classes().stream().filter(c -> c.fromClassId() != null)
                .forEach(c -> successors.put(c.fromClassId(), c));
        List<OldClass> classes = planned.oldClasses().values().stream().map(c -> {
            PromotionPlan.NextClass next = successors.get(c.id());
            return new OldClass(c.id(), c.name(), next == null ? null : next.name(),
                    next == null || !copyGroups ? List.of() : next.groupNames());
        }).toList();
        List<OldStream> oldStreams = streams.ofYear(school.id(), year.id()).stream()
                .map(s -> new OldStream(s.id(), s.name(), s.classIds())).toList();
        Set<Long> staff = school.positions().stream().filter(StaffPosition::isCurrent).map(StaffPosition::personId)
                .collect(Collectors.toSet());
        return StructureCarryOver.draw(classes, oldStreams, reads.assignments(year.id(), year.dates().endsOn()),
                reads.entries(year.id(), year.dates().endsOn()),
                new StructureCarryOver.Rules(reads.curriculum(year.id()), staff, reads.rooms(school.id()), copyGroups));
    }

    /** Stores the carried structure in the next year; {@code created} are its new classes by name («6А»). */
    public Carried store(StructureCarryOver carry, Long schoolId, AcademicYear next, Map<String, SchoolClass> created) {
        Map<String, Stream> newStreams = new HashMap<>();
        for (NewStream planned : carry.streams()) {
            Stream stream = Stream.join(schoolId, next.id(), planned.name(),
                    planned.classes().stream().map(name -> created.get(name.toString())).toList());
            newStreams.put(planned.name(), streams.add(stream));
        }
        Map<Long, Long> assignmentIds = new HashMap<>();
        for (NewAssignment planned : carry.assignments()) {
            TeachingAssignment assignment = assignments.add(TeachingAssignment.assign(schoolId, next.id(), next.dates(),
                    planned.subjectId(), planned.teacherId(), audience(planned.target(), created, newStreams),
                    next.dates().startsOn()));
            assignmentIds.put(planned.fromAssignmentId(), assignment.id());
        }
        for (NewEntry entry : carry.entries()) {
            timetable.insert(schoolId, next.id(), new NewTimetableEntry(assignmentIds.get(entry.fromAssignmentId()),
                    entry.weekday(), WeekKind.valueOf(entry.weekKind()), entry.bellScheduleId(), entry.slotNumber(),
                    entry.roomId(), next.dates().startsOn(), null));
        }
        return new Carried(carry.streams().size(), carry.assignments().size(), carry.entries().size());
    }

    private static Audience audience(StructureCarryOver.Target target, Map<String, SchoolClass> created,
                                     Map<String, Stream> newStreams) {
        if (target.streamName() != null) {
            return new Audience(null, null, newStreams.get(target.streamName()).id());
        }
        SchoolClass schoolClass = created.get(target.className().toString());
        if (target.groupName() == null) {
            return new Audience(schoolClass.id(), null, null);
        }
        String key = StructureCarryOver.key(target.groupName());
        ClassGroup group = schoolClass.groups().stream().filter(g -> StructureCarryOver.key(g.name()).equals(key))
                .findFirst().orElseThrow();
        return new Audience(schoolClass.id(), group.id(), null);
    }
}
