package org.zhurnal.journal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zhurnal.classes.application.PersonItem;
import org.zhurnal.journal.application.GridReads.ClassYear;
import org.zhurnal.journal.application.GridReads.LessonColumn;
import org.zhurnal.journal.application.JournalGrid.Column;
import org.zhurnal.journal.application.JournalGrid.Period;
import org.zhurnal.journal.application.LessonPage.KindRow;
import org.zhurnal.journal.domain.JournalRules;
import org.zhurnal.journal.domain.LessonFacts;
import org.zhurnal.journal.domain.WorkKind;
import org.zhurnal.shared.error.AccessDeniedException;
import org.zhurnal.shared.error.NotFoundException;
import org.zhurnal.shared.security.Actor;
import org.zhurnal.shared.security.SchoolAccess;

/**
 * The journal grid of a class (or group) and subject for a period (by default the period of today, else the
 * first). Read by the subject's teachers in the class, the school's journal administrators, director and
 * deputies and the class teacher; a column is writable for whoever keeps that lesson's journal.
 */
@ApplicationScoped
@Transactional
public class JournalGridService {

    @Inject
    GridReads reads;

    @Inject
    LessonRecords lessons;

    @Inject
    JournalGridStudents gridStudents;

    @Inject
    SchoolAccess schools;

    @Inject
    FinalMarkStore finalMarks;

    @Inject
    Clock clock;

    public JournalGrid grid(Actor actor, Long classId, Long subjectId, Long groupId, Long periodId) {
        ClassYear year = reads.classYear(classId, subjectId).orElseThrow(() -> new NotFoundException("Класс не найден"));
        boolean administers = schools.mayAdminister(actor, year.schoolId());
        Long me = actor == null ? null : actor.personId();
        if (!administers && !lessons.teaches(me, year.yearId(), classId, subjectId)
                && !lessons.overseesClass(me, year.schoolId(), classId)) {
            throw new AccessDeniedException();
        }
        LessonFacts base = lessons.facts(classId, year.yearId(), subjectId, LocalDate.ofInstant(clock.instant(),
                ZoneOffset.UTC), false);
        LocalDate today = LocalDate.ofInstant(clock.instant(), base.zone());
        Period period = period(year.periods(), periodId, today);
        LessonFacts facts = new LessonFacts(period.startsOn(), false, base.grade(), period.number(), period.closed(),
                base.russianOrLiterature(), base.workingDays(), base.settings(), base.zone());
        Map<Long, WorkKind> kinds = lessons.workKinds(year.schoolId());
        List<Column> columns = reads.lessons(year.schoolYear(), classId, subjectId, groupId, period.startsOn(),
                period.endsOn()).stream().map(l -> column(l, facts, today, kinds, administers, me)).toList();
        LocalDate listDate = today.isBefore(period.endsOn()) ? (today.isAfter(period.startsOn()) ? today : period.startsOn())
                : period.endsOn();
        List<PersonItem> students = gridStudents.at(classId, groupId, listDate);
        Map<Long, FinalSheet.Decided> finals = new HashMap<>();
        finalMarks.current(classId, subjectId).forEach((cell, current) -> {
            if (cell.periodNumber() == period.number()) {
                finals.put(cell.studentId(), new FinalSheet.Decided(current.value(), current.notAttested(),
                        current.confirmed() ? "CONFIRMED" : "DRAFT", current.version()));
            }
        });
        var rows = new GridRows(columns, halfYear(year), finals).rows(students,
                reads.cells(year.schoolYear(), classId, subjectId, period.startsOn(), period.endsOn()));
        JournalRules rules = new JournalRules(facts, today);
        List<KindRow> kindRows = kinds.values().stream().map(k -> new KindRow(k.id(), k.code(), k.name(), k.shortName(),
                k.weight(), null, null, rules.doubleMarkAllowed(k))).toList();
        return new JournalGrid(classId, year.className(), subjectId, year.subjectName(), groupId, JournalGrid.PeriodView.of(period),
                JournalGrid.PeriodView.of(year.periods()), columns, rows, kindRows);
    }

    private Column column(LessonColumn lesson, LessonFacts facts, LocalDate today, Map<Long, WorkKind> kinds,
                          boolean administers, Long me) {
        JournalRules rules = new JournalRules(facts.of(lesson.date(), "CANCELLED".equals(lesson.state())), today);
        boolean canWrite = administers || (me != null && (me.equals(lesson.teacherId()) || me.equals(lesson.substituteId())));
        Optional<String> locked = rules.marksLockReason();
        List<Long> open = locked.isPresent() ? List.of()
                : kinds.values().stream().filter(rules::withinMarkDeadline).map(WorkKind::id).toList();
        String marksLocked = locked.orElse(open.isEmpty()
                ? "Срок выставления отметок за этот урок истёк. Исправление — через запрос администратору журнала" : null);
        return new Column(lesson.id(), lesson.date().toString(), lesson.slotNumber(), lesson.state(), lesson.topic(), lesson.version(),
                canWrite, rules.attendanceLockReason().orElse(null), marksLocked, open);
    }

    private static Period period(List<Period> periods, Long periodId, LocalDate today) {
        if (periods.isEmpty()) {
            throw new NotFoundException("В учебном году нет отчётных периодов");
        }
        if (periodId != null) {
            return periods.stream().filter(p -> p.id().equals(periodId)).findFirst()
                    .orElseThrow(() -> new NotFoundException("Отчётный период не найден"));
        }
        return periods.stream().filter(p -> !today.isBefore(p.startsOn()) && !today.isAfter(p.endsOn())).findFirst()
                .or(() -> periods.stream().filter(p -> p.endsOn().isBefore(today)).max(Comparator.comparing(Period::endsOn)))
                .orElse(periods.get(0));
    }

    private static boolean halfYear(ClassYear year) {
        return "HALF_YEARS".equals(year.periodSystem());
    }
}
