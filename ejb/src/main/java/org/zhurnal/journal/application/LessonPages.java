package org.zhurnal.journal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.zhurnal.classes.application.PersonItem;
import org.zhurnal.journal.application.LessonPage.Header;
import org.zhurnal.journal.application.LessonPage.KindRow;
import org.zhurnal.journal.application.LessonPage.MarkRow;
import org.zhurnal.journal.application.LessonPage.Permissions;
import org.zhurnal.journal.application.LessonPage.StudentRow;
import org.zhurnal.journal.application.LessonRecords.LessonNames;
import org.zhurnal.journal.domain.AttendanceCode;
import org.zhurnal.journal.domain.JournalRules;
import org.zhurnal.journal.domain.Lesson;
import org.zhurnal.journal.domain.MarkCell;
import org.zhurnal.journal.domain.WorkKind;

/** Assembles a lesson's page: names, the list with the cells, the kinds of work and the permissions. */
@ApplicationScoped
public class LessonPages {

    @Inject
    LessonRecords lessons;

    @Inject
    JournalCells cells;

    @Inject
    LessonStudents students;

    @Inject
    HomeworkFiles files;

    LessonPage of(Lesson lesson, JournalRules rules, boolean canWrite) {
        LessonNames names = lessons.names(lesson);
        Header header = new Header(lesson.id(), lesson.version(), lesson.date().toString(), lesson.slotNumber(),
                lesson.startsAt().toString(), lesson.endsAt().toString(), lesson.state().name(), lesson.changeNote(), lesson.schoolId(), lesson.schoolClassId(),
                names.className(), lesson.classGroupId(), names.groupName(), lesson.subjectId(), names.subjectName(),
                lesson.teacherPersonId(), names.teacherName(), lesson.substitutePersonId(), names.substituteName(),
                lesson.topic(), lesson.planTopicId(), lesson.homework(), lesson.homeworkNone());
        Map<Long, List<MarkCell>> marks = cells.marks(lesson.schoolYear(), lesson.id()).stream()
                .collect(Collectors.groupingBy(MarkCell::studentId));
        Map<Long, AttendanceCode> attendance = cells.attendance(lesson.schoolYear(), lesson.id());
        List<StudentRow> rows = new ArrayList<>();
        for (PersonItem student : students.of(lesson)) {
            rows.add(new StudentRow(student.personId(), student.displayName(), attendance.get(student.personId()),
                    marks.getOrDefault(student.personId(), List.of()).stream()
                            .sorted(Comparator.comparingInt(MarkCell::position))
                            .map(m -> new MarkRow(m.position(), m.value().first(), m.value().second(), m.workKindId(),
                                    m.weight(), m.comment())).toList()));
        }
        List<KindRow> kinds = lessons.workKinds(lesson.schoolId()).values().stream().map(kind -> kind(kind, rules)).toList();
        Permissions permissions = new Permissions(canWrite, rules.lockReason().orElse(null),
                rules.attendanceLockReason().orElse(null), rules.marksLockReason().orElse(null), rules.homeworkAllowed());
        return new LessonPage(header, rows, kinds, permissions, files.ofLesson(lesson.schoolYear(), lesson.id()));
    }

    private static KindRow kind(WorkKind kind, JournalRules rules) {
        return new KindRow(kind.id(), kind.code(), kind.name(), kind.shortName(), kind.weight(),
                rules.markDeadline(kind).toString(),
                rules.markLockReason(kind).orElse(null), rules.doubleMarkAllowed(kind));
    }
}
