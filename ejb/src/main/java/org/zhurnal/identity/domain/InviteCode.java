package org.zhurnal.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.zhurnal.shared.error.InvalidInputException;
import org.zhurnal.shared.security.Actor;

/**
 * An issued invite code, by its keyed hash: for which student, binding to whose card, until when, and
 * whether it was used or revoked. A code is good once, before it expires, unless revoked.
 */
@Entity
@Table(name = "invite_code")
public class InviteCode {

    public static final Duration VALIDITY = Duration.ofDays(14);
    static final String EXPIRED = "Срок действия кода истёк. Попросите классного руководителя выдать новый код";
    static final String USED = "Этот код уже использован. Если это были не вы, сообщите классному руководителю";
    static final String REVOKED = "Этот код заменён новым. Введите код из последнего письма";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "code_hash", nullable = false)
    private byte[] codeHash;

    @Column(name = "school_id", nullable = false)
    private Long schoolId;

    @Column(name = "student_person_id", nullable = false)
    private Long studentPersonId;

    @Column(name = "person_id", nullable = false)
    private Long personId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private InvitePurpose purpose;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(name = "issued_by_issuer", nullable = false)
    private String issuedByIssuer;

    @Column(name = "issued_by_subject", nullable = false)
    private String issuedBySubject;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "redeemed_at")
    private Instant redeemedAt;

    @Column(name = "redeemed_by_issuer")
    private String redeemedByIssuer;

    @Column(name = "redeemed_by_subject")
    private String redeemedBySubject;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected InviteCode() {
        // for JPA
    }

    public static InviteCode issue(byte[] codeHash, Long schoolId, Long studentPersonId, Long personId,
                                   Actor by, Instant at) {
        InviteCode code = new InviteCode();
        code.codeHash = Objects.requireNonNull(codeHash, "codeHash").clone();
        code.schoolId = Objects.requireNonNull(schoolId, "schoolId");
        code.studentPersonId = Objects.requireNonNull(studentPersonId, "studentPersonId");
        code.personId = Objects.requireNonNull(personId, "personId");
        code.purpose = personId.equals(studentPersonId) ? InvitePurpose.STUDENT : InvitePurpose.PARENT;
        code.issuedAt = Objects.requireNonNull(at, "at");
        code.issuedByIssuer = by.issuer();
        code.issuedBySubject = by.subject();
        code.expiresAt = at.plus(VALIDITY);
        return code;
    }

    /** Marks the code used by the account; refuses (naming field {@code code}) if it cannot be used now. */
    public void redeem(String issuer, String subject, Instant at) {
        if (revokedAt != null) {
            throw new InvalidInputException("code", REVOKED);
        }
        if (redeemedAt != null) {
            throw new InvalidInputException("code", USED);
        }
        if (!at.isBefore(expiresAt)) {
            throw new InvalidInputException("code", EXPIRED);
        }
        redeemedAt = at;
        redeemedByIssuer = Objects.requireNonNull(issuer, "issuer");
        redeemedBySubject = Objects.requireNonNull(subject, "subject");
    }

    /** Revokes the code unless it was used already; returns whether it was still open. */
    public boolean revoke(Instant at) {
        if (redeemedAt != null || revokedAt != null) {
            return false;
        }
        revokedAt = at;
        return true;
    }

    public InviteState stateAt(Instant at) {
        if (redeemedAt != null) {
            return InviteState.USED;
        }
        if (revokedAt != null) {
            return InviteState.REVOKED;
        }
        return at.isBefore(expiresAt) ? InviteState.OPEN : InviteState.EXPIRED;
    }

    public Long id() {
        return id;
    }

    public Long schoolId() {
        return schoolId;
    }

    public Long studentPersonId() {
        return studentPersonId;
    }

    public Long personId() {
        return personId;
    }

    public InvitePurpose purpose() {
        return purpose;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant redeemedAt() {
        return redeemedAt;
    }

    public String issuedByIssuer() {
        return issuedByIssuer;
    }

    public String issuedBySubject() {
        return issuedBySubject;
    }
}
