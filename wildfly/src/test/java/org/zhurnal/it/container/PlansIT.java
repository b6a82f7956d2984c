package org.zhurnal.it.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhurnal.it.support.RegionTestData.REGION_ADMIN;
import static org.zhurnal.it.support.RegionTestData.TEACHER;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.zhurnal.calendar.application.SchoolCalendarService;
import org.zhurnal.it.support.ClassesTestData;
import org.zhurnal.it.support.Db;
import org.zhurnal.it.support.RealEar;
import org.zhurnal.it.support.RegionTestData;
import org.zhurnal.it.support.TimetableTestData;
import org.zhurnal.plans.application.LessonTopics;
import org.zhurnal.plans.application.NewPlan;
import org.zhurnal.plans.application.PlanService;
import org.zhurnal.plans.application.PlanView;
import org.zhurnal.plans.domain.TopicInput;
import org.zhurnal.school.application.SchoolService;
import org.zhurnal.shared.error.AccessDeniedException;
import org.zhurnal.shared.error.ConflictException;
import org.zhurnal.shared.error.InvalidRowsException;
import org.zhurnal.staffimport.file.StaffFileFormat;

/** Thematic plans through the real services: hours against the curriculum, import all or nothing, lesson topics. */
@ExtendWith(ArquillianExtension.class)
class PlansIT {

    @Deployment
    static EnterpriseArchive ear() {
        return RealEar.withTests(PlansIT.class, TimetableTestData.class, ClassesTestData.class, RegionTestData.class,
                Db.class);
    }

    @Resource(lookup = "java:jboss/datasources/ZhurnalDS")
    DataSource db;

    @Inject
    SchoolService schools;

    @Inject
    SchoolCalendarService calendar;

    @Inject
    PlanService plans;

    @Test
    void aPlanWarnsWhenItsHoursDifferFromTheCurriculumAndAnImportReplacesItsTopicsAllOrNothing() {
        TimetableTestData s = TimetableTestData.create(db, schools, calendar);
        Db.update(db, "INSERT INTO curriculum_item (academic_year_id, grade, subject_id, hours_per_year) "
                + "VALUES (?, 5, ?, 5)", s.year(), s.maths());
        PlanView plan = plans.create(REGION_ADMIN, s.school(), new NewPlan(s.year(), s.maths(), 5, null,
                List.of(new TopicInput(1, "Натуральные числа", "2", null, "№ 1–5"))));
        assertThat(plan.plan().warning()).isEqualTo("В КТП 2 ч, а по учебному плану 5 ч в год (не хватает 3 ч)");
        long planId = plan.plan().id();

        String csv = "Тема;Часы;Вид;Домашнее задание\nНатуральные числа;3;;№ 1–5\nКонтрольная работа № 1;1;к/р;\n"
                + "Сочинение-миниатюра;1;сочинение;\n";
        PlanView imported = plans.importFile(REGION_ADMIN, s.school(), planId, StaffFileFormat.CSV,
                csv.getBytes(StandardCharsets.UTF_8));
        assertThat(imported.plan().warning()).isNull();
        assertThat(imported.topics()).extracting(t -> t.position() + " " + t.kind()).containsExactly("1 REGULAR", "2 TEST",
                "3 ESSAY");
        assertThat(imported.topics().get(0).id()).as("topic 1 keeps its id").isEqualTo(plan.topics().get(0).id());

        assertThatThrownBy(() -> plans.importFile(REGION_ADMIN, s.school(), planId, StaffFileFormat.CSV,
                "Тема;Часы\nДроби;1\n;x\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(InvalidRowsException.class, e -> assertThat(e.errors()).hasSize(2));
        assertThat(plans.get(REGION_ADMIN, s.school(), planId).topics()).hasSize(3);
        assertThatThrownBy(() -> plans.create(REGION_ADMIN, s.school(), new NewPlan(s.year(), s.maths(), 5, null,
                List.of()))).isInstanceOf(ConflictException.class);
    }

    @Test
    void aLessonsTopicsMarkThoseUsedByEarlierLessonsOfItsClassAndUsedTopicsAreNeverDeleted() {
        TimetableTestData s = TimetableTestData.create(db, schools, calendar);
        long planId = plans.create(REGION_ADMIN, s.school(), new NewPlan(s.year(), s.maths(), 5, null, List.of(
                new TopicInput(1, "Натуральные числа", "2", null, null),
                new TopicInput(2, "Дроби", "1", null, null)))).plan().id();
        List<Long> topics = plans.get(REGION_ADMIN, s.school(), planId).topics().stream().map(t -> t.id()).toList();
        long assignment = s.assignment(s.maths(), s.ivanova(), s.class5a(), null, null);
        long first = lesson(s, assignment, "2026-09-14", topics.get(0));
        long second = lesson(s, assignment, "2026-09-15", topics.get(0));
        long third = lesson(s, assignment, "2026-09-16", null);

        LessonTopics forSecond = plans.forLesson(TEACHER.boundTo(s.ivanova()), s.school(), second);
        assertThat(forSecond.topics()).extracting(LessonTopics.Topic::usedBefore).containsExactly(1, 0);
        assertThat(forSecond.suggestedTopicId()).isEqualTo(topics.get(0));
        LessonTopics forThird = plans.forLesson(REGION_ADMIN, s.school(), third);
        assertThat(forThird.topics()).extracting(LessonTopics.Topic::used).containsExactly(true, false);
        assertThat(forThird.suggestedTopicId()).isEqualTo(topics.get(1));
        assertThat(plans.forLesson(REGION_ADMIN, s.school(), first).chosenTopicId()).isEqualTo(topics.get(0));

        assertThatThrownBy(() -> plans.replaceTopics(REGION_ADMIN, s.school(), planId, List.of()))
                .isInstanceOf(ConflictException.class).hasMessageStartingWith("Темы № 1 уже выбраны в уроках");
        assertThatThrownBy(() -> plans.replaceTopics(TEACHER.boundTo(s.ivanova()), s.school(), planId,
                List.of(new TopicInput(1, "Числа", "1", null, null)))).isInstanceOf(AccessDeniedException.class);
        TimetableTestData other = TimetableTestData.create(db, schools, calendar);
        assertThatThrownBy(() -> plans.forLesson(TEACHER.boundTo(other.ivanova()), s.school(), third))
                .isInstanceOf(AccessDeniedException.class);
    }

    private long lesson(TimetableTestData s, long assignment, String day, Long topic) {
        return Db.count(db, "INSERT INTO lesson (school_year, school_id, academic_year_id, school_class_id, subject_id, "
                        + "teaching_assignment_id, lesson_date, slot_number, starts_at, ends_at, teacher_person_id, plan_topic_id) "
                        + "VALUES (2026, ?, ?, ?, ?, ?, ?, 1, TIME '08:00', TIME '08:45', ?, ?) RETURNING id",
                s.school(), s.year(), s.class5a(), s.maths(), assignment, LocalDate.parse(day), s.ivanova(), topic);
    }
}
