package org.zhurnal.curriculum.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.zhurnal.curriculum.application.CurriculumDirectory;
import org.zhurnal.curriculum.application.CurriculumLine;
import org.zhurnal.curriculum.application.SubjectItem;
import org.zhurnal.curriculum.domain.CurriculumItem;

/** Subjects and curricula for screens, as JPQL projections. */
@ApplicationScoped
public class JpaCurriculumDirectory implements CurriculumDirectory {

    @Inject
    EntityManager em;

    @Override
    public List<SubjectItem> subjects(Long regionId, Long schoolId) {
        String owner = schoolId == null ? "s.schoolId IS NULL" : "(s.schoolId IS NULL OR s.schoolId = :school)";
        var query = em.createQuery("SELECT new org.zhurnal.curriculum.application.SubjectItem(s.id, s.name, "
                        + "s.shortName, s.schoolId) FROM Subject s WHERE s.regionId = :region AND " + owner
                        + " ORDER BY s.name, s.id", SubjectItem.class)
                .setParameter("region", regionId);
        if (schoolId != null) {
            query.setParameter("school", schoolId);
        }
        return query.getResultList();
    }

    @Override
    public List<CurriculumLine> curriculum(Long academicYearId) {
        return em.createQuery("SELECT i.grade, s.id, s.name, i.hoursPerYear FROM CurriculumItem i "
                        + "JOIN Subject s ON s.id = i.subjectId WHERE i.academicYearId = :year "
                        + "ORDER BY i.grade, s.name, s.id", Object[].class)
                .setParameter("year", academicYearId)
                .getResultList().stream()
                .map(row -> line((Integer) row[0], (Long) row[1], (String) row[2], (Integer) row[3]))
                .toList();
    }

    private static CurriculumLine line(int grade, Long subjectId, String subjectName, int hoursPerYear) {
        return new CurriculumLine(grade, subjectId, subjectName, hoursPerYear,
                CurriculumItem.hoursPerWeek(grade, hoursPerYear));
    }
}
