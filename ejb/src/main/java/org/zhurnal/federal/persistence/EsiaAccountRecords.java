package org.zhurnal.federal.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Which sign-in account has which ESIA id ({@code esia_account}, V33): one row per oid, one oid per account. */
@ApplicationScoped
public class EsiaAccountRecords {

    @Inject
    EntityManager em;

    /** Records that the account (issuer, subject) has this oid, replacing what either was recorded with before. */
    public void record(String oid, String issuer, String subject, Instant seenAt) {
        em.createNativeQuery("DELETE FROM esia_account WHERE issuer = ?1 AND subject = ?2 AND esia_oid <> ?3")
                .setParameter(1, issuer).setParameter(2, subject).setParameter(3, oid).executeUpdate();
        em.createNativeQuery("""
                INSERT INTO esia_account (esia_oid, issuer, subject, seen_at) VALUES (?1, ?2, ?3, ?4)
                ON CONFLICT (esia_oid) DO UPDATE SET issuer = EXCLUDED.issuer, subject = EXCLUDED.subject,
                       seen_at = EXCLUDED.seen_at""")
                .setParameter(1, oid).setParameter(2, issuer).setParameter(3, subject)
                .setParameter(4, OffsetDateTime.ofInstant(seenAt, ZoneOffset.UTC)).executeUpdate();
    }
}
