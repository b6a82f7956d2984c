package org.zhurnal.journal.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zhurnal.audit.application.AuditLog;
import org.zhurnal.audit.domain.AuditAction;
import org.zhurnal.classes.application.PersonItem;
import org.zhurnal.journal.application.JournalCells.Authorship;
import org.zhurnal.journal.domain.AttendanceCode;
import org.zhurnal.journal.domain.CellChanges;
import org.zhurnal.journal.domain.Lesson;
import org.zhurnal.journal.domain.ReportedAbsences;
import org.zhurnal.shared.security.Actor;

/**
 * Writes an accepted absence report into the attendance of the student's lessons on the reported days,
 * through the journal's own cells: each change is appended to {@code attendance_change} first (old and new
 * code, the deciding class teacher, the reason and the report), the lesson's version goes up (an open
 * lesson page then cannot silently save over it) and every changed lesson is audited as a journal save.
 *
 * <p>Which lessons: those of the report's class (the class on its first day) from its first to its last
 * day, whole-class or of a group the student is in on that day, on the class (group) list that day, not
 * cancelled, in a reporting period that is not closed. Which cells: see {@link ReportedAbsences}. Future
 * lessons get the code in advance; their teacher may still change it on the lesson day as usual.
 *
 * <p>The caller decides whether the actor may: this is called by the absence report's decision, which only
 * the class teacher of the report's class may make.
 */
@Stateless
public class ReportedAbsenceService {

    static final String REASON = "Принято сообщение об отсутствии № %d";

    @Inject
    LessonRecords lessons;

    @Inject
    JournalCells cells;

    @Inject
    LessonStudents students;

    @Inject
    AuditLog audit;

    @Inject
    java.time.Clock clock;

    /** Applies the report; answers the ids of the lessons whose attendance changed. */
    public List<Long> apply(Actor decider, AcceptedAbsence report) {
        AttendanceCode code = AttendanceCode.valueOf(report.code());
        Instant now = clock.instant();
        Map<String, Boolean> listed = new HashMap<>();
        List<Long> changed = new ArrayList<>();
        for (Lesson lesson : lessons.ofClass(report.classId(), report.from(), report.to())) {
            if (lesson.cancelled() || !listed.computeIfAbsent(lesson.date() + "/" + lesson.classGroupId(),
                    key -> onList(lesson, report.studentId())) || lessons.facts(lesson).periodClosed()) {
                continue;
            }
            AttendanceCode current = cells.attendance(lesson.schoolYear(), lesson.id()).get(report.studentId());
            Optional<AttendanceCode> next = ReportedAbsences.fill(current, code);
            if (next.isEmpty()) {
                continue;
            }
            lessons.saveJournal(lesson, now);
            CellChanges changes = new CellChanges();
            changes.attendance(report.studentId(), current, next.get());
            cells.apply(LessonJournalService.key(lesson), changes,
                    Authorship.reported(decider, now, REASON.formatted(report.reportId()), report.reportId()));
            changed.add(lesson.id());
        }
        if (!changed.isEmpty()) {
            audit.recordAll(decider, AuditAction.LESSON_JOURNAL_SAVED, changed);
        }
        return changed;
    }

    private boolean onList(Lesson lesson, long studentId) {
        return students.of(lesson).stream().map(PersonItem::personId).anyMatch(id -> id == studentId);
    }
}
