package org.zhurnal.journal.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.NoResultException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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
import org.zhurnal.shared.persistence.PlainSql;
import org.zhurnal.shared.security.PersonName;

/** Lessons through JPA; the facts around them in native SQL, one query each. */
@ApplicationScoped
public class JpaLessonRecords implements LessonRecords {

    /** Parameters: the year, the subject, the lesson's date, the class. */
    private static final String FACTS = "SELECT c.grade, y.working_week, p.number, p.closed_at IS NOT NULL, s.name, "
            + "COALESCE(js.grade1_no_marks, TRUE), COALESCE(js.grade2_first_period_no_marks, TRUE), "
            + "(SELECT string_agg(CAST(n.day AS text), ',') FROM non_working_day n WHERE n.academic_year_id = y.id), "
            + "r.time_zone, COALESCE(js.double_marks_allowed, TRUE) FROM school_class c JOIN academic_year y ON y.id = ? "
            + "JOIN subject s ON s.id = ? JOIN school sc ON sc.id = y.school_id JOIN region r ON r.id = sc.region_id "
            + "LEFT JOIN reporting_period p ON p.academic_year_id = y.id AND CAST(? AS date) BETWEEN p.starts_on AND p.ends_on "
            + "LEFT JOIN journal_settings js ON js.school_id = y.school_id WHERE c.id = ?";
    private static final String KINDS = "SELECT k.id, k.code, k.name, k.short_name, k.weight, k.deadline_days, "
            + "k.control_work FROM work_kind k JOIN school sc ON sc.id = ? WHERE k.region_id IS NULL "
            + "OR (k.region_id = sc.region_id AND (k.school_id IS NULL OR k.school_id = sc.id)) "
            + "ORDER BY k.school_id NULLS FIRST, k.region_id NULLS FIRST, k.id";
    private static final String ROW = "SELECT id, school_year, school_id, academic_year_id, school_class_id, class_group_id, "
            + "stream_id, subject_id, teaching_assignment_id, timetable_entry_id, lesson_date, slot_number, starts_at, ends_at, "
            + "teacher_person_id, substitute_person_id, room_id, state, change_note, topic, plan_topic_id, homework, "
            + "homework_none, version, updated_at FROM lesson WHERE id = ?";
    private static final String SAVE_JOURNAL = "UPDATE lesson SET topic = ?, plan_topic_id = ?, homework = ?, "
            + "homework_none = ?, updated_at = ?, version = version + 1 WHERE school_year = ? AND id = ? AND version = ?";
    /** Parameters: the person, the school, the class, the person. */
    private static final String OVERSEES = "SELECT EXISTS (SELECT 1 FROM staff_position sp WHERE sp.person_id = ? "
            + "AND sp.school_id = ? AND sp.position IN ('DIRECTOR', 'DEPUTY_DIRECTOR') AND sp.valid_to IS NULL) "
            + "OR EXISTS (SELECT 1 FROM school_class c WHERE c.id = ? AND c.class_teacher_person_id = ?)";
    /** Parameters: the person, the year, the subject, the class, the class. */
    private static final String TEACHES = "SELECT EXISTS (SELECT 1 FROM teaching_assignment ta WHERE "
            + "ta.teacher_person_id = ? AND ta.academic_year_id = ? AND ta.subject_id = ? AND (ta.school_class_id = ? "
            + "OR ta.stream_id IN (SELECT sc.stream_id FROM stream_class sc WHERE sc.school_class_id = ?)))";
    private static final String NAMES = "SELECT c.grade, c.letter, g.name, s.name, t.surname, t.given_name, t.patronymic, "
            + "u.surname, u.given_name, u.patronymic FROM school_class c JOIN subject s ON s.id = ?2 "
            + "JOIN person t ON t.id = ?3 LEFT JOIN class_group g ON g.id = ?4 LEFT JOIN person u ON u.id = ?5 "
            + "WHERE c.id = ?1";

    @Inject
    EntityManager em;

    @Inject
    PlainSql sql;

    @Override
    public Optional<Lesson> find(Long lessonId) {
        return Optional.ofNullable(em.find(Lesson.class, lessonId));
    }

    @Override
    public Optional<Lesson> findForJournal(Long lessonId) {
        return sql.one(ROW, row -> Lesson.of(new Lesson.Row(row.getLong(1), row.getShort(2), row.getLong(3), row.getLong(4),
                row.getLong(5), PlainSql.longOrNull(row, 6), PlainSql.longOrNull(row, 7), row.getLong(8),
                PlainSql.longOrNull(row, 9), PlainSql.longOrNull(row, 10), PlainSql.date(row, 11), row.getShort(12),
                row.getObject(13, LocalTime.class), row.getObject(14, LocalTime.class), row.getLong(15),
                PlainSql.longOrNull(row, 16), PlainSql.longOrNull(row, 17), Lesson.State.valueOf(row.getString(18)),
                row.getString(19), row.getString(20), PlainSql.longOrNull(row, 21), row.getString(22), row.getBoolean(23),
                row.getInt(24), instant(row.getObject(25, OffsetDateTime.class)))), lessonId);
    }

    private static Instant instant(OffsetDateTime at) {
        return at == null ? null : at.toInstant();
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
    public void saveJournal(Lesson lesson, Instant now) {
        // written here in one statement, not by Hibernate's dirty checking and flush: detached first, so that
        // no later flush writes the row a second time
        if (em.contains(lesson)) {
            em.detach(lesson);
        }
        int updated = sql.update(SAVE_JOURNAL, lesson.topic(), lesson.planTopicId(), lesson.homework(),
                lesson.homeworkNone(), OffsetDateTime.ofInstant(now, ZoneOffset.UTC), (short) lesson.schoolYear(),
                lesson.id(), lesson.version());
        if (updated == 0) {
            throw new ConflictException("version", Lesson.STALE);
        }
        lesson.stored(now);
    }

    @Override
    public LessonFacts facts(Lesson lesson) {
        return facts(lesson.schoolClassId(), lesson.academicYearId(), lesson.subjectId(), lesson.date(), lesson.cancelled());
    }

    @Override
    public LessonFacts facts(Long classId, Long yearId, Long subjectId, LocalDate date, boolean cancelled) {
        return sql.one(FACTS, row -> {
            String daysOff = row.getString(8);
            int period = row.getInt(3);
            return new LessonFacts(date, cancelled, row.getInt(1), period, row.getBoolean(4),
                    SubjectNames.russianOrLiterature(row.getString(5)),
                    new WorkingDays(WorkingWeek.valueOf(row.getString(2)), daysOff == null ? Set.of()
                            : Arrays.stream(daysOff.split(",")).map(LocalDate::parse).collect(Collectors.toSet())),
                    new JournalSettings(row.getBoolean(6), row.getBoolean(7), row.getBoolean(10)),
                    ZoneId.of(row.getString(9)));
        }, yearId, subjectId, date, classId).orElseThrow(() -> new NoResultException("no class " + classId));
    }

    @Override
    public Map<Long, WorkKind> workKinds(Long schoolId) {
        Map<String, WorkKind> byCode = new LinkedHashMap<>();
        sql.list(KINDS, row -> new WorkKind(row.getLong(1), row.getString(2), row.getString(3), row.getString(4),
                row.getBigDecimal(5), row.getInt(6), row.getBoolean(7)), schoolId)
                .forEach(kind -> byCode.put(kind.code(), kind));
        Map<Long, WorkKind> byId = new LinkedHashMap<>();
        byCode.values().forEach(kind -> byId.put(kind.id(), kind));
        return byId;
    }

    @Override
    public boolean teaches(Long personId, Long yearId, Long classId, Long subjectId) {
        return personId != null && sql.one(TEACHES, row -> row.getBoolean(1), personId, yearId, subjectId, classId, classId)
                .orElse(false);
    }

    @Override
    public boolean overseesClass(Long personId, Long schoolId, Long classId) {
        if (personId == null) {
            return false;
        }
        return sql.one(OVERSEES, row -> row.getBoolean(1), personId, schoolId, classId, personId).orElse(false);
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
