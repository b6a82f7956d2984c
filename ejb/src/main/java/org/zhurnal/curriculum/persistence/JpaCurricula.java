package org.zhurnal.curriculum.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.zhurnal.curriculum.domain.Curricula;
import org.zhurnal.curriculum.domain.CurriculumPlan;

/** Curricula in PostgreSQL: replacing deletes the year's lines and inserts the plan's in the same transaction. */
@ApplicationScoped
public class JpaCurricula implements Curricula {

    @Inject
    EntityManager em;

    @Override
    public void replace(CurriculumPlan plan) {
        em.createQuery("DELETE FROM CurriculumItem i WHERE i.academicYearId = :year")
                .setParameter("year", plan.academicYearId())
                .executeUpdate();
        plan.items().forEach(em::persist);
        em.flush();
    }
}
