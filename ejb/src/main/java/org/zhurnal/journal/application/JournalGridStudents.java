package org.zhurnal.journal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.zhurnal.classes.application.ClassLists;
import org.zhurnal.classes.application.GroupItem;
import org.zhurnal.classes.application.PersonItem;
import org.zhurnal.shared.error.NotFoundException;

/** The students a class's (or group's) journal lists: the list today, or at the end when that is earlier. */
@ApplicationScoped
public class JournalGridStudents {

    @Inject
    ClassLists lists;

    public List<PersonItem> of(Long classId, Long groupId, Clock clock, LocalDate until) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        return at(classId, groupId, today.isBefore(until) ? today : until);
    }

    public List<PersonItem> at(Long classId, Long groupId, LocalDate date) {
        if (groupId == null) {
            return lists.students(classId, date);
        }
        return lists.groups(classId, date).stream().filter(g -> g.id().equals(groupId)).findFirst()
                .map(GroupItem::students).orElseThrow(() -> new NotFoundException("Группа не найдена"));
    }
}
