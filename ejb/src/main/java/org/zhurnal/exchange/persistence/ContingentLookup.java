package org.zhurnal.exchange.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Finds the ids our services work with from the names other systems use: a school by INN (in this region),
 * the academic year that includes a date, a class by grade and letter. Read-only; runs in the caller's
 * transaction.
 */
@ApplicationScoped
public class ContingentLookup {

    @Inject
    EntityManager em;

    public Optional<Long> schoolByInn(Long regionId, String inn) {
        return first(em.createNativeQuery("SELECT id FROM school WHERE region_id = ?1 AND inn = ?2")
                .setParameter(1, regionId).setParameter(2, inn).getResultList());
    }

    public Optional<Long> yearOn(Long schoolId, LocalDate date) {
        return first(em.createNativeQuery(
                        "SELECT id FROM academic_year WHERE school_id = ?1 AND starts_on <= ?2 AND ends_on >= ?2")
                .setParameter(1, schoolId).setParameter(2, date).getResultList());
    }

    public Optional<Long> classOf(Long yearId, int grade, String letter) {
        return first(em.createNativeQuery(
                        "SELECT id FROM school_class WHERE academic_year_id = ?1 AND grade = ?2 AND letter = ?3")
                .setParameter(1, yearId).setParameter(2, grade).setParameter(3, letter).getResultList());
    }

    private static Optional<Long> first(List<?> rows) {
        return rows.stream().findFirst().map(id -> ((Number) id).longValue());
    }
}
