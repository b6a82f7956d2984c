package org.zhurnal.plans.persistence;

import static org.zhurnal.timetable.persistence.Cells.date;
import static org.zhurnal.timetable.persistence.Cells.id;
import static org.zhurnal.timetable.persistence.Cells.number;
import static org.zhurnal.timetable.persistence.Cells.shortName;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.zhurnal.plans.application.LessonTopics;
import org.zhurnal.plans.application.PlanHeader;
import org.zhurnal.plans.application.PlanSummary;
import org.zhurnal.plans.application.TopicView;
import org.zhurnal.plans.domain.PlanTopic;
import org.zhurnal.plans.domain.PlanTopics;
import org.zhurnal.plans.domain.TopicKind;

/** Thematic plans and their topics in native SQL. */
@ApplicationScoped
public class ThematicPlans {

    private static final String SUMMARY = """
            SELECT tp.id, tp.academic_year_id, s.id, s.name, tp.grade, tp.teacher_person_id, p.surname, p.given_name,
                   p.patronymic, (SELECT count(*) FROM plan_topic t WHERE t.plan_id = tp.id),
                   (SELECT coalesce(sum(t.hours), 0) FROM plan_topic t WHERE t.plan_id = tp.id), ci.hours_per_year
            FROM thematic_plan tp
            JOIN subject s ON s.id = tp.subject_id
            LEFT JOIN person p ON p.id = tp.teacher_person_id
            LEFT JOIN curriculum_item ci ON ci.academic_year_id = tp.academic_year_id AND ci.grade = tp.grade
                 AND ci.subject_id = tp.subject_id
            WHERE tp.school_id = :school AND %s
            ORDER BY tp.grade, s.name, p.surname NULLS FIRST, tp.id
            """;

    @Inject
    EntityManager em;

    public List<PlanSummary> ofYear(long schoolId, long yearId) {
        return rows(em.createNativeQuery(SUMMARY.formatted("tp.academic_year_id = :key"))
                .setParameter("school", schoolId).setParameter("key", yearId)).stream().map(ThematicPlans::summary).toList();
    }

    public Optional<PlanSummary> summary(long schoolId, long planId) {
        return rows(em.createNativeQuery(SUMMARY.formatted("tp.id = :key"))
                .setParameter("school", schoolId).setParameter("key", planId)).stream().map(ThematicPlans::summary)
                .findFirst();
    }

    public Optional<PlanHeader> header(long schoolId, long planId) {
        return rows(em.createNativeQuery("SELECT id, school_id, academic_year_id, subject_id, grade, teacher_person_id "
                        + "FROM thematic_plan WHERE id = :plan AND school_id = :school FOR UPDATE")
                .setParameter("plan", planId).setParameter("school", schoolId)).stream()
                .map(row -> new PlanHeader(id(row[0]), id(row[1]), id(row[2]), id(row[3]), number(row[4]), id(row[5])))
                .findFirst();
    }

    public List<TopicView> topics(long planId) {
        return rows(em.createNativeQuery("SELECT id, position, title, hours, kind, homework FROM plan_topic "
                        + "WHERE plan_id = :plan ORDER BY position").setParameter("plan", planId)).stream()
                .map(row -> {
                    TopicKind kind = TopicKind.valueOf((String) row[4]);
                    return new TopicView(id(row[0]), number(row[1]), (String) row[2], number(row[3]), kind, kind.title(),
                            (String) row[5]);
                }).toList();
    }

    /** The subjects the school may plan: the region's catalogue and the school's own, by name. */
    public List<org.zhurnal.timetable.application.TimetableOptions.Named> subjects(long schoolId) {
        return rows(em.createNativeQuery("SELECT s.id, s.name FROM subject s JOIN school sc ON sc.region_id = s.region_id "
                        + "WHERE sc.id = :school AND (s.school_id IS NULL OR s.school_id = sc.id) ORDER BY s.name, s.id")
                .setParameter("school", schoolId)).stream()
                .map(row -> new org.zhurnal.timetable.application.TimetableOptions.Named(id(row[0]), (String) row[1]))
                .toList();
    }

    /** Whether the subject is one the school may teach: the region's catalogue or the school's own. */
    public boolean subjectOfSchool(long schoolId, long subjectId) {
        return !em.createNativeQuery("SELECT 1 FROM subject s JOIN school sc ON sc.region_id = s.region_id "
                        + "WHERE s.id = :subject AND sc.id = :school AND (s.school_id IS NULL OR s.school_id = sc.id)")
                .setParameter("subject", subjectId).setParameter("school", schoolId).getResultList().isEmpty();
    }

    public boolean exists(long yearId, long subjectId, int grade, Long teacherId) {
        return !em.createNativeQuery("SELECT 1 FROM thematic_plan WHERE academic_year_id = :year "
                        + "AND subject_id = :subject AND grade = :grade AND coalesce(teacher_person_id, 0) = :teacher")
                .setParameter("year", yearId).setParameter("subject", subjectId).setParameter("grade", grade)
                .setParameter("teacher", teacherId == null ? 0L : teacherId).getResultList().isEmpty();
    }

    public long create(long schoolId, long yearId, long subjectId, int grade, Long teacherId) {
        Query insert = em.createNativeQuery("INSERT INTO thematic_plan (school_id, academic_year_id, subject_id, grade, "
                        + "teacher_person_id) VALUES (:school, :year, :subject, :grade, "
                        + (teacherId == null ? "NULL" : ":teacher") + ") RETURNING id")
                .setParameter("school", schoolId).setParameter("year", yearId).setParameter("subject", subjectId)
                .setParameter("grade", grade);
        if (teacherId != null) {
            insert.setParameter("teacher", teacherId);
        }
        return id(insert.getSingleResult());
    }

    /** Positions beyond {@code count} whose topics lessons use (they could not be deleted). */
    public List<Integer> usedPositionsFrom(long planId, int count) {
        return rows(em.createNativeQuery("SELECT t.position, t.id FROM plan_topic t WHERE t.plan_id = :plan "
                        + "AND t.position > :count AND EXISTS (SELECT 1 FROM lesson l WHERE l.plan_topic_id = t.id) "
                        + "ORDER BY t.position").setParameter("plan", planId).setParameter("count", count))
                .stream().map(row -> number(row[0])).toList();
    }

    /**
     * Makes the plan's topics these, in order: topic n keeps its id (so lessons that chose it keep it) and takes
     * the new text; topics beyond the new count are deleted.
     */
    public void replaceTopics(long planId, List<PlanTopic> topics) {
        em.createNativeQuery("DELETE FROM plan_topic WHERE plan_id = :plan AND position > :count")
                .setParameter("plan", planId).setParameter("count", topics.size()).executeUpdate();
        for (int i = 0; i < topics.size(); i++) {
            PlanTopic topic = topics.get(i);
            em.createNativeQuery("""
                            INSERT INTO plan_topic (plan_id, position, title, hours, kind, homework)
                            VALUES (:plan, :position, :title, :hours, :kind, :homework)
                            ON CONFLICT (plan_id, position) DO UPDATE SET title = EXCLUDED.title, hours = EXCLUDED.hours,
                                kind = EXCLUDED.kind, homework = EXCLUDED.homework""")
                    .setParameter("plan", planId).setParameter("position", i + 1).setParameter("title", topic.title())
                    .setParameter("hours", topic.hours()).setParameter("kind", topic.kind().name())
                    .setParameter("homework", topic.homework()).executeUpdate();
        }
        em.createNativeQuery("UPDATE thematic_plan SET updated_at = CURRENT_TIMESTAMP WHERE id = :plan")
                .setParameter("plan", planId).executeUpdate();
    }

    /** The topics for a lesson of the school, or empty when there is no such lesson. */
    public Optional<LessonTopics> forLesson(long schoolId, long lessonId) {
        List<Object[]> lessons = rows(em.createNativeQuery("""
                        SELECT l.school_year, l.academic_year_id, l.subject_id, c.grade, l.school_class_id,
                               coalesce(l.class_group_id, 0), l.teacher_person_id, l.lesson_date, l.slot_number, l.plan_topic_id
                        FROM lesson l JOIN school_class c ON c.id = l.school_class_id
                        WHERE l.id = :lesson AND l.school_id = :school""")
                .setParameter("lesson", lessonId).setParameter("school", schoolId));
        if (lessons.isEmpty()) {
            return Optional.empty();
        }
        Object[] lesson = lessons.get(0);
        List<Object> plans = em.createNativeQuery("SELECT id FROM thematic_plan WHERE academic_year_id = :year "
                        + "AND subject_id = :subject AND grade = :grade "
                        + "AND (teacher_person_id IS NULL OR teacher_person_id = :teacher) "
                        + "ORDER BY teacher_person_id NULLS LAST LIMIT 1")
                .setParameter("year", id(lesson[1])).setParameter("subject", id(lesson[2]))
                .setParameter("grade", number(lesson[3])).setParameter("teacher", id(lesson[6])).getResultList();
        Long chosen = id(lesson[9]);
        if (plans.isEmpty()) {
            return Optional.of(new LessonTopics(lessonId, null, chosen, null, List.of()));
        }
        Long planId = id(plans.get(0));
        List<LessonTopics.Topic> topics = new ArrayList<>();
        Long suggested = null;
        for (Object[] row : rows(em.createNativeQuery("""
                        SELECT t.id, t.position, t.title, t.hours, t.kind, t.homework,
                               (SELECT count(*) FROM lesson u WHERE u.school_year = :schoolYear
                                  AND u.school_class_id = :class AND u.subject_id = :subject
                                  AND coalesce(u.class_group_id, 0) = :group AND u.plan_topic_id = t.id
                                  AND u.state = 'SCHEDULED' AND (u.lesson_date, u.slot_number) < (:day, :slot))
                        FROM plan_topic t WHERE t.plan_id = :plan ORDER BY t.position""")
                .setParameter("schoolYear", number(lesson[0])).setParameter("class", id(lesson[4]))
                .setParameter("subject", id(lesson[2])).setParameter("group", id(lesson[5]))
                .setParameter("day", date(lesson[7])).setParameter("slot", number(lesson[8]))
                .setParameter("plan", planId))) {
            TopicKind kind = TopicKind.valueOf((String) row[4]);
            int used = number(row[6]);
            int hours = number(row[3]);
            topics.add(new LessonTopics.Topic(id(row[0]), number(row[1]), (String) row[2], hours, kind.name(),
                    kind.title(), (String) row[5], used, used >= hours));
            if (suggested == null && used < hours) {
                suggested = id(row[0]);
            }
        }
        return Optional.of(new LessonTopics(lessonId, planId, chosen, suggested, topics));
    }

    private static PlanSummary summary(Object[] row) {
        int grade = number(row[4]);
        int hours = number(row[10]);
        Integer curriculum = number(row[11]);
        return new PlanSummary(id(row[0]), id(row[1]), id(row[2]), (String) row[3], grade, id(row[5]),
                shortName(row, 6), number(row[9]), hours, curriculum, PlanTopics.hoursWarning(hours, curriculum, grade));
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query query) {
        return query.getResultList();
    }
}
