package org.zhurnal.journal.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.zhurnal.calendar.domain.WorkingWeek;
import org.zhurnal.classes.domain.ClassName;
import org.zhurnal.journal.application.LessonRecords;
import org.zhurnal.journal.domain.JournalSettings;
import org.zhurnal.journal.domain.Lesson;
import org.zhurnal.journal.domain.LessonFacts;
import org.zhurnal.journal.domain.SubjectNames;
import org.zhurnal.journal.domain.WorkKind;
import org.zhurnal.journal.domain.WorkingDays;
import org.zhurnal.shared.error.ConflictException;
import org.zhurnal.shared.security.PersonName;

/** Lessons through JPA; the facts around them in native SQL, one query each. */
@ApplicationScoped
public class JpaLessonRecords implements LessonRecords {

    private static final String FACTS = "SELECT c.grade, y.working_week, p.number, p.closed_at IS NOT NULL, s.name, "
            + "COALESCE(js.grade1_no_marks, TRUE), COALESCE(js.grade2_first_period_no_marks, TRUE), "
            + "(SELECT string_agg(CAST(n.day AS text), ',') FROM non_working_day n WHERE n.academic_year_id = y.id), "
            + "r.time_zone, COALESCE(js.double_marks_allowed, TRUE) FROM school_class c JOIN academic_year y ON y.id = ?2 JOIN subject s ON s.id = ?3 "
            + "JOIN school sc ON sc.id = y.school_id JOIN region r ON r.id = sc.region_id "
            + "LEFT JOIN reporting_period p ON p.academic_year_id = y.id AND ?4 BETWEEN p.starts_on AND p.ends_on "
            + "LEFT JOIN journal_settings js ON js.school_id = y.school_id WHERE c.id = ?1";
    private static final String KINDS = "SELECT k.id, k.code, k.name, k.short_name, k.weight, k.deadline_days, "
            + "k.control_work FROM work_kind k JOIN school sc ON sc.id = ?1 WHERE k.region_id IS NULL "
            + "OR (k.region_id = sc.region_id AND (k.school_id IS NULL OR k.school_id = sc.id)) "
            + "ORDER BY k.school_id NULLS FIRST, k.region_id NULLS FIRST, k.id";
    private static final String OVERSEES = "SELECT EXISTS (SELECT 1 FROM staff_position sp WHERE sp.person_id = ?1 "
            + "AND sp.school_id = ?2 AND sp.position IN ('DIRECTOR', 'DEPUTY_DIRECTOR') AND sp.valid_to IS NULL) "
            + "OR EXISTS (SELECT 1 FROM school_class c WHERE c.id = ?3 AND c.class_teacher_person_id = ?1)";
    private static final String TEACHES = "SELECT EXISTS (SELECT 1 FROM teaching_assignment ta WHERE "
            + "ta.teacher_person_id = ?1 AND ta.academic_year_id = ?2 AND ta.subject_id = ?4 AND (ta.school_class_id = ?3 "
            + "OR ta.stream_id IN (SELECT sc.stream_id FROM stream_class sc WHERE sc.school_class_id = ?3)))";
    private static final String NAMES = "SELECT c.grade, c.letter, g.name, s.name, t.surname, t.given_name, t.patronymic, "
            + "u.surname, u.given_name, u.patronymic FROM school_class c JOIN subject s ON s.id = ?2 "
            + "JOIN person t ON t.id = ?3 LEFT JOIN class_group g ON g.id = ?4 LEFT JOIN person u ON u.id = ?5 "
            + "WHERE c.id = ?1";

    @Inject
    EntityManager em;

    @Override
    public Optional<Lesson> find(Long lessonId) {
        return Optional.ofNullable(em.find(Lesson.class, lessonId));
    }

    @Override
    public List<Lesson> ofClass(Long classId, LocalDate from, LocalDate to) {
        @SuppressWarnings("unchecked")
        List<Lesson> found = em.createNativeQuery("SELECT * FROM lesson WHERE school_class_id = ?1 "
                        + "AND lesson_date BETWEEN ?2 AND ?3 ORDER BY lesson_date, slot_number", Lesson.class)
                .setParameter(1, classId).setParameter(2, from).setParameter(3, to).getResultList();
        return found;
    }

    @Override
    public boolean planTopicFits(Lesson lesson, Long planTopicId) {
        return Boolean.TRUE.equals(em.createNativeQuery("SELECT EXISTS (SELECT 1 FROM plan_topic pt "
                        + "JOIN thematic_plan tp ON tp.id = pt.plan_id JOIN school_class c ON c.id = ?2 WHERE pt.id = ?1 "
                        + "AND tp.academic_year_id = ?3 AND tp.subject_id = ?4 AND tp.grade = c.grade)")
                .setParameter(1, planTopicId).setParameter(2, lesson.schoolClassId())
                .setParameter(3, lesson.academicYearId()).setParameter(4, lesson.subjectId()).getSingleResult());
    }

    @Override
    public void flush(Lesson lesson) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConflictException("version", Lesson.STALE);
        }
    }

    @Override
    public LessonFacts facts(Lesson lesson) {
        return facts(lesson.schoolClassId(), lesson.academicYearId(), lesson.subjectId(), lesson.date(), lesson.cancelled());
    }

    @Override
    public LessonFacts facts(Long classId, Long yearId, Long subjectId, LocalDate date, boolean cancelled) {
        Object[] row = (Object[]) em.createNativeQuery(FACTS).setParameter(1, classId)
                .setParameter(2, yearId).setParameter(3, subjectId)
                .setParameter(4, date).getSingleResult();
        Set<LocalDate> daysOff = row[7] == null ? Set.of() : Arrays.stream(((String) row[7]).split(","))
                .map(LocalDate::parse).collect(Collectors.toSet());
        return new LessonFacts(date, cancelled, ((Number) row[0]).intValue(),
                row[2] == null ? 0 : ((Number) row[2]).intValue(), Boolean.TRUE.equals(row[3]),
                SubjectNames.russianOrLiterature((String) row[4]),
                new WorkingDays(WorkingWeek.valueOf((String) row[1]), daysOff),
                new JournalSettings(Boolean.TRUE.equals(row[5]), Boolean.TRUE.equals(row[6]), Boolean.TRUE.equals(row[9])),
                ZoneId.of((String) row[8]));
    }

    @Override
    public Map<Long, WorkKind> workKinds(Long schoolId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(KINDS).setParameter(1, schoolId).getResultList();
        Map<String, WorkKind> byCode = new LinkedHashMap<>();
        for (Object[] r : rows) {
            byCode.put((String) r[1], new WorkKind(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                    (String) r[3], (BigDecimal) r[4], ((Number) r[5]).intValue(), Boolean.TRUE.equals(r[6])));
        }
        Map<Long, WorkKind> byId = new LinkedHashMap<>();
        byCode.values().forEach(kind -> byId.put(kind.id(), kind));
        return byId;
    }

    @Override
    public boolean teaches(Long personId, Long yearId, Long classId, Long subjectId) {
        return personId != null && Boolean.TRUE.equals(em.createNativeQuery(TEACHES).setParameter(1, personId)
                .setParameter(2, yearId).setParameter(3, classId).setParameter(4, subjectId).getSingleResult());
    }

    @Override
    public boolean overseesClass(Long personId, Long schoolId, Long classId) {
        if (personId == null) {
            return false;
        }
        return Boolean.TRUE.equals(em.createNativeQuery(OVERSEES).setParameter(1, personId).setParameter(2, schoolId)
                .setParameter(3, classId).getSingleResult());
    }

    @Override
    public LessonNames names(Lesson lesson) {
        Object[] r = (Object[]) em.createNativeQuery(NAMES).setParameter(1, lesson.schoolClassId())
                .setParameter(2, lesson.subjectId()).setParameter(3, lesson.teacherPersonId())
                .setParameter(4, lesson.classGroupId() == null ? -1L : lesson.classGroupId())
                .setParameter(5, lesson.substitutePersonId() == null ? -1L : lesson.substitutePersonId())
                .getSingleResult();
        return new LessonNames(new ClassName(((Number) r[0]).intValue(), (String) r[1]).toString(), (String) r[2],
                (String) r[3], new PersonName((String) r[4], (String) r[5], (String) r[6]).full(),
                r[7] == null ? null : new PersonName((String) r[7], (String) r[8], (String) r[9]).full());
    }
}
