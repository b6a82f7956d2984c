package org.zhurnal.journal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Set;
import org.zhurnal.shared.error.ConflictException;
import org.zhurnal.shared.error.InvalidInputException;
import org.zhurnal.shared.security.Actor;
import org.zhurnal.shared.security.PersonName;

/**
 * A teacher's request to change a journal cell after its window: a mark (requested value null: remove) or,
 * after the lesson day, a student's attendance (cell ATTENDANCE, position 0; requested code null: present).
 * Only a journal administrator decides it, once: approved (the change is then applied, naming the approver
 * in the cell's history) or refused with a reason. A decided request never changes again.
 */
@Entity
@Table(name = "mark_change_request")
public class MarkChangeRequest {

    public enum State { PENDING, APPROVED, REFUSED }

    /** Which cell of the student's lesson the request changes. */
    public enum Cell { MARK, ATTENDANCE }

    static final int REASON_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "school_id", nullable = false, updatable = false)
    private Long schoolId;

    @Column(name = "school_year", nullable = false, updatable = false)
    private short schoolYear;

    @Column(name = "lesson_id", nullable = false, updatable = false)
    private Long lessonId;

    @Column(name = "student_person_id", nullable = false, updatable = false)
    private Long studentId;

    @Column(name = "position", nullable = false, updatable = false)
    private short markPosition;

    @Column(name = "current_value", updatable = false)
    private Short currentValue;

    @Column(name = "current_value2", updatable = false)
    private Short currentValue2;

    @Column(name = "requested_value", updatable = false)
    private Short requestedValue;

    @Column(name = "requested_value2", updatable = false)
    private Short requestedValue2;

    @Column(name = "requested_work_kind_id", updatable = false)
    private Long requestedWorkKindId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 10)
    private Cell cell;

    @Enumerated(EnumType.STRING)
    @Column(name = "current_code", updatable = false, length = 8)
    private AttendanceCode currentCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "requested_code", updatable = false, length = 8)
    private AttendanceCode requestedCode;

    @Column(nullable = false, updatable = false, length = REASON_MAX)
    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private State state;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Column(name = "requested_by_issuer", nullable = false, updatable = false)
    private String requestedByIssuer;

    @Column(name = "requested_by_subject", nullable = false, updatable = false)
    private String requestedBySubject;

    @Column(name = "requested_by_person_id", updatable = false)
    private Long requestedByPersonId;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by_issuer")
    private String decidedByIssuer;

    @Column(name = "decided_by_subject")
    private String decidedBySubject;

    @Column(name = "decided_by_person_id")
    private Long decidedByPersonId;

    @Column(name = "decision_reason", length = REASON_MAX)
    private String decisionReason;

    protected MarkChangeRequest() {
        // for JPA
    }

    /** A pending request for the cell; {@code current} is the mark now (null: none), {@code requested} null: remove. */
    public static MarkChangeRequest open(Lesson lesson, Long studentId, int position, MarkValue current,
                                         MarkValue requested, Long requestedKindId, String reason, Actor by, Instant at) {
        MarkChangeRequest request = pending(lesson, studentId, Cell.MARK, reason, by, at);
        request.markPosition = (short) position;
        request.currentValue = current == null ? null : (short) current.first();
        request.currentValue2 = current == null || current.second() == null ? null : current.second().shortValue();
        request.requestedValue = requested == null ? null : (short) requested.first();
        request.requestedValue2 = requested == null || requested.second() == null ? null : requested.second().shortValue();
        request.requestedWorkKindId = requested == null ? null : requestedKindId;
        return request;
    }

    /** A pending request for the student's attendance: the code now and the one wanted (null: present). */
    public static MarkChangeRequest openAttendance(Lesson lesson, Long studentId, AttendanceCode current,
                                                   AttendanceCode requested, String reason, Actor by, Instant at) {
        MarkChangeRequest request = pending(lesson, studentId, Cell.ATTENDANCE, reason, by, at);
        request.markPosition = 0;
        request.currentCode = current;
        request.requestedCode = requested;
        return request;
    }

    private static MarkChangeRequest pending(Lesson lesson, Long studentId, Cell cell, String reason, Actor by, Instant at) {
        MarkChangeRequest request = new MarkChangeRequest();
        request.schoolId = lesson.schoolId();
        request.schoolYear = (short) lesson.schoolYear();
        request.lessonId = lesson.id();
        request.studentId = studentId;
        request.cell = cell;
        request.reason = requiredReason(reason, "reason", "Укажите причину исправления");
        request.state = State.PENDING;
        request.requestedAt = at;
        request.requestedByIssuer = by.issuer();
        request.requestedBySubject = by.subject();
        request.requestedByPersonId = by.personId();
        return request;
    }

    public void approve(Actor by, Instant at) {
        decide(State.APPROVED, by, at, null);
    }

    public void refuse(Actor by, Instant at, String why) {
        decide(State.REFUSED, by, at, requiredReason(why, "reason", "Укажите причину отказа"));
    }

    /** The requester as an actor for the mark's history (name and roles are not kept). */
    public Actor requester() {
        return new Actor(requestedByIssuer, requestedBySubject, new PersonName("", "", ""),
                Set.of(), requestedByPersonId);
    }

    public MarkValue requestedValue() {
        return requestedValue == null ? null
                : new MarkValue(requestedValue, requestedValue2 == null ? null : requestedValue2.intValue());
    }

    private void decide(State decision, Actor by, Instant at, String why) {
        if (state != State.PENDING) {
            throw new ConflictException("state", "Запрос уже рассмотрен");
        }
        state = decision;
        decidedAt = at;
        decidedByIssuer = by.issuer();
        decidedBySubject = by.subject();
        decidedByPersonId = by.personId();
        decisionReason = why;
    }

    private static String requiredReason(String text, String field, String message) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(field, message);
        }
        if (text.strip().length() > REASON_MAX) {
            throw new InvalidInputException(field, "Причина — не длиннее " + REASON_MAX + " символов");
        }
        return text.strip();
    }

    public Long id() { return id; }
    public Long schoolId() { return schoolId; }
    public Long lessonId() { return lessonId; }
    public Long studentId() { return studentId; }
    public int position() { return markPosition; }
    public Long requestedWorkKindId() { return requestedWorkKindId; }
    public Cell cell() { return cell; }
    public AttendanceCode requestedCode() { return requestedCode; }
    public String reason() { return reason; }
    public State state() { return state; }
}
