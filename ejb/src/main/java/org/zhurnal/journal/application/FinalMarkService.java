package org.zhurnal.journal.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zhurnal.audit.application.AuditLog;
import org.zhurnal.audit.domain.AuditAction;
import org.zhurnal.classes.application.PersonItem;
import org.zhurnal.journal.application.FinalMarkStore.Cell;
import org.zhurnal.journal.application.GridReads.CellValue;
import org.zhurnal.journal.application.GridReads.ClassYear;
import org.zhurnal.journal.application.JournalGrid.Period;
import org.zhurnal.journal.domain.FinalMarkDecision;
import org.zhurnal.journal.domain.FinalMarkDecision.Current;
import org.zhurnal.journal.domain.FinalMarks;
import org.zhurnal.journal.domain.FinalMarks.Weighted;
import org.zhurnal.shared.error.AccessDeniedException;
import org.zhurnal.shared.error.InvalidInputException;
import org.zhurnal.shared.error.NotFoundException;
import org.zhurnal.shared.security.Actor;
import org.zhurnal.shared.security.SchoolAccess;

/**
 * Final marks of a class and subject: the sheet with the proposals, and the teacher's decisions, each a new
 * version. Proposals: a period's weighted average rounded (н/а below the minimum number of marks); the year's
 * from the period marks decided so far (н/а unless every period has a mark), with the same rounding.
 * Decided by the subject's teacher in the class or a journal administrator; read also by the class's overseers.
 */
@Stateless
public class FinalMarkService {

    @Inject
    GridReads reads;

    @Inject
    LessonRecords lessons;

    @Inject
    FinalMarkStore store;

    @Inject
    SchoolAccess schools;

    @Inject
    JournalGridStudents students;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    public FinalSheet sheet(Actor actor, Long classId, Long subjectId, Long groupId) {
        ClassYear year = classYear(classId, subjectId);
        requireAccess(actor, year, classId, subjectId, false);
        return build(year, classId, subjectId, groupId);
    }

    public FinalSheet decide(Actor actor, Long classId, Long subjectId, Long groupId, Long studentId, int periodNumber,
                             FinalMarkDecision decision) {
        ClassYear year = classYear(classId, subjectId);
        requireAccess(actor, year, classId, subjectId, true);
        FinalSheet sheet = build(year, classId, subjectId, groupId);
        FinalSheet.Student student = sheet.students().stream().filter(s -> s.studentId().equals(studentId)).findFirst()
                .orElseThrow(() -> new InvalidInputException("studentId", "Обучающегося нет в списке класса (группы)"));
        FinalSheet.Cell cell = student.cells().stream().filter(c -> c.periodNumber() == periodNumber).findFirst()
                .orElseThrow(() -> new InvalidInputException("periodNumber", "Нет такого отчётного периода"));
        boolean closed = periodNumber == 0 ? year.periods().stream().allMatch(Period::closed)
                : year.periods().get(periodNumber - 1).closed();
        Optional<Current> current = Optional.ofNullable(store.current(classId, subjectId).get(new Cell(studentId, periodNumber)));
        decision.check(Optional.ofNullable(cell.proposed()), current, closed);
        store.append(new FinalMarkStore.NewVersion(year.schoolId(), year.yearId(), classId, subjectId, studentId,
                periodNumber, current.map(c -> c.version() + 1).orElse(1), decision, decision.confirmedAfter(current),
                cell.average(), cell.proposed(), actor, clock.instant()));
        audit.record(actor, AuditAction.FINAL_MARK_DECIDED, studentId);
        return build(year, classId, subjectId, groupId);
    }

    private FinalSheet build(ClassYear year, Long classId, Long subjectId, Long groupId) {
        Period first = year.periods().get(0);
        Period last = year.periods().get(year.periods().size() - 1);
        var shown = reads.lessons(year.schoolYear(), classId, subjectId, groupId, first.startsOn(), last.endsOn());
        Map<Long, Integer> periodOfLesson = new HashMap<>();
        shown.forEach(l -> year.periods().stream().filter(p -> !l.date().isBefore(p.startsOn()) && !l.date().isAfter(p.endsOn()))
                .findFirst().ifPresent(p -> periodOfLesson.put(l.id(), p.number())));
        Map<Cell, List<Weighted>> marks = new HashMap<>();
        for (CellValue v : reads.cells(year.schoolYear(), classId, subjectId, first.startsOn(), last.endsOn())) {
            Integer period = periodOfLesson.get(v.lessonId());
            if (v.value() != null && period != null) {
                List<Weighted> list = marks.computeIfAbsent(new Cell(v.studentId(), period), c -> new ArrayList<>());
                list.add(new Weighted(v.value(), v.weight()));
                if (v.value2() != null) {
                    list.add(new Weighted(v.value2(), v.weight()));
                }
            }
        }
        Map<Cell, Current> decided = store.current(classId, subjectId);
        boolean halfYear = "HALF_YEARS".equals(year.periodSystem());
        List<FinalSheet.Student> rows = new ArrayList<>();
        for (PersonItem s : students.of(classId, groupId, clock, last.endsOn())) {
            List<FinalSheet.Cell> cells = new ArrayList<>();
            List<Weighted> periodValues = new ArrayList<>();
            for (Period p : year.periods()) {
                List<Weighted> list = marks.getOrDefault(new Cell(s.personId(), p.number()), List.of());
                Current now = decided.get(new Cell(s.personId(), p.number()));
                cells.add(new FinalSheet.Cell(p.number(), FinalMarks.average(list).orElse(null), list.size(),
                        FinalMarks.proposed(list, halfYear).orElse(null), decidedView(now)));
                if (now != null && now.value() != null) {
                    periodValues.add(new Weighted(now.value(), java.math.BigDecimal.ONE));
                }
            }
            Integer yearProposal = periodValues.size() == year.periods().size()
                    ? FinalMarks.average(periodValues).map(FinalMarks::round).orElse(null) : null;
            cells.add(new FinalSheet.Cell(0, FinalMarks.average(periodValues).orElse(null), periodValues.size(),
                    yearProposal, decidedView(decided.get(new Cell(s.personId(), 0)))));
            rows.add(new FinalSheet.Student(s.personId(), s.displayName(), cells));
        }
        return new FinalSheet(classId, year.className(), subjectId, year.subjectName(), groupId,
                JournalGrid.PeriodView.of(year.periods()), rows);
    }

    private static FinalSheet.Decided decidedView(Current current) {
        return current == null ? null : new FinalSheet.Decided(current.value(), current.notAttested(),
                current.confirmed() ? "CONFIRMED" : "DRAFT", current.version());
    }

    private ClassYear classYear(Long classId, Long subjectId) {
        ClassYear year = reads.classYear(classId, subjectId).orElseThrow(() -> new NotFoundException("Класс не найден"));
        if (year.periods().isEmpty()) {
            throw new NotFoundException("В учебном году нет отчётных периодов");
        }
        return year;
    }

    private void requireAccess(Actor actor, ClassYear year, Long classId, Long subjectId, boolean write) {
        Long me = actor == null ? null : actor.personId();
        boolean allowed = schools.mayAdminister(actor, year.schoolId()) || lessons.teaches(me, year.yearId(), classId, subjectId)
                || (!write && lessons.overseesClass(me, year.schoolId(), classId));
        if (!allowed) {
            throw new AccessDeniedException();
        }
    }
}
