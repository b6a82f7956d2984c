package org.zhurnal.journal.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.zhurnal.audit.application.AuditLog;
import org.zhurnal.audit.domain.AuditAction;
import org.zhurnal.classes.application.PersonItem;
import org.zhurnal.journal.application.JournalCells.Authorship;
import org.zhurnal.journal.domain.AttendanceCode;
import org.zhurnal.journal.domain.CellChanges;
import org.zhurnal.journal.domain.JournalRules;
import org.zhurnal.journal.domain.Lesson;
import org.zhurnal.journal.domain.LessonFacts;
import org.zhurnal.journal.domain.MarkCell;
import org.zhurnal.journal.domain.MarkChangeRequest;
import org.zhurnal.journal.domain.MarkValue;
import org.zhurnal.journal.domain.WorkKind;
import org.zhurnal.shared.error.ConflictException;
import org.zhurnal.shared.error.InvalidInputException;
import org.zhurnal.shared.error.NotFoundException;
import org.zhurnal.shared.security.Actor;
import org.zhurnal.shared.security.SchoolAccess;

/**
 * Changes of marks after their window, and of attendance after the lesson day. Whoever keeps the lesson's journal may ask; only a journal
 * administrator of the lesson's school decides. Approval applies the change as the requester's, with the
 * approver, the reason and the request in the mark's history; a closed period refuses even an approval.
 */
@Stateless
public class ChangeRequestService {

    static final String NOT_FOUND = "Запрос на исправление не найден";

    @Inject
    LessonRecords lessons;

    @Inject
    JournalCells cells;

    @Inject
    JournalAccess access;

    @Inject
    LessonStudents students;

    @Inject
    ChangeRequests requests;

    @Inject
    SchoolAccess schools;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    public Long request(Actor actor, Long lessonId, NewChangeRequest input) {
        Lesson lesson = lessons.find(lessonId).orElseThrow(() -> new NotFoundException(LessonJournalService.LESSON_NOT_FOUND));
        access.requireWrite(actor, lesson);
        if (input == null || input.studentId() == null
                || students.of(lesson).stream().map(PersonItem::personId).noneMatch(input.studentId()::equals)) {
            throw new InvalidInputException("studentId", "Обучающегося нет в списке класса (группы) на дату урока");
        }
        if (input.cell() != null && !input.forAttendance() && !"MARK".equals(input.cell())) {
            throw new InvalidInputException("cell", "Исправить можно отметку (MARK) или посещаемость (ATTENDANCE)");
        }
        MarkChangeRequest request = requests.add(input.forAttendance() ? attendanceRequest(actor, lesson, input)
                : markRequest(actor, lesson, input));
        audit.record(actor, AuditAction.MARK_CHANGE_REQUESTED, request.id());
        return request.id();
    }

    private MarkChangeRequest attendanceRequest(Actor actor, Lesson lesson, NewChangeRequest input) {
        rules(lesson).checkAttendanceChangeRequest();
        AttendanceCode current = cells.attendance(lesson.schoolYear(), lesson.id()).get(input.studentId());
        if (current == input.attendance()) {
            throw new InvalidInputException("attendance", "Посещаемость уже такая: исправлять нечего");
        }
        if (requests.pendingFor(lesson.id(), input.studentId(), 0)) {
            throw new ConflictException("attendance", "По посещаемости этого ученика на уроке уже есть нерассмотренный запрос");
        }
        return MarkChangeRequest.openAttendance(lesson, input.studentId(), current, input.attendance(), input.reason(),
                actor, clock.instant());
    }

    private MarkChangeRequest markRequest(Actor actor, Lesson lesson, NewChangeRequest input) {
        Map<Long, WorkKind> kinds = lessons.workKinds(lesson.schoolId());
        MarkCell current = currentMark(lesson, input.studentId(), input.position());
        MarkValue requested = input.value() == null ? null : new MarkValue(input.value(), input.value2());
        WorkKind requestedKind = requested == null ? null : kinds.get(input.workKindId());
        if (requested != null && requestedKind == null) {
            throw new InvalidInputException("workKindId", "Выберите вид работы для отметки");
        }
        if (current == null && requested == null) {
            throw new InvalidInputException("value", "Отметки нет: удалять нечего");
        }
        rules(lesson).checkChangeRequest(current == null ? null
                : kinds.getOrDefault(current.workKindId(), WorkKind.unknown(current.workKindId())), requestedKind, requested);
        if (requests.pendingFor(lesson.id(), input.studentId(), input.position())) {
            throw new ConflictException("position", "По этой отметке уже есть нерассмотренный запрос");
        }
        return MarkChangeRequest.open(lesson, input.studentId(), input.position(),
                current == null ? null : current.value(), requested, input.workKindId(), input.reason(), actor,
                clock.instant());
    }

    public List<ChangeRequests.Item> ofSchool(Actor actor, Long schoolId, MarkChangeRequest.State state) {
        schools.requireAdministration(actor, schoolId);
        return requests.ofSchool(schoolId, state);
    }

    public void approve(Actor actor, Long requestId) {
        MarkChangeRequest request = decidable(actor, requestId);
        Lesson lesson = lessons.find(request.lessonId()).orElseThrow();
        rules(lesson).lockReason().ifPresent(reason -> {
            throw new ConflictException("state", reason);
        });
        request.approve(actor, clock.instant());
        lessons.saveJournal(lesson, clock.instant());
        Authorship approved = Authorship.approved(request.requester(), clock.instant(), request.reason(), actor, request.id());
        CellChanges changes = request.cell() == MarkChangeRequest.Cell.ATTENDANCE ? attendanceChange(lesson, request)
                : markChange(lesson, request);
        if (!changes.isEmpty()) {
            cells.apply(LessonJournalService.key(lesson), changes, approved);
        }
        audit.record(actor, AuditAction.MARK_CHANGE_APPROVED, request.id());
    }

    /** From the attendance now (it may have changed since the request) to the requested one. */
    private CellChanges attendanceChange(Lesson lesson, MarkChangeRequest request) {
        CellChanges changes = new CellChanges();
        AttendanceCode now = cells.attendance(lesson.schoolYear(), lesson.id()).get(request.studentId());
        if (now != request.requestedCode()) {
            changes.attendance(request.studentId(), now, request.requestedCode());
        }
        return changes;
    }

    private CellChanges markChange(Lesson lesson, MarkChangeRequest request) {
        CellChanges changes = new CellChanges();
        MarkCell current = currentMark(lesson, request.studentId(), request.position());
        MarkValue value = request.requestedValue();
        WorkKind kind = value == null ? null : lessons.workKinds(lesson.schoolId()).get(request.requestedWorkKindId());
        MarkCell wanted = value == null ? null : new MarkCell(request.studentId(), request.position(), value, kind.id(),
                kind.weight(), current == null ? null : current.comment());
        if (current != null || wanted != null) {
            changes.mark(current, wanted);
        }
        return changes;
    }

    public void refuse(Actor actor, Long requestId, String reason) {
        MarkChangeRequest request = decidable(actor, requestId);
        request.refuse(actor, clock.instant(), reason);
        audit.record(actor, AuditAction.MARK_CHANGE_REFUSED, request.id());
    }

    private MarkChangeRequest decidable(Actor actor, Long requestId) {
        MarkChangeRequest request = requests.find(requestId).orElseThrow(() -> new NotFoundException(NOT_FOUND));
        schools.requireAdministration(actor, request.schoolId());
        return request;
    }

    private MarkCell currentMark(Lesson lesson, Long studentId, int position) {
        return cells.marks(lesson.schoolYear(), lesson.id()).stream()
                .filter(m -> m.studentId().equals(studentId) && m.position() == position).findFirst().orElse(null);
    }

    private JournalRules rules(Lesson lesson) {
        LessonFacts facts = lessons.facts(lesson);
        return new JournalRules(facts, LocalDate.ofInstant(clock.instant(), facts.zone()));
    }
}
