package org.zhurnal.yearend.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zhurnal.calendar.domain.AcademicYear;
import org.zhurnal.classes.application.ClassItem;
import org.zhurnal.classes.application.ClassLists;
import org.zhurnal.classes.domain.ClassGroup;
import org.zhurnal.classes.domain.ClassName;
import org.zhurnal.classes.domain.SchoolClass;
import org.zhurnal.classes.domain.SchoolClasses;
import org.zhurnal.school.domain.School;
import org.zhurnal.shared.error.InvalidInputException;
import org.zhurnal.yearend.domain.NextYearCalendar;
import org.zhurnal.yearend.domain.PromotionPlan;
import org.zhurnal.yearend.domain.PromotionPlan.Change;
import org.zhurnal.yearend.domain.PromotionPlan.OldClass;
import org.zhurnal.yearend.domain.PromotionPlan.Student;
import org.zhurnal.yearend.domain.YearEndDecision;

/**
 * Draws a rollover from what is stored: the year's classes and their lists on its last day, the year-end
 * decisions, and the administrator's changes. A class teacher who no longer teaches at the school is left
 * out with a warning; one the administrator names must be a teacher of the school.
 */
@ApplicationScoped
public class RolloverPlanner {

    /** The plan with the closing year's classes (loaded, by id) and the warnings for the administrator. */
    public record Planned(NextYearCalendar calendar, PromotionPlan plan, Map<Long, SchoolClass> oldClasses,
                          List<String> warnings) {
    }

    @Inject
    ClassLists lists;

    @Inject
    SchoolClasses classes;

    @Inject
    YearEndReads reads;

    public Planned plan(School school, AcademicYear year, RolloverInput input) {
        LocalDate lastDay = year.dates().endsOn();
        Map<Long, SchoolClass> loaded = new LinkedHashMap<>();
        List<OldClass> oldClasses = new ArrayList<>();
        List<Student> students = new ArrayList<>();
        for (ClassItem item : lists.classes(school.id(), year.id(), lastDay)) {
            SchoolClass schoolClass = classes.find(item.id()).orElseThrow();
            loaded.put(item.id(), schoolClass);
            oldClasses.add(new OldClass(item.id(), schoolClass.name(), schoolClass.classTeacherPersonId().orElse(null),
                    schoolClass.groups().stream().map(ClassGroup::name).toList()));
            lists.students(item.id(), lastDay).forEach(person ->
                    students.add(new Student(person.personId(), person.displayName(), item.id())));
        }
        List<String> warnings = new ArrayList<>();
        Map<Long, Change> changes = changes(school, year, input, oldClasses, warnings);
        Map<Long, YearEndDecision> decisions = new HashMap<>();
        reads.decisions(year.id()).forEach((person, decided) -> decisions.put(person, decided.decision()));
        PromotionPlan plan = PromotionPlan.draw(oldClasses, students, decisions, changes);
        return new Planned(NextYearCalendar.after(year), plan, loaded, warnings);
    }

    private static Map<Long, Change> changes(School school, AcademicYear year, RolloverInput input,
                                             List<OldClass> oldClasses, List<String> warnings) {
        Map<Long, Change> changes = new HashMap<>();
        for (RolloverInput.ClassChange change : input.changes()) {
            if (change == null || oldClasses.stream().noneMatch(c -> c.id().equals(change.fromClassId()))) {
                throw new InvalidInputException("classes", "Класс не найден в этом учебном году");
            }
            if (change.teacherGiven() && change.classTeacherPersonId() != null
                    && !teaches(school, year, change.classTeacherPersonId())) {
                throw new InvalidInputException("classes", "Классным руководителем можно назначить только учителя этой школы");
            }
            changes.put(change.fromClassId(), new Change(change.letter(), change.teacherGiven(),
                    change.classTeacherPersonId()));
        }
        for (OldClass old : oldClasses) {
            Change given = changes.get(old.id());
            boolean keepsTeacher = given == null || !given.teacherGiven();
            if (keepsTeacher && old.classTeacherPersonId() != null && old.name().grade() < ClassName.LAST_GRADE
                    && !teaches(school, year, old.classTeacherPersonId())) {
                changes.put(old.id(), new Change(given == null ? null : given.letter(), true, null));
                warnings.add("Классный руководитель " + old.name() + " больше не учитель школы: назначьте классного "
                        + "руководителя класса " + new ClassName(old.name().grade() + 1, old.name().letter()));
            }
        }
        return changes;
    }

    private static boolean teaches(School school, AcademicYear year, Long personId) {
        try {
            SchoolClass.open(year, new ClassName(1, "А")).assignClassTeacher(school, personId);
            return true;
        } catch (InvalidInputException notATeacher) {
            return false;
        }
    }
}
