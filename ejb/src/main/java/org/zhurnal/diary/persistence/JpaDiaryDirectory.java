package org.zhurnal.diary.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zhurnal.diary.application.PeriodView;
import org.zhurnal.shared.security.PersonName;

/**
 * The diary's small look-ups: whose diaries a person may open, reporting periods, a class teacher's
 * classes and the absences marked in a class on a day. All by primary key or an existing index.
 */
@ApplicationScoped
public class JpaDiaryDirectory {

    /** A child of the actor, and how: SELF (own student card) or GUARDIAN (current legal representative). */
    public record ChildRef(long personId, String relation) {
    }

    /** A class whose class teacher is the person, with the partition of its year. */
    public record TaughtClass(long id, String name, int schoolYear) {
    }

    /** One attendance mark of a class on a day, with the student's name and the lesson's slot and subject. */
    public record MarkedAbsence(long studentPersonId, String displayName, long lessonId, int slot, String subject,
                                String code) {
    }

    private static final String CHILDREN = "SELECT DISTINCT s.person_id, 'SELF' AS relation FROM student s "
            + "WHERE s.person_id = :actor "
            + "UNION SELECT g.child_person_id, 'GUARDIAN' FROM guardianship g WHERE g.guardian_person_id = :actor "
            + "AND g.valid_from <= :today AND (g.valid_to IS NULL OR g.valid_to > :today) ORDER BY 2 DESC, 1";
    private static final String TAUGHT = "SELECT c.id, c.grade, c.letter, y.starts_on FROM school_class c "
            + "JOIN academic_year y ON y.id = c.academic_year_id WHERE c.class_teacher_person_id = :teacher "
            + "AND y.starts_on <= :date AND y.ends_on >= :date ORDER BY c.grade, c.letter";
    private static final String ABSENCES = "SELECT a.student_person_id, p.surname, p.given_name, p.patronymic, "
            + "a.lesson_id, l.slot_number, s.name, a.code FROM attendance a "
            + "JOIN lesson l ON l.school_year = a.school_year AND l.id = a.lesson_id "
            + "JOIN subject s ON s.id = a.subject_id JOIN person p ON p.id = a.student_person_id "
            + "WHERE a.school_year = :year AND l.school_year = :year AND a.school_class_id = :class "
            + "AND a.lesson_date = :date ORDER BY zhurnal_search_key(p.surname), zhurnal_search_key(p.given_name), "
            + "p.id, l.slot_number";

    @Inject
    EntityManager em;

    public List<ChildRef> children(long actorPersonId, LocalDate today) {
        return Rows.of(em.createNativeQuery(CHILDREN).setParameter("actor", actorPersonId).setParameter("today", today))
                .stream().map(row -> new ChildRef(Rows.id(row[0]), (String) row[1])).toList();
    }

    public List<PeriodView> periods(long academicYearId) {
        return Rows.of(em.createNativeQuery("SELECT id, number, starts_on, ends_on FROM reporting_period "
                        + "WHERE academic_year_id = :year ORDER BY number").setParameter("year", academicYearId))
                .stream().map(JpaDiaryDirectory::period).toList();
    }

    /** The period and its academic year's id. */
    public Optional<Map.Entry<Long, PeriodView>> period(long periodId) {
        return Rows.of(em.createNativeQuery("SELECT id, number, starts_on, ends_on, academic_year_id FROM reporting_period "
                        + "WHERE id = :id").setParameter("id", periodId))
                .stream().findFirst().map(row -> Map.entry(Rows.id(row[4]), period(row)));
    }

    public List<TaughtClass> classesTaughtBy(long teacherPersonId, LocalDate date) {
        return Rows.of(em.createNativeQuery(TAUGHT).setParameter("teacher", teacherPersonId).setParameter("date", date))
                .stream().map(row -> new TaughtClass(Rows.id(row[0]), Rows.integer(row[1]) + (String) row[2],
                        Rows.date(row[3]).getYear())).toList();
    }

    public List<MarkedAbsence> absences(TaughtClass schoolClass, LocalDate date) {
        return Rows.of(em.createNativeQuery(ABSENCES)
                        .setParameter("year", (short) schoolClass.schoolYear())
                        .setParameter("class", schoolClass.id())
                        .setParameter("date", date))
                .stream().map(row -> new MarkedAbsence(Rows.id(row[0]),
                        new PersonName((String) row[1], (String) row[2], (String) row[3]).full(), Rows.id(row[4]),
                        Rows.integer(row[5]), (String) row[6], (String) row[7])).toList();
    }

    /** The class teacher's person card of the class, if it has one. */
    public Optional<Long> classTeacherOf(long classId) {
        return Rows.of(em.createNativeQuery("SELECT id, class_teacher_person_id FROM school_class WHERE id = :id")
                .setParameter("id", classId)).stream().findFirst().map(row -> Rows.id(row[1]));
    }

    /** Display names of person cards by id. */
    public Map<Long, String> names(Collection<Long> personIds) {
        Map<Long, String> names = new LinkedHashMap<>();
        if (personIds.isEmpty()) {
            return names;
        }
        for (Object[] row : Rows.of(em.createNativeQuery("SELECT id, surname, given_name, patronymic FROM person "
                + "WHERE id IN (:ids)").setParameter("ids", List.copyOf(personIds)))) {
            names.put(Rows.id(row[0]), new PersonName((String) row[1], (String) row[2], (String) row[3]).full());
        }
        return names;
    }

    private static PeriodView period(Object[] row) {
        return PeriodView.of(Rows.id(row[0]), Rows.integer(row[1]), Rows.date(row[2]), Rows.date(row[3]));
    }
}
