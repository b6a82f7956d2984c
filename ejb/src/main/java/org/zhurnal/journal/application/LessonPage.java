package org.zhurnal.journal.application;

import java.math.BigDecimal;
import java.util.List;
import org.zhurnal.journal.domain.AttendanceCode;

/**
 * A lesson's page: the lesson, its students at the lesson date with their marks and attendance, the kinds
 * of work with their deadlines, and what the reader may do now (with the reason when not).
 */
public record LessonPage(Header lesson, List<StudentRow> students, List<KindRow> workKinds, Permissions permissions,
                         List<HomeworkFiles.FileItem> files) {

    /** Dates and times as ISO text ({@code 2026-11-22}, {@code 08:30}): the wire's form. */
    public record Header(Long id, int version, String date, int slotNumber, String startsAt, String endsAt,
                         String state, String changeNote, Long schoolId, Long classId, String className, Long groupId,
                         String groupName, Long subjectId, String subjectName, Long teacherId, String teacherName,
                         Long substituteId, String substituteName, String topic, Long planTopicId, String homework,
                         boolean noHomework) {
    }

    public record StudentRow(Long studentId, String name, AttendanceCode attendance, List<MarkRow> marks) {
    }

    public record MarkRow(int position, int value, Integer value2, Long workKindId, BigDecimal weight, String comment) {
    }

    /** A kind of work; {@code deadline} is the last day its marks may be set; {@code lockedReason} why not now. */
    public record KindRow(Long id, String code, String name, String shortName, BigDecimal weight, String deadline,
                          String lockedReason, boolean doubleMarkAllowed) {
    }

    /**
     * {@code canWrite}: the reader keeps this lesson's journal. The reasons say why a part is locked now (null:
     * open): the whole lesson (closed period), attendance, marks of any kind.
     */
    public record Permissions(boolean canWrite, String lockedReason, String attendanceLockedReason,
                              String marksLockedReason, boolean homeworkAllowed) {
    }
}
