package org.zhurnal.federal.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.zhurnal.federal.application.EsiaIdConflict;

/**
 * ESIA ids of students learned from their parents' children lists ({@code student_esia_id}, V42), the conflicts
 * kept instead of overwriting ({@code student_esia_id_conflict}), and the card look-ups the matching needs. An oid
 * "belongs" to a card either here or through a signed-in account (esia_account, V33, with a confirmed binding).
 */
@ApplicationScoped
public class StudentEsiaIds {

    private static final String STUDENT = "EXISTS (SELECT 1 FROM student s WHERE s.person_id = p.id)";

    @Inject
    EntityManager em;

    /** The student card with this SNILS lookup hash, if it is a student's. */
    public Optional<Long> studentBySnilsHash(byte[] hash) {
        return first(em.createNativeQuery("SELECT p.id FROM person p WHERE p.snils_hash = ?1 AND " + STUDENT)
                .setParameter(1, hash).getResultList());
    }

    /**
     * Students with exactly these names and birth date who are, today, children of the card the account
     * (issuer, subject) is bound to (confirmed binding, current guardianship).
     */
    public List<Long> childrenOfAccountByNamesAndBirthDate(String issuer, String subject, String surname,
                                                           String givenName, String patronymic, LocalDate birthDate,
                                                           LocalDate today) {
        List<?> ids = em.createNativeQuery("""
                SELECT DISTINCT p.id FROM person p
                  JOIN guardianship g ON g.child_person_id = p.id AND g.valid_from <= ?7
                                     AND (g.valid_to IS NULL OR g.valid_to > ?7)
                  JOIN account_binding b ON b.person_id = g.guardian_person_id AND b.state = 'CONFIRMED'
                                        AND b.issuer = ?1 AND b.subject = ?2
                 WHERE lower(p.surname) = lower(?3) AND lower(p.given_name) = lower(?4)
                   AND lower(coalesce(p.patronymic, '')) = lower(?5) AND p.birth_date = ?6 AND\s""" + STUDENT)
                .setParameter(1, issuer).setParameter(2, subject).setParameter(3, surname)
                .setParameter(4, givenName).setParameter(5, patronymic).setParameter(6, birthDate)
                .setParameter(7, today).getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).toList();
    }

    /** The oid the card has: learned here, or of an account bound (confirmed) to it. */
    public Optional<String> oidOf(long person) {
        List<?> oids = em.createNativeQuery("""
                SELECT e.esia_oid FROM student_esia_id e WHERE e.person_id = ?1
                UNION ALL
                SELECT a.esia_oid FROM esia_account a JOIN account_binding b ON b.issuer = a.issuer
                       AND b.subject = a.subject AND b.state = 'CONFIRMED' WHERE b.person_id = ?1""")
                .setParameter(1, person).getResultList();
        return oids.stream().map(Object::toString).findFirst();
    }

    /** The card that holds this oid: learned here, or through a signed-in account bound to it. */
    public Optional<Long> holderOf(String oid) {
        return first(em.createNativeQuery("""
                SELECT e.person_id FROM student_esia_id e WHERE e.esia_oid = ?1
                UNION ALL
                SELECT b.person_id FROM esia_account a JOIN account_binding b ON b.issuer = a.issuer
                       AND b.subject = a.subject AND b.state = 'CONFIRMED' WHERE a.esia_oid = ?1""")
                .setParameter(1, oid).getResultList());
    }

    /** Records the oid of the card; false when either already has a row (a concurrent sign-in got there first). */
    public boolean record(String oid, long person, String matchedBy, String issuer, String subject, Instant at) {
        return em.createNativeQuery("""
                INSERT INTO student_esia_id (esia_oid, person_id, matched_by, reported_by_issuer, reported_by_subject,
                       recorded_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT DO NOTHING""")
                .setParameter(1, oid).setParameter(2, person).setParameter(3, matchedBy).setParameter(4, issuer)
                .setParameter(5, subject).setParameter(6, OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .executeUpdate() == 1;
    }

    /** Keeps a conflict once per (card, offered oid); the new row's id, empty when it was kept before. */
    public Optional<Long> conflict(long person, String offered, String recorded, Long otherPerson, String issuer,
                                   String subject, Instant at) {
        return first(em.createNativeQuery("""
                INSERT INTO student_esia_id_conflict (person_id, offered_oid, recorded_oid, other_person_id,
                       reported_by_issuer, reported_by_subject, reported_at)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT (person_id, offered_oid) DO NOTHING RETURNING id""")
                .setParameter(1, person).setParameter(2, offered).setParameter(3, recorded)
                .setParameter(4, otherPerson).setParameter(5, issuer).setParameter(6, subject)
                .setParameter(7, OffsetDateTime.ofInstant(at, ZoneOffset.UTC)).getResultList());
    }

    /** The conflicts about students of the school, newest first. */
    public List<EsiaIdConflict> conflictsOfSchool(long school, int limit) {
        List<?> rows = em.createNativeQuery("""
                SELECT c.id, c.person_id, p.surname, p.given_name, p.patronymic, c.offered_oid, c.recorded_oid,
                       c.other_person_id, c.reported_at
                  FROM student_esia_id_conflict c JOIN person p ON p.id = c.person_id
                 WHERE EXISTS (SELECT 1 FROM student s WHERE s.person_id = c.person_id AND s.school_id = ?1)
                 ORDER BY c.reported_at DESC, c.id DESC LIMIT ?2""")
                .setParameter(1, school).setParameter(2, limit).getResultList();
        return rows.stream().map(Object[].class::cast).map(r -> new EsiaIdConflict(((Number) r[0]).longValue(),
                ((Number) r[1]).longValue(), fullName(r[2], r[3], r[4]), (String) r[5], (String) r[6],
                r[7] == null ? null : ((Number) r[7]).longValue(), instant(r[8]))).toList();
    }

    private static String fullName(Object surname, Object givenName, Object patronymic) {
        return (surname + " " + givenName + (patronymic == null ? "" : " " + patronymic)).strip();
    }

    private static Instant instant(Object value) {
        if (value instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        if (value instanceof Instant i) {
            return i;
        }
        return ((Timestamp) value).toInstant();
    }

    private static Optional<Long> first(List<?> ids) {
        return ids.stream().findFirst().map(id -> ((Number) id).longValue());
    }
}
