package org.zhurnal.reports.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.zhurnal.audit.application.AuditLog;
import org.zhurnal.audit.domain.AuditAction;
import org.zhurnal.reports.application.FinalMarkProposals.Run;
import org.zhurnal.reports.domain.PeriodKind;
import org.zhurnal.shared.error.AccessDeniedException;
import org.zhurnal.shared.error.InvalidInputException;
import org.zhurnal.shared.error.NotFoundException;
import org.zhurnal.shared.security.Actor;
import org.zhurnal.shared.security.Role;

/**
 * The region-wide proposed period marks: the region administrator computes them for every school whose year is
 * divided into periods of the kind, one INSERT … SELECT for the whole region into {@code final_mark_proposal} (the
 * teachers' final-mark sheets propose the same by the same rules; decided marks in {@code final_mark} are never
 * touched). Audited per school (ids only).
 */
@Stateless
public class RegionFinalMarkService {

    @Inject
    FinalMarkProposals proposals;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    public ProposalRun compute(Actor actor, String kindName, int number, Integer schoolYear) {
        requireRegionAdmin(actor);
        PeriodKind kind = kind(kindName);
        int year = checked(kind, number, schoolYear);
        Instant started = clock.instant();
        LocalDate today = sheetToday();
        long run = proposals.startRun(year, kind.periodSystem(), number, null, actor, started);
        var schools = proposals.schools(year, kind.periodSystem());
        int[] stored = proposals.store(run, year, kind.periodSystem(), number, today);
        int rows = stored[0];
        int notAttested = stored[1];
        Instant finished = clock.instant();
        proposals.finishRun(run, schools.size(), rows, notAttested, finished);
        audit.recordAll(actor, AuditAction.FINAL_MARK_PROPOSALS_COMPUTED, schools);
        return new ProposalRun(run, year, kind.path(), number, schools.size(), rows, notAttested, started, finished);
    }

    public ProposalRun last(Actor actor, String kindName, int number, Integer schoolYear) {
        requireRegionAdmin(actor);
        PeriodKind kind = kind(kindName);
        int year = checked(kind, number, schoolYear);
        Run run = proposals.lastRun(year, kind.periodSystem(), number)
                .orElseThrow(() -> new NotFoundException("Итоговые отметки за этот период ещё не рассчитывались"));
        return new ProposalRun(run.id(), year, kind.path(), number, run.schools(), run.proposals(), run.notAttested(),
                run.startedAt(), run.finishedAt());
    }

    /** The day the journal's final-mark sheet takes as today (UTC), so that both list the same pupils. */
    LocalDate sheetToday() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static PeriodKind kind(String value) {
        return PeriodKind.ofPath(value).orElseThrow(() -> new InvalidInputException("periodKind",
                "Вид периода: quarter, trimester или half-year"));
    }

    private int checked(PeriodKind kind, int number, Integer schoolYear) {
        if (!kind.hasPeriod(number)) {
            throw new InvalidInputException("number", "Нет отчётного периода с таким номером");
        }
        if (schoolYear != null) {
            return schoolYear;
        }
        LocalDate today = sheetToday();
        return today.getMonthValue() >= 8 ? today.getYear() : today.getYear() - 1;
    }

    private static void requireRegionAdmin(Actor actor) {
        if (actor == null || !actor.has(Role.REGION_ADMIN)) {
            throw new AccessDeniedException();
        }
    }
}
