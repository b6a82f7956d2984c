package org.zhurnal.journal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;
import org.zhurnal.shared.error.ConflictException;

/**
 * A lesson (урок): one dated instance for one class (and group). The timetable creates lessons and changes
 * their schedule fields with native SQL; this aggregate guards the journal's part of the row — the topic and
 * the homework — and the optimistic version every journal save bumps, so that two saves of one lesson never
 * both pass on the same state. The table's key is (school_year, id); id alone is unique and indexed.
 */
@Entity
@Table(name = "lesson")
public class Lesson {

    public enum State { SCHEDULED, CANCELLED }

    public static final int TOPIC_MAX = 1000;
    public static final String STALE = "Урок уже изменён в другом окне или другим пользователем. "
            + "Обновите страницу: ваши изменения не сохранены";

    @Id
    private Long id;

    @Column(name = "school_year", nullable = false, updatable = false)
    private short schoolYear;

    @Column(name = "school_id", nullable = false, updatable = false)
    private Long schoolId;

    @Column(name = "academic_year_id", nullable = false, updatable = false)
    private Long academicYearId;

    @Column(name = "school_class_id", nullable = false, updatable = false)
    private Long schoolClassId;

    @Column(name = "class_group_id", updatable = false)
    private Long classGroupId;

    @Column(name = "stream_id", updatable = false)
    private Long streamId;

    @Column(name = "subject_id", nullable = false, updatable = false)
    private Long subjectId;

    @Column(name = "teaching_assignment_id", updatable = false)
    private Long teachingAssignmentId;

    @Column(name = "timetable_entry_id", updatable = false)
    private Long timetableEntryId;

    @Column(name = "lesson_date", nullable = false, updatable = false)
    private LocalDate date;

    @Column(name = "slot_number", nullable = false, updatable = false)
    private short slotNumber;

    @Column(name = "starts_at", nullable = false, updatable = false)
    private LocalTime startsAt;

    @Column(name = "ends_at", nullable = false, updatable = false)
    private LocalTime endsAt;

    @Column(name = "teacher_person_id", nullable = false, updatable = false)
    private Long teacherPersonId;

    @Column(name = "substitute_person_id", updatable = false)
    private Long substitutePersonId;

    @Column(name = "room_id", updatable = false)
    private Long roomId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 10)
    private State state;

    @Column(name = "change_note", updatable = false, length = 500)
    private String changeNote;

    @Column(length = TOPIC_MAX)
    private String topic;

    @Column(name = "plan_topic_id")
    private Long planTopicId;

    @Column
    private String homework;

    @Column(name = "homework_none", nullable = false)
    private boolean homeworkNone;

    @Version
    @Column(nullable = false)
    private int version;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Lesson() {
        // for JPA
    }

    /** A lesson's row as read in plain SQL: every column. */
    public record Row(Long id, short schoolYear, Long schoolId, Long academicYearId, Long schoolClassId, Long classGroupId,
                      Long streamId, Long subjectId, Long teachingAssignmentId, Long timetableEntryId, LocalDate date,
                      short slotNumber, LocalTime startsAt, LocalTime endsAt, Long teacherPersonId,
                      Long substitutePersonId, Long roomId, State state, String changeNote, String topic, Long planTopicId,
                      String homework, boolean homeworkNone, int version, Instant updatedAt) {
    }

    /** The lesson of a row read without JPA (detached: written back only through the journal's own statement). */
    public static Lesson of(Row row) {
        Lesson lesson = new Lesson();
        lesson.id = row.id();
        lesson.schoolYear = row.schoolYear();
        lesson.schoolId = row.schoolId();
        lesson.academicYearId = row.academicYearId();
        lesson.schoolClassId = row.schoolClassId();
        lesson.classGroupId = row.classGroupId();
        lesson.streamId = row.streamId();
        lesson.subjectId = row.subjectId();
        lesson.teachingAssignmentId = row.teachingAssignmentId();
        lesson.timetableEntryId = row.timetableEntryId();
        lesson.date = row.date();
        lesson.slotNumber = row.slotNumber();
        lesson.startsAt = row.startsAt();
        lesson.endsAt = row.endsAt();
        lesson.teacherPersonId = row.teacherPersonId();
        lesson.substitutePersonId = row.substitutePersonId();
        lesson.roomId = row.roomId();
        lesson.state = row.state();
        lesson.changeNote = row.changeNote();
        lesson.topic = row.topic();
        lesson.planTopicId = row.planTopicId();
        lesson.homework = row.homework();
        lesson.homeworkNone = row.homeworkNone();
        lesson.version = row.version();
        lesson.updatedAt = row.updatedAt();
        return lesson;
    }

    /** Refuses a save made on another version of the lesson than the stored one. */
    public void requireVersion(Integer expected) {
        if (expected != null && expected != version) {
            throw new ConflictException("version", STALE);
        }
    }

    /** Sets the topic (typed in full or copied from the thematic plan) and the homework or «без задания». */
    public void describe(String newTopic, Long newPlanTopicId, String newHomework, boolean noHomework) {
        this.topic = newTopic;
        this.planTopicId = newPlanTopicId;
        this.homework = noHomework ? null : newHomework;
        this.homeworkNone = noHomework;
    }

    /**
     * The lesson's row now holds this object's journal part at the next version (written by
     * {@code LessonRecords.saveJournal}): the version goes up with every journal save, changed or not.
     */
    public void stored(Instant now) {
        this.updatedAt = now;
        this.version++;
    }

    public boolean isGivenBy(Long personId) {
        return personId != null && (personId.equals(teacherPersonId) || personId.equals(substitutePersonId));
    }

    public boolean cancelled() {
        return state == State.CANCELLED;
    }

    public boolean sameDescription(String newTopic, Long newPlanTopicId, String newHomework, boolean noHomework) {
        return Objects.equals(topic, newTopic) && Objects.equals(planTopicId, newPlanTopicId)
                && Objects.equals(homework, noHomework ? null : newHomework) && homeworkNone == noHomework;
    }

    public Long id() { return id; }
    public int schoolYear() { return schoolYear; }
    public Long schoolId() { return schoolId; }
    public Long academicYearId() { return academicYearId; }
    public Long schoolClassId() { return schoolClassId; }
    public Long classGroupId() { return classGroupId; }
    public Long streamId() { return streamId; }
    public Long subjectId() { return subjectId; }
    public LocalDate date() { return date; }
    public int slotNumber() { return slotNumber; }
    public LocalTime startsAt() { return startsAt; }
    public LocalTime endsAt() { return endsAt; }
    public Long teacherPersonId() { return teacherPersonId; }
    public Long substitutePersonId() { return substitutePersonId; }
    public Long roomId() { return roomId; }
    public State state() { return state; }
    public String changeNote() { return changeNote; }
    public String topic() { return topic; }
    public Long planTopicId() { return planTopicId; }
    public String homework() { return homework; }
    public boolean homeworkNone() { return homeworkNone; }
    public int version() { return version; }
}
