package org.zhurnal.diary.application;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.zhurnal.diary.domain.EnrolmentTimeline;

/**
 * One student as the diary sees them, loaded in one query: their name, whether the acting person is a
 * current legal representative of theirs, the classes they have been in and their enrolment timeline.
 */
public record StudentContext(long personId, String displayName, boolean guardedByActor, Map<Long, ClassInfo> classes,
                             EnrolmentTimeline timeline) {

    /** The student's class at the date (the first, should the data ever hold two). */
    public Optional<ClassInfo> classOn(LocalDate date) {
        return timeline.classesOn(date).stream().map(classes::get).findFirst();
    }

    /** The classes of the student between the dates, inclusive. */
    public List<ClassInfo> classesBetween(LocalDate from, LocalDate to) {
        return timeline.classesBetween(from, to).stream().map(classes::get).toList();
    }

    /** The partitions (school years) of these classes. */
    public static Set<Integer> schoolYears(Collection<ClassInfo> classes) {
        return classes.stream().map(ClassInfo::schoolYear).collect(java.util.stream.Collectors.toSet());
    }
}
