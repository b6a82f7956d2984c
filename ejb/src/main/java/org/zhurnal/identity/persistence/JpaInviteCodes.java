package org.zhurnal.identity.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.zhurnal.identity.domain.InviteCode;
import org.zhurnal.identity.domain.InviteCodes;

/** Invite codes and redemption attempts in PostgreSQL. */
@ApplicationScoped
public class JpaInviteCodes implements InviteCodes {

    @Inject
    EntityManager em;

    @Override
    public InviteCode add(InviteCode code) {
        em.persist(code);
        em.flush();
        return code;
    }

    @Override
    public Optional<InviteCode> findByHash(byte[] codeHash) {
        return em.createQuery("SELECT c FROM InviteCode c WHERE c.codeHash = :hash", InviteCode.class)
                .setParameter("hash", codeHash)
                .getResultStream().findFirst();
    }

    @Override
    public List<InviteCode> forStudents(Collection<Long> studentPersonIds) {
        if (studentPersonIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT c FROM InviteCode c WHERE c.studentPersonId IN :students "
                        + "ORDER BY c.issuedAt DESC, c.id DESC", InviteCode.class)
                .setParameter("students", studentPersonIds)
                .getResultList();
    }

    @Override
    public List<InviteCode> open(Long studentPersonId, Long personId) {
        return em.createQuery("SELECT c FROM InviteCode c WHERE c.studentPersonId = :student AND c.personId = :person "
                        + "AND c.redeemedAt IS NULL AND c.revokedAt IS NULL", InviteCode.class)
                .setParameter("student", studentPersonId)
                .setParameter("person", personId)
                .getResultList();
    }

    @Override
    public void recordAttempt(String issuer, String subject, String origin, Instant at, boolean succeeded) {
        em.createNativeQuery("INSERT INTO invite_attempt (issuer, subject, origin, attempted_at, succeeded) "
                        + "VALUES (?1, ?2, CAST(?3 AS varchar), ?4, ?5)")
                .setParameter(1, issuer)
                .setParameter(2, subject)
                .setParameter(3, origin)
                .setParameter(4, OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .setParameter(5, succeeded)
                .executeUpdate();
    }

    @Override
    public long failedAttemptsFromSince(String origin, Instant since) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM invite_attempt WHERE origin = ?1 "
                        + "AND attempted_at >= ?2 AND NOT succeeded")
                .setParameter(1, origin)
                .setParameter(2, OffsetDateTime.ofInstant(since, ZoneOffset.UTC))
                .getSingleResult()).longValue();
    }

    @Override
    public long failedAttemptsSince(String issuer, String subject, Instant since) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM invite_attempt WHERE issuer = ?1 AND subject = ?2 "
                        + "AND attempted_at >= ?3 AND NOT succeeded")
                .setParameter(1, issuer)
                .setParameter(2, subject)
                .setParameter(3, OffsetDateTime.ofInstant(since, ZoneOffset.UTC))
                .getSingleResult()).longValue();
    }
}
