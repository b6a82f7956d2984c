package org.zhurnal.assignments.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.zhurnal.assignments.domain.Assignments;
import org.zhurnal.assignments.domain.Audience;
import org.zhurnal.assignments.domain.TeachingAssignment;

/** Teaching assignments as aggregates, with the two facts about staff and groups their rules need. */
@ApplicationScoped
public class JpaAssignments implements Assignments {

    @Inject
    EntityManager em;

    @Override
    public Optional<TeachingAssignment> find(Long assignmentId) {
        return Optional.ofNullable(em.find(TeachingAssignment.class, assignmentId));
    }

    @Override
    public TeachingAssignment add(TeachingAssignment assignment) {
        em.persist(assignment);
        em.flush();
        return assignment;
    }

    @Override
    public boolean overlaps(TeachingAssignment candidate, LocalDate day) {
        Audience audience = candidate.audience();
        return em.createQuery("SELECT a FROM TeachingAssignment a WHERE a.teacherPersonId = :teacher "
                        + "AND a.subjectId = :subject AND a.academicYearId = :year", TeachingAssignment.class)
                .setParameter("teacher", candidate.teacherPersonId())
                .setParameter("subject", candidate.subjectId())
                .setParameter("year", candidate.academicYearId())
                .getResultList().stream()
                .anyMatch(a -> Objects.equals(a.audience(), audience)
                        && (a.isCurrentOn(day) || (a.validTo().isEmpty() && a.validFrom().isAfter(day))));
    }

    @Override
    public boolean isStaffOn(Long personId, Long schoolId, LocalDate day) {
        return !em.createNativeQuery("SELECT 1 FROM staff_position WHERE person_id = :person AND school_id = :school "
                        + "AND valid_from <= :day AND (valid_to IS NULL OR valid_to > :day)")
                .setParameter("person", personId).setParameter("school", schoolId).setParameter("day", day)
                .setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public Optional<Long> classOfGroup(Long groupId) {
        return em.createNativeQuery("SELECT school_class_id FROM class_group WHERE id = :group")
                .setParameter("group", groupId).getResultList().stream()
                .map(value -> ((Number) value).longValue()).findFirst();
    }

    @Override
    public void store() {
        em.flush();
    }
}
