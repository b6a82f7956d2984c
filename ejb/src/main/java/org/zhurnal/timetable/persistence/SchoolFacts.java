package org.zhurnal.timetable.persistence;

import static org.zhurnal.timetable.persistence.Cells.date;
import static org.zhurnal.timetable.persistence.Cells.id;
import static org.zhurnal.timetable.persistence.Cells.number;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.zhurnal.timetable.application.YearFacts;

/** Small facts about a school that the timetable and the plans ask for, in native SQL. */
@ApplicationScoped
public class SchoolFacts {

    @Inject
    EntityManager em;

    /** The time zone of the school's region, if the school exists. */
    public Optional<ZoneId> zone(long schoolId) {
        return em.createNativeQuery("SELECT r.time_zone FROM school s JOIN region r ON r.id = s.region_id "
                        + "WHERE s.id = :school", String.class)
                .setParameter("school", schoolId).getResultList().stream()
                .map(zone -> ZoneId.of((String) zone)).findFirst();
    }

    /** Whether the person holds a position at the school on that day (teacher, director, deputy, …). */
    public boolean isStaff(long personId, long schoolId, LocalDate day) {
        return !em.createNativeQuery("SELECT 1 FROM staff_position WHERE person_id = :person AND school_id = :school "
                        + "AND valid_from <= :day AND (valid_to IS NULL OR valid_to >= :day)")
                .setParameter("person", personId).setParameter("school", schoolId).setParameter("day", day)
                .setMaxResults(1).getResultList().isEmpty();
    }

    /** Whether the person teaches at the school on that day. */
    public boolean isTeacher(long personId, long schoolId, LocalDate day) {
        return !em.createNativeQuery("SELECT 1 FROM staff_position WHERE person_id = :person AND school_id = :school "
                        + "AND position = 'TEACHER' AND valid_from <= :day AND (valid_to IS NULL OR valid_to >= :day)")
                .setParameter("person", personId).setParameter("school", schoolId).setParameter("day", day)
                .setMaxResults(1).getResultList().isEmpty();
    }

    public Optional<YearFacts> year(long schoolId, long yearId) {
        return yearWhere("y.id = :key", schoolId, yearId);
    }

    /** The year of a class of the school. */
    public Optional<YearFacts> yearOfClass(long schoolId, long classId) {
        return yearWhere("y.id = (SELECT c.academic_year_id FROM school_class c WHERE c.id = :key)", schoolId, classId);
    }

    /** The school's year that contains the day. */
    public Optional<YearFacts> yearOn(long schoolId, LocalDate day) {
        return TimetableEntries.rows(em.createNativeQuery(YEAR + "y.starts_on <= :day AND y.ends_on >= :day")
                        .setParameter("school", schoolId).setParameter("day", day)).stream()
                .map(SchoolFacts::year).findFirst();
    }

    private static final String YEAR = "SELECT y.id, extract(year FROM y.starts_on), y.starts_on, y.ends_on, "
            + "y.working_week FROM academic_year y WHERE y.school_id = :school AND ";

    private Optional<YearFacts> yearWhere(String condition, long schoolId, long key) {
        return TimetableEntries.rows(em.createNativeQuery(YEAR + condition)
                        .setParameter("school", schoolId).setParameter("key", key)).stream()
                .map(SchoolFacts::year).findFirst();
    }

    private static YearFacts year(Object[] row) {
        return new YearFacts(id(row[0]), number(row[1]), date(row[2]), date(row[3]), "SIX_DAYS".equals(row[4]));
    }
}
