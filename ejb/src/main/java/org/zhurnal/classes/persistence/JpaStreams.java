package org.zhurnal.classes.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zhurnal.classes.domain.Stream;
import org.zhurnal.classes.domain.Streams;
import org.zhurnal.shared.persistence.UniqueViolation;
import org.zhurnal.shared.persistence.UniqueViolation.Conflict;

/** Streams with their classes; the unique name index turns a duplicate into a conflict on {@code name}. */
@ApplicationScoped
public class JpaStreams implements Streams {

    private static final Map<String, Conflict> CONFLICTS = Map.of(
            "stream_name_uk", new Conflict("name", "В этом учебном году уже есть поток с таким названием"));

    @Inject
    EntityManager em;

    @Override
    public Optional<Stream> find(Long streamId) {
        return Optional.ofNullable(em.find(Stream.class, streamId));
    }

    @Override
    public List<Stream> ofYear(Long schoolId, Long academicYearId) {
        return em.createQuery("SELECT DISTINCT s FROM Stream s LEFT JOIN FETCH s.classIds "
                        + "WHERE s.schoolId = :school AND s.academicYearId = :year ORDER BY s.name", Stream.class)
                .setParameter("school", schoolId).setParameter("year", academicYearId).getResultList();
    }

    @Override
    public Stream add(Stream stream) {
        UniqueViolation.flush(em, () -> em.persist(stream), CONFLICTS);
        return stream;
    }
}
