package org.zhurnal.assignments.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.zhurnal.calendar.domain.DateRange;
import org.zhurnal.shared.error.ConflictException;
import org.zhurnal.shared.error.InvalidInputException;

/**
 * A teaching assignment (нагрузка): a teacher teaches a subject to a class, a group or a stream of an
 * academic year, from {@code validFrom} (inclusive) until it is ended ({@code validTo}, exclusive). Lessons
 * refer to it, so it is ended, never deleted; it guards that its dates stay inside the year.
 */
@Entity
@Table(name = "teaching_assignment")
public class TeachingAssignment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "school_id", nullable = false, updatable = false)
    private Long schoolId;

    @Column(name = "academic_year_id", nullable = false, updatable = false)
    private Long academicYearId;

    @Column(name = "subject_id", nullable = false, updatable = false)
    private Long subjectId;

    @Column(name = "teacher_person_id", nullable = false, updatable = false)
    private Long teacherPersonId;

    @Column(name = "school_class_id", updatable = false)
    private Long schoolClassId;

    @Column(name = "class_group_id", updatable = false)
    private Long classGroupId;

    @Column(name = "stream_id", updatable = false)
    private Long streamId;

    @Column(name = "valid_from", nullable = false, updatable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    protected TeachingAssignment() {
        // for JPA
    }

    /** The teacher teaches the subject to the audience from {@code from}, a day of the academic year. */
    public static TeachingAssignment assign(Long schoolId, Long academicYearId, DateRange year, Long subjectId,
                                            Long teacherPersonId, Audience audience, LocalDate from) {
        if (from == null || !year.contains(from)) {
            throw new InvalidInputException("validFrom", "Дата начала — день учебного года");
        }
        TeachingAssignment assignment = new TeachingAssignment();
        assignment.schoolId = Objects.requireNonNull(schoolId, "schoolId");
        assignment.academicYearId = Objects.requireNonNull(academicYearId, "academicYearId");
        assignment.subjectId = Objects.requireNonNull(subjectId, "subjectId");
        assignment.teacherPersonId = Objects.requireNonNull(teacherPersonId, "teacherPersonId");
        assignment.schoolClassId = audience.classId();
        assignment.classGroupId = audience.groupId();
        assignment.streamId = audience.streamId();
        assignment.validFrom = from;
        return assignment;
    }

    /** Ends the assignment: the teacher no longer teaches it from {@code on} (exclusive end). */
    public void end(LocalDate on) {
        if (validTo != null) {
            throw new ConflictException("validTo", "Нагрузка уже снята");
        }
        if (on == null || !on.isAfter(validFrom)) {
            throw new InvalidInputException("validTo", "Дата окончания — позже даты начала");
        }
        validTo = on;
    }

    /** Whether the teacher teaches it on the day. */
    public boolean isCurrentOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || day.isBefore(validTo));
    }

    public Long id() {
        return id;
    }

    public Long schoolId() {
        return schoolId;
    }

    public Long academicYearId() {
        return academicYearId;
    }

    public Long subjectId() {
        return subjectId;
    }

    public Long teacherPersonId() {
        return teacherPersonId;
    }

    public Audience audience() {
        return new Audience(schoolClassId, classGroupId, streamId);
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public Optional<LocalDate> validTo() {
        return Optional.ofNullable(validTo);
    }
}
