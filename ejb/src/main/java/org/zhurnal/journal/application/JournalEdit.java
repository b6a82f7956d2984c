package org.zhurnal.journal.application;

import java.util.List;
import org.zhurnal.journal.domain.AttendanceCode;

/**
 * One save of a lesson's journal: the version it was made on, the topic and homework ({@code description},
 * null: unchanged) and, for each student listed, the whole state of their cells — attendance (null: present)
 * and all their marks. Students not listed keep their cells.
 */
public record JournalEdit(Integer version, Description description, List<StudentCells> students) {

    public JournalEdit {
        students = students == null ? List.of() : List.copyOf(students);
    }

    /** The topic (typed, or copied from a plan topic) and the homework text, or «без задания». */
    public record Description(String topic, Long planTopicId, String homework, boolean noHomework) {
    }

    public record StudentCells(Long studentId, AttendanceCode attendance, List<MarkInput> marks) {

        public StudentCells {
            marks = marks == null ? List.of() : List.copyOf(marks);
        }
    }

    /** A mark in its position (1, 2… within the lesson): value 2–5, value2 for «5/4», kind of work, comment. */
    public record MarkInput(int position, int value, Integer value2, Long workKindId, String comment) {
    }
}
