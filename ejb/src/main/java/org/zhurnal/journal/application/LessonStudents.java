package org.zhurnal.journal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import org.zhurnal.classes.application.ClassLists;
import org.zhurnal.classes.application.GroupItem;
import org.zhurnal.classes.application.PersonItem;
import org.zhurnal.journal.domain.Lesson;

/** The students of a lesson: the class list at the lesson date, or the group's list for a group's lesson. */
@ApplicationScoped
public class LessonStudents {

    @Inject
    ClassLists lists;

    public List<PersonItem> of(Lesson lesson) {
        if (lesson.classGroupId() == null) {
            return lists.students(lesson.schoolClassId(), lesson.date());
        }
        return lists.groups(lesson.schoolClassId(), lesson.date()).stream()
                .filter(group -> group.id().equals(lesson.classGroupId()))
                .findFirst().map(GroupItem::students).orElse(List.of());
    }

    /** The ids of {@link #of}'s students. */
    public Set<Long> ids(Lesson lesson) {
        return lists.studentIds(lesson.schoolClassId(), lesson.classGroupId(), lesson.date());
    }
}
