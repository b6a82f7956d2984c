package org.zhurnal.calendar.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.zhurnal.calendar.domain.AcademicYear;
import org.zhurnal.calendar.domain.AcademicYears;

@ApplicationScoped
public class JpaAcademicYears implements AcademicYears {

    @Inject
    EntityManager em;

    @Override
    public List<AcademicYear> ofSchool(Long schoolId) {
        return em.createQuery("SELECT DISTINCT y FROM AcademicYear y LEFT JOIN FETCH y.periods "
                        + "WHERE y.schoolId = :school ORDER BY y.startsOn DESC", AcademicYear.class)
                .setParameter("school", schoolId)
                .getResultList();
    }

    @Override
    public Optional<AcademicYear> find(Long schoolId, Long yearId) {
        return em.createQuery("SELECT y FROM AcademicYear y WHERE y.id = :id AND y.schoolId = :school",
                        AcademicYear.class)
                .setParameter("id", yearId)
                .setParameter("school", schoolId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public AcademicYear add(AcademicYear year) {
        em.persist(year);
        em.flush();
        return year;
    }
}
