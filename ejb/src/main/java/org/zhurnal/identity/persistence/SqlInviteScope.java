package org.zhurnal.identity.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.zhurnal.identity.application.InviteScope;

/** Read-only queries over classes, enrolment events and guardianship for invite codes. */
@ApplicationScoped
public class SqlInviteScope implements InviteScope {

    private static final String NAME = "concat_ws(' ', p.surname, p.given_name, p.patronymic)";

    @Inject
    EntityManager em;

    @Override
    public Optional<ClassPlace> classPlace(Long classId) {
        return em.createNativeQuery("SELECT c.id, c.school_id, c.grade || c.letter, c.class_teacher_person_id "
                        + "FROM school_class c WHERE c.id = ?1")
                .setParameter(1, classId)
                .getResultStream().findFirst().map(row -> place((Object[]) row));
    }

    @Override
    public Optional<ClassPlace> classOf(Long studentPersonId, LocalDate date) {
        return em.createNativeQuery("""
                        SELECT c.id, c.school_id, c.grade || c.letter, c.class_teacher_person_id
                        FROM (SELECT e.kind, e.school_class_id FROM enrolment_event e
                              WHERE e.person_id = ?1 AND e.effective_on <= ?2
                                AND e.kind IN ('ARRIVE', 'LEAVE', 'TRANSFER')
                              ORDER BY e.effective_on DESC, e.id DESC LIMIT 1) last
                        JOIN school_class c ON c.id = last.school_class_id
                        WHERE last.kind = 'ARRIVE'""")
                .setParameter(1, studentPersonId)
                .setParameter(2, date)
                .getResultStream().findFirst().map(row -> place((Object[]) row));
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Representative> representatives(Collection<Long> studentPersonIds, LocalDate date) {
        if (studentPersonIds.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = em.createNativeQuery("SELECT g.child_person_id, g.guardian_person_id, g.kind, " + NAME
                        + " FROM guardianship g JOIN person p ON p.id = g.guardian_person_id "
                        + "WHERE g.child_person_id IN (?1) AND g.valid_from <= ?2 AND (g.valid_to IS NULL OR g.valid_to > ?2) "
                        + "ORDER BY g.child_person_id, p.surname, p.given_name, p.id")
                .setParameter(1, studentPersonIds)
                .setParameter(2, date)
                .getResultList();
        return rows.stream().map(r -> new Representative(((Number) r[0]).longValue(), ((Number) r[1]).longValue(),
                (String) r[2], (String) r[3])).toList();
    }

    @Override
    public String schoolName(Long schoolId) {
        Object name = em.createNativeQuery("SELECT s.short_name FROM school s WHERE s.id = ?1")
                .setParameter(1, schoolId)
                .getResultStream().findFirst().orElse("");
        return name.toString();
    }

    @Override
    public String displayName(Long personId) {
        Object name = em.createNativeQuery("SELECT " + NAME + " FROM person p WHERE p.id = ?1")
                .setParameter(1, personId)
                .getResultStream().findFirst().orElse("");
        return name.toString();
    }

    private static ClassPlace place(Object[] row) {
        return new ClassPlace(((Number) row[0]).longValue(), ((Number) row[1]).longValue(), (String) row[2],
                row[3] == null ? null : ((Number) row[3]).longValue());
    }
}
