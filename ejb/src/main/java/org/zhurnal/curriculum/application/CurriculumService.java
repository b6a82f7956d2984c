package org.zhurnal.curriculum.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.zhurnal.audit.application.AuditLog;
import org.zhurnal.audit.domain.AuditAction;
import org.zhurnal.calendar.domain.AcademicYears;
import org.zhurnal.curriculum.domain.Curricula;
import org.zhurnal.curriculum.domain.CurriculumPlan;
import org.zhurnal.curriculum.domain.Subject;
import org.zhurnal.curriculum.domain.Subjects;
import org.zhurnal.school.application.AdministeredSchools;
import org.zhurnal.school.domain.School;
import org.zhurnal.shared.error.InvalidInputException;
import org.zhurnal.shared.error.NotFoundException;
import org.zhurnal.shared.security.Actor;

/**
 * A school's curriculum (учебный план) per academic year: hours a year of each subject in each grade. The
 * plan is replaced as a whole in one transaction, so a refused plan leaves the previous one untouched.
 */
@Stateless
public class CurriculumService {

    static final String YEAR_NOT_FOUND = "Учебный год не найден";

    @Inject
    AdministeredSchools administeredSchools;

    @Inject
    AcademicYears years;

    @Inject
    Subjects subjects;

    @Inject
    Curricula curricula;

    @Inject
    CurriculumDirectory directory;

    @Inject
    AuditLog audit;

    public CurriculumView get(Actor actor, Long schoolId, Long yearId) {
        administeredSchools.require(actor, schoolId);
        requireYear(yearId);
        years.find(schoolId, yearId).orElseThrow(() -> new NotFoundException(YEAR_NOT_FOUND));
        return new CurriculumView(yearId, directory.curriculum(yearId));
    }

    /** Replaces the year's plan by these lines (an empty list empties it). */
    public CurriculumView replace(Actor actor, Long schoolId, Long yearId, List<CurriculumPlan.Line> lines) {
        School school = administeredSchools.require(actor, schoolId);
        requireYear(yearId);
        years.find(schoolId, yearId).orElseThrow(() -> new InvalidInputException("yearId", YEAR_NOT_FOUND));
        List<CurriculumPlan.Line> given = Objects.requireNonNullElse(lines, List.of());
        List<Long> subjectIds = given.stream().filter(Objects::nonNull).map(CurriculumPlan.Line::subjectId)
                .filter(Objects::nonNull).distinct().toList();
        Map<Long, Subject> referenced = subjects.findAll(school.region().id(), subjectIds).stream()
                .collect(Collectors.toMap(Subject::id, Function.identity()));
        curricula.replace(CurriculumPlan.draw(yearId, schoolId, given, referenced));
        audit.record(actor, AuditAction.CURRICULUM_REPLACED, yearId);
        return new CurriculumView(yearId, directory.curriculum(yearId));
    }

    private static void requireYear(Long yearId) {
        if (yearId == null) {
            throw new InvalidInputException("yearId", "Выберите учебный год");
        }
    }
}
