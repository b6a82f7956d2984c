package org.zhurnal.calendar.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.zhurnal.calendar.domain.BellSchedule;
import org.zhurnal.calendar.domain.BellSchedules;

@ApplicationScoped
public class JpaBellSchedules implements BellSchedules {

    @Inject
    EntityManager em;

    @Override
    public List<BellSchedule> ofSchool(Long schoolId) {
        return em.createQuery("SELECT DISTINCT b FROM BellSchedule b LEFT JOIN FETCH b.slots "
                        + "WHERE b.schoolId = :school ORDER BY b.name", BellSchedule.class)
                .setParameter("school", schoolId)
                .getResultList();
    }

    @Override
    public boolean existsNamed(Long schoolId, String name) {
        return !em.createQuery("SELECT b.id FROM BellSchedule b WHERE b.schoolId = :school AND b.name = :name",
                        Long.class)
                .setParameter("school", schoolId)
                .setParameter("name", name)
                .setMaxResults(1)
                .getResultList().isEmpty();
    }

    @Override
    public BellSchedule add(BellSchedule schedule) {
        em.persist(schedule);
        em.flush();
        return schedule;
    }
}
