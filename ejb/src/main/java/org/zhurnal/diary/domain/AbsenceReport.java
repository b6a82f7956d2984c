package org.zhurnal.diary.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.zhurnal.shared.error.ConflictException;
import org.zhurnal.shared.error.InvalidInputException;
import org.zhurnal.shared.security.Actor;

/**
 * A parent's report that their child will be absent on some days, and the class teacher's one decision on
 * it. Protects: the dates are an ordered range of at most {@link #MAX_DAYS} days; a decision is made once,
 * and an acceptance always says which code (Б or У) the lessons of those days are to get.
 */
@Entity
@Table(name = "absence_report")
public class AbsenceReport {

    public static final int MAX_DAYS = 31;
    public static final int MAX_COMMENT = 500;
    static final String ALREADY_DECIDED = "По этому сообщению уже принято решение";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "student_person_id", nullable = false)
    private Long studentPersonId;

    @Column(name = "school_class_id", nullable = false)
    private Long schoolClassId;

    @Column(name = "date_from", nullable = false)
    private LocalDate dateFrom;

    @Column(name = "date_to", nullable = false)
    private LocalDate dateTo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private AbsenceReason reason;

    @Column(length = MAX_COMMENT)
    private String comment;

    @Column(name = "reported_at", nullable = false)
    private Instant reportedAt;

    @Column(name = "reported_by_issuer", nullable = false)
    private String reportedByIssuer;

    @Column(name = "reported_by_subject", nullable = false)
    private String reportedBySubject;

    @Column(name = "reported_by_person_id")
    private Long reportedByPersonId;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private AbsenceDecision decision;

    @Column(name = "decided_code", length = 8)
    private String decidedCode;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by_issuer")
    private String decidedByIssuer;

    @Column(name = "decided_by_subject")
    private String decidedBySubject;

    @Column(name = "decided_by_person_id")
    private Long decidedByPersonId;

    protected AbsenceReport() {
        // for JPA
    }

    /** A new, undecided report; {@code classId} is the child's class on the first day. */
    public static AbsenceReport file(long studentPersonId, long classId, LocalDate from, LocalDate to,
                                     AbsenceReason reason, String comment, Actor by, Instant at) {
        if (from == null) {
            throw new InvalidInputException("from", "Укажите первый день отсутствия");
        }
        if (to == null) {
            throw new InvalidInputException("to", "Укажите последний день отсутствия");
        }
        if (to.isBefore(from)) {
            throw new InvalidInputException("to", "Последний день не может быть раньше первого");
        }
        if (from.plusDays(MAX_DAYS - 1L).isBefore(to)) {
            throw new InvalidInputException("to", "Сообщить можно не более чем о " + MAX_DAYS + " днях подряд");
        }
        if (reason == null) {
            throw new InvalidInputException("reason", "Выберите причину отсутствия");
        }
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        if (text != null && text.length() > MAX_COMMENT) {
            throw new InvalidInputException("comment", "Комментарий длиннее " + MAX_COMMENT + " символов");
        }
        AbsenceReport report = new AbsenceReport();
        report.studentPersonId = studentPersonId;
        report.schoolClassId = classId;
        report.dateFrom = from;
        report.dateTo = to;
        report.reason = reason;
        report.comment = text;
        report.reportedAt = Objects.requireNonNull(at, "at");
        report.reportedByIssuer = by.issuer();
        report.reportedBySubject = by.subject();
        report.reportedByPersonId = by.personId();
        return report;
    }

    /** Accepts the report: the lessons of its days are to get {@code code} (ILL = Б, EXCUSED = У). */
    public void accept(String code, Actor by, Instant at) {
        if (!"ILL".equals(code) && !"EXCUSED".equals(code)) {
            throw new InvalidInputException("code", "Выберите отметку: Б (болезнь) или У (уважительная причина)");
        }
        decide(AbsenceDecision.ACCEPTED, code, by, at);
    }

    public void reject(Actor by, Instant at) {
        decide(AbsenceDecision.REJECTED, null, by, at);
    }

    private void decide(AbsenceDecision decided, String code, Actor by, Instant at) {
        if (decision != null) {
            throw new ConflictException(null, ALREADY_DECIDED);
        }
        decision = decided;
        decidedCode = code;
        decidedAt = Objects.requireNonNull(at, "at");
        decidedByIssuer = by.issuer();
        decidedBySubject = by.subject();
        decidedByPersonId = by.personId();
    }

    public Long id() {
        return id;
    }

    public Long studentPersonId() {
        return studentPersonId;
    }

    public Long schoolClassId() {
        return schoolClassId;
    }

    public LocalDate dateFrom() {
        return dateFrom;
    }

    public LocalDate dateTo() {
        return dateTo;
    }

    public AbsenceReason reason() {
        return reason;
    }

    public String comment() {
        return comment;
    }

    public Instant reportedAt() {
        return reportedAt;
    }

    public AbsenceDecision decision() {
        return decision;
    }

    public String decidedCode() {
        return decidedCode;
    }
}
