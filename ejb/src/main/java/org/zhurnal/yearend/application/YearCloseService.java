package org.zhurnal.yearend.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;
import org.zhurnal.audit.application.AuditLog;
import org.zhurnal.audit.domain.AuditAction;
import org.zhurnal.calendar.domain.AcademicYear;
import org.zhurnal.calendar.domain.AcademicYears;
import org.zhurnal.school.application.AdministeredSchools;
import org.zhurnal.shared.error.ConflictException;
import org.zhurnal.shared.error.NotFoundException;
import org.zhurnal.shared.security.Actor;
import org.zhurnal.yearend.application.YearEndReads.Blocker;

/**
 * Closing a school's academic year (закрытие учебного года): allowed to whoever administers the school once
 * every student on a class list at the year's end has a confirmed year mark in every subject taught in their
 * class. Closing closes every reporting period — the journal then refuses every change of the year — and
 * marks the year closed; it cannot be undone.
 */
@Stateless
public class YearCloseService {

    static final String NOT_FOUND = "Учебный год не найден";

    @Inject
    AdministeredSchools schools;

    @Inject
    AcademicYears years;

    @Inject
    YearEndReads reads;

    @Inject
    YearEndWrites writes;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    public YearCloseStatus status(Actor actor, Long schoolId, Long yearId) {
        schools.require(actor, schoolId);
        return statusOf(year(schoolId, yearId));
    }

    public YearCloseStatus close(Actor actor, Long schoolId, Long yearId) {
        schools.require(actor, schoolId);
        AcademicYear year = year(schoolId, yearId);
        writes.lockYear(yearId);
        if (reads.closedAt(yearId).isPresent()) {
            throw new ConflictException("year", "Учебный год " + label(year) + " уже закрыт");
        }
        List<Blocker> blockers = reads.blockers(yearId);
        if (!blockers.isEmpty()) {
            throw new ConflictException("year", "Учебный год нельзя закрыть: не все годовые отметки выставлены и "
                    + "подтверждены (" + describe(blockers) + "). Попросите учителей подтвердить итоговые отметки за год.");
        }
        writes.close(yearId, actor, clock.instant());
        audit.record(actor, AuditAction.YEAR_CLOSED, yearId);
        return statusOf(year);
    }

    AcademicYear year(Long schoolId, Long yearId) {
        return years.find(schoolId, yearId).orElseThrow(() -> new NotFoundException(NOT_FOUND));
    }

    private YearCloseStatus statusOf(AcademicYear year) {
        return new YearCloseStatus(year.id(), label(year), year.dates().startsOn(), year.dates().endsOn(),
                reads.closedAt(year.id()).orElse(null), reads.blockers(year.id()), reads.rollover(year.id()).orElse(null));
    }

    static String label(AcademicYear year) {
        return YearCloseStatus.label(year.dates().startsOn(), year.dates().endsOn());
    }

    /** «5А — Математика: 3 из 25; …», the first ten. */
    private static String describe(List<Blocker> blockers) {
        String listed = blockers.stream().limit(10).map(b -> b.className() + " — " + b.subjectName() + ": нет "
                + b.missing() + " из " + b.students()).collect(Collectors.joining("; "));
        return blockers.size() > 10 ? listed + " и ещё " + (blockers.size() - 10) : listed;
    }
}
