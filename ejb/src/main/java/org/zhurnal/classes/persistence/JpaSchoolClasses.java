package org.zhurnal.classes.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import java.util.Optional;
import org.zhurnal.classes.domain.ClassName;
import org.zhurnal.classes.domain.SchoolClass;
import org.zhurnal.classes.domain.SchoolClasses;
import org.zhurnal.shared.persistence.UniqueViolation.Conflict;
import org.zhurnal.shared.persistence.UniqueViolation;

/** Classes as aggregates; the unique constraints turn a concurrent duplicate into the service's conflict. */
@ApplicationScoped
public class JpaSchoolClasses implements SchoolClasses {

    private static final Map<String, Conflict> CONFLICTS = Map.of(
            "school_class_letter_uk", new Conflict("letter", "Такой класс уже есть в этом учебном году"),
            "class_group_name_uk", new Conflict("name", "В классе уже есть такая группа"));

    @Inject
    EntityManager em;

    @Override
    public Optional<SchoolClass> find(Long classId) {
        return Optional.ofNullable(em.find(SchoolClass.class, classId));
    }

    @Override
    public boolean exists(Long academicYearId, ClassName name) {
        return !em.createQuery("SELECT c.id FROM SchoolClass c WHERE c.academicYearId = :year AND c.grade = :grade "
                        + "AND c.letter = :letter", Long.class)
                .setParameter("year", academicYearId)
                .setParameter("grade", (short) name.grade())
                .setParameter("letter", name.letter())
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    @Override
    public SchoolClass add(SchoolClass schoolClass) {
        write(() -> em.persist(schoolClass));
        return schoolClass;
    }

    @Override
    public void store(SchoolClass schoolClass) {
        write(() -> { });
    }

    private void write(Runnable change) {
        UniqueViolation.flush(em, change, CONFLICTS);
    }
}
