package org.zhurnal.curriculum.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.zhurnal.curriculum.domain.Subject;
import org.zhurnal.curriculum.domain.Subjects;
import org.zhurnal.shared.persistence.UniqueViolation.Conflict;
import org.zhurnal.shared.persistence.UniqueViolation;
import org.zhurnal.shared.text.SearchKey;

/**
 * Subjects in PostgreSQL. Names are compared with {@code zhurnal_search_key}, as the unique indexes do;
 * a concurrent duplicate that slips past the check becomes the same conflict.
 */
@ApplicationScoped
public class JpaSubjects implements Subjects {

    @Inject
    EntityManager em;

    @Override
    public List<Subject> findAll(Long regionId, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT s FROM Subject s WHERE s.regionId = :region AND s.id IN :ids", Subject.class)
                .setParameter("region", regionId)
                .setParameter("ids", ids)
                .getResultList();
    }

    @Override
    public boolean existsNamed(Long regionId, Long schoolId, String name) {
        String owner = schoolId == null ? "s.schoolId IS NULL" : "s.schoolId = :school";
        var query = em.createQuery("SELECT s.id FROM Subject s WHERE s.regionId = :region AND " + owner
                        + " AND cast(function('zhurnal_search_key', s.name) as String) = :key", Long.class)
                .setParameter("region", regionId)
                .setParameter("key", SearchKey.of(name))
                .setMaxResults(1);
        if (schoolId != null) {
            query.setParameter("school", schoolId);
        }
        return !query.getResultList().isEmpty();
    }

    @Override
    public Subject add(Subject subject) {
        UniqueViolation.flush(em, () -> em.persist(subject), DUPLICATES);
        return subject;
    }

    @Override
    public void store(Subject subject) {
        UniqueViolation.flush(em, () -> { }, DUPLICATES);
    }

    private static final Conflict DUPLICATE = new Conflict("name", "Предмет с таким названием уже есть");
    private static final Map<String, Conflict> DUPLICATES = Map.of("subject_region_name_uk", DUPLICATE,
            "subject_school_name_uk", DUPLICATE);
}
