package org.zhurnal.plans.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Objects;
import org.zhurnal.audit.application.AuditLog;
import org.zhurnal.audit.domain.AuditAction;
import org.zhurnal.plans.domain.PlanTopic;
import org.zhurnal.plans.domain.PlanTopics;
import org.zhurnal.plans.domain.TopicInput;
import org.zhurnal.plans.file.PlanSheet;
import org.zhurnal.plans.persistence.ThematicPlans;
import org.zhurnal.shared.error.AccessDeniedException;
import org.zhurnal.shared.error.ConflictException;
import org.zhurnal.shared.error.InvalidInputException;
import org.zhurnal.shared.error.NotFoundException;
import org.zhurnal.shared.security.Actor;
import org.zhurnal.staffimport.file.StaffFileFormat;
import org.zhurnal.timetable.application.TimetableAccess;
import org.zhurnal.timetable.persistence.SchoolFacts;

/**
 * Thematic plans (КТП) of a school: listed and read by the school's staff; the journal administrator keeps
 * the common plans, and a teacher may keep their own plan of a subject and grade. Topics are replaced as a
 * whole (typed or imported from a file), all or nothing; a topic already chosen for a lesson keeps its id and
 * is never deleted. Every answer carries the warning when the plan's hours differ from the curriculum.
 */
@Stateless
public class PlanService {

    static final String NO_PLAN = "КТП не найдено";

    @Inject
    TimetableAccess access;

    @Inject
    SchoolFacts facts;

    @Inject
    ThematicPlans plans;

    @Inject
    AuditLog audit;

    public List<PlanSummary> ofYear(Actor actor, long schoolId, Long yearId) {
        access.requireRead(actor, schoolId);
        return plans.ofYear(schoolId, year(schoolId, yearId));
    }

    /** The subjects a plan may be made for. */
    public List<org.zhurnal.timetable.application.TimetableOptions.Named> subjects(Actor actor, long schoolId) {
        access.requireRead(actor, schoolId);
        return plans.subjects(schoolId);
    }

    public PlanView get(Actor actor, long schoolId, long planId) {
        access.requireRead(actor, schoolId);
        return view(schoolId, planId);
    }

    public PlanView create(Actor actor, long schoolId, NewPlan input) {
        NewPlan plan = Objects.requireNonNull(input, "input");
        requireWrite(actor, schoolId, plan.teacherId());
        long yearId = year(schoolId, plan.yearId());
        if (plan.subjectId() == null || !plans.subjectOfSchool(schoolId, plan.subjectId())) {
            throw new InvalidInputException("subjectId", "Выберите предмет");
        }
        if (plan.grade() == null || plan.grade() < 1 || plan.grade() > 11) {
            throw new InvalidInputException("grade", "Параллель — от 1 до 11");
        }
        List<PlanTopic> topics = PlanTopics.check(Objects.requireNonNullElse(plan.topics(), List.of()));
        if (plans.exists(yearId, plan.subjectId(), plan.grade(), plan.teacherId())) {
            throw new ConflictException("subjectId", "КТП по этому предмету для " + plan.grade()
                    + "-х классов уже есть" + (plan.teacherId() == null ? "" : " у этого учителя") + ": откройте его");
        }
        long id = plans.create(schoolId, yearId, plan.subjectId(), plan.grade(), plan.teacherId());
        plans.replaceTopics(id, topics);
        audit.record(actor, AuditAction.PLAN_CREATED, id);
        return view(schoolId, id);
    }

    public PlanView replaceTopics(Actor actor, long schoolId, long planId, List<TopicInput> inputs) {
        return replace(actor, schoolId, planId, PlanTopics.check(Objects.requireNonNullElse(inputs, List.of())));
    }

    /** Replaces the plan's topics by those of a spreadsheet or CSV file; all rows are checked first. */
    public PlanView importFile(Actor actor, long schoolId, long planId, StaffFileFormat format, byte[] content) {
        header(actor, schoolId, planId);
        return replace(actor, schoolId, planId, PlanTopics.check(PlanSheet.read(format, content)));
    }

    /** The plan's topics for a lesson, with those used by earlier lessons of its class marked. */
    public LessonTopics forLesson(Actor actor, long schoolId, long lessonId) {
        access.requireRead(actor, schoolId);
        return plans.forLesson(schoolId, lessonId).orElseThrow(() -> new NotFoundException("Урок не найден"));
    }

    private PlanView replace(Actor actor, long schoolId, long planId, List<PlanTopic> topics) {
        header(actor, schoolId, planId);
        List<Integer> used = plans.usedPositionsFrom(planId, topics.size());
        if (!used.isEmpty()) {
            throw new ConflictException("topics", "Темы № " + used.stream().map(String::valueOf)
                    .reduce((a, b) -> a + ", " + b).orElse("") + " уже выбраны в уроках: в новом плане должно быть "
                    + "не меньше " + used.get(used.size() - 1) + " тем");
        }
        plans.replaceTopics(planId, topics);
        audit.record(actor, AuditAction.PLAN_TOPICS_REPLACED, planId);
        return view(schoolId, planId);
    }

    private PlanHeader header(Actor actor, long schoolId, long planId) {
        access.requireRead(actor, schoolId);
        PlanHeader header = plans.header(schoolId, planId).orElseThrow(() -> new NotFoundException(NO_PLAN));
        requireWrite(actor, schoolId, header.teacherId());
        return header;
    }

    /** The journal administrator writes every plan; a teacher only their own. */
    private void requireWrite(Actor actor, long schoolId, Long teacherId) {
        boolean own = teacherId != null && actor != null && teacherId.equals(actor.personId());
        if (!access.mayWrite(actor, schoolId) && !(own && access.requireRead(actor, schoolId) != null)) {
            throw new AccessDeniedException();
        }
    }

    private long year(long schoolId, Long yearId) {
        if (yearId == null) {
            throw new InvalidInputException("yearId", "Выберите учебный год");
        }
        return facts.year(schoolId, yearId).orElseThrow(() -> new InvalidInputException("yearId",
                "Учебный год не найден")).id();
    }

    private PlanView view(long schoolId, long planId) {
        PlanSummary summary = plans.summary(schoolId, planId).orElseThrow(() -> new NotFoundException(NO_PLAN));
        return new PlanView(summary, plans.topics(planId));
    }
}
