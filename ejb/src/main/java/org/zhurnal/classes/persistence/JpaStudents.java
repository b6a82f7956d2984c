package org.zhurnal.classes.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zhurnal.classes.domain.EnrolmentEvent;
import org.zhurnal.classes.domain.Student;
import org.zhurnal.classes.domain.Students;
import org.zhurnal.shared.persistence.UniqueViolation.Conflict;
import org.zhurnal.shared.persistence.UniqueViolation;

/** Students and their append-only movements in PostgreSQL. */
@ApplicationScoped
public class JpaStudents implements Students {

    @Inject
    EntityManager em;

    @Override
    public Optional<Student> lock(Long schoolId, Long personId) {
        return em.createQuery("SELECT s FROM Student s WHERE s.schoolId = :school AND s.personId = :person",
                        Student.class)
                .setParameter("school", schoolId)
                .setParameter("person", personId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Student add(Student student) {
        UniqueViolation.flush(em, () -> em.persist(student), Map.of("student_school_person_uk",
                new Conflict(null, "Этого обучающегося только что зачислил другой пользователь. Обновите список класса.")));
        return student;
    }

    @Override
    public Optional<Long> latestSchoolOf(Long personId) {
        return em.createQuery("SELECT c.schoolId FROM EnrolmentEvent e, SchoolClass c WHERE c.id = e.schoolClassId "
                        + "AND e.personId = :person ORDER BY e.effectiveOn DESC, e.id DESC", Long.class)
                .setParameter("person", personId)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<EnrolmentEvent> events(Long schoolId, Long personId) {
        return em.createQuery("SELECT e FROM EnrolmentEvent e WHERE e.personId = :person AND e.schoolClassId IN "
                        + "(SELECT c.id FROM SchoolClass c WHERE c.schoolId = :school) ORDER BY e.effectiveOn, e.id",
                        EnrolmentEvent.class)
                .setParameter("person", personId)
                .setParameter("school", schoolId)
                .getResultList();
    }

    @Override
    public void append(List<EnrolmentEvent> events) {
        events.forEach(em::persist);
        em.flush();
    }
}
