package org.zhurnal.journal.domain;

import java.time.LocalDate;
import java.util.Optional;
import org.zhurnal.shared.error.ConflictException;
import org.zhurnal.shared.error.InvalidInputException;
import org.zhurnal.shared.text.RussianDates;

/**
 * The rules of keeping a lesson's journal, for one lesson on one day ({@code today} in the region's time
 * zone). Marks and attendance are set on the lesson day; marks of some kinds of work within their working
 * days (essays in grades 5–11: 5, control, laboratory and practical works: 3); never for a future or a
 * cancelled lesson, never in grade 1, nor in grade 2's first period (both switchable per school); a double
 * mark only in Russian language and literature or for a control work. A closed period is immutable for
 * everybody. After the window a teacher cannot change or remove a mark: a change request goes to the
 * journal administrator — and an administrator has the same window: only an approved request changes an
 * old mark.
 */
public final class JournalRules {

    static final String CLOSED = "Отчётный период закрыт: записи журнала за него изменить нельзя";
    static final String CANCELLED = "Урок отменён: отметки и посещаемость на нём не ставятся";
    static final String FUTURE = "Урок ещё не прошёл: отметки и посещаемость ставятся в день урока";
    static final String GRADE1 = "В 1 классе отметки не ставятся";
    static final String GRADE2 = "Во 2 классе в первой четверти отметки не ставятся";
    static final String GRADE1_HOMEWORK = "В 1 классе домашнее задание не задаётся";
    static final String DOUBLE = "Двойная отметка (например, 5/4) ставится только по русскому языку и литературе "
            + "или за контрольную, лабораторную, практическую работу, диктант, сочинение";

    static final String NO_DOUBLE = "В этой школе двойные отметки (например, 5/4) не ставятся";

    private final LessonFacts lesson;
    private final LocalDate today;

    public JournalRules(LessonFacts lesson, LocalDate today) {
        this.lesson = lesson;
        this.today = today;
    }

    /** Why nothing of the lesson may be changed at all, if so. */
    public Optional<String> lockReason() {
        return lesson.periodClosed() ? Optional.of(CLOSED) : Optional.empty();
    }

    /** Why attendance cannot be marked today, if so. */
    public Optional<String> attendanceLockReason() {
        return lockReason().or(this::lessonNotHeld).or(() -> today.isAfter(lesson.date())
                ? Optional.of("Посещаемость отмечается только в день урока (" + RussianDates.format(lesson.date()) + ")")
                : Optional.empty());
    }

    /** Why no mark can be set for this lesson whatever the kind of work, if so. */
    public Optional<String> marksLockReason() {
        return lockReason().or(this::lessonNotHeld).or(this::gradeWithoutMarks);
    }

    /** The last day a mark of this kind may be set, changed or removed by the teacher. */
    public LocalDate markDeadline(WorkKind kind) {
        return lesson.workingDays().after(lesson.date(), kind.deadlineDays(lesson.grade()));
    }

    /** Why a mark of this kind cannot be set, changed or removed today, if so. */
    public Optional<String> markLockReason(WorkKind kind) {
        return marksLockReason().or(() -> !withinMarkDeadline(kind)
                ? Optional.of("Срок для отметки за «" + kind.name() + "» истёк " + RussianDates.format(markDeadline(kind))
                        + ". Исправить её можно только через запрос администратору журнала")
                : Optional.empty());
    }

    /** Whether today is within the kind's deadline for this lesson (the other locks aside). */
    public boolean withinMarkDeadline(WorkKind kind) {
        return !today.isAfter(markDeadline(kind));
    }

    public boolean homeworkAllowed() {
        return lesson.grade() != 1;
    }

    public boolean doubleMarkAllowed(WorkKind kind) {
        return lesson.settings().doubleMarksAllowed() && (lesson.russianOrLiterature() || kind.controlWork());
    }

    public void checkAttendance() {
        attendanceLockReason().ifPresent(reason -> refuse("attendance", reason));
    }

    /** A mark set ({@code before} null), changed, or removed ({@code after} null), with its kind(s) of work. */
    public void checkMark(WorkKind before, WorkKind after, MarkValue value) {
        if (before != null) {
            markLockReason(before).ifPresent(reason -> refuse("marks", reason));
        }
        if (after != null) {
            markLockReason(after).ifPresent(reason -> refuse("marks", reason));
            if (value.isDouble() && !doubleMarkAllowed(after)) {
                throw new InvalidInputException("marks", doubleRefusal());
            }
        }
    }

    public void checkDescription(boolean changed, String homework) {
        if (changed) {
            lockReason().ifPresent(reason -> refuse("topic", reason));
        }
        if (homework != null && !homework.isBlank() && !homeworkAllowed()) {
            throw new InvalidInputException("homework", GRADE1_HOMEWORK);
        }
    }

    /** Homework files are added and removed like the homework text: not in grade 1, not in a closed period. */
    public void checkHomeworkFiles() {
        lockReason().ifPresent(reason -> refuse("file", reason));
        if (!homeworkAllowed()) {
            throw new InvalidInputException("file", GRADE1_HOMEWORK);
        }
    }

    /**
     * A change request is for a mark the teacher can no longer change themself: the lesson's marks are not
     * locked as a whole (closed period, grade rules), but the mark's window has passed.
     */
    public void checkChangeRequest(WorkKind current, WorkKind requested, MarkValue value) {
        marksLockReason().ifPresent(reason -> refuse("marks", reason));
        WorkKind kind = current != null ? current : requested;
        if (kind != null && markLockReason(kind).isEmpty() && (requested == null || markLockReason(requested).isEmpty())) {
            throw new InvalidInputException("marks", "Срок ещё не истёк: исправьте отметку в журнале сами");
        }
        if (value != null && value.isDouble() && requested != null && !doubleMarkAllowed(requested)) {
            throw new InvalidInputException("marks", doubleRefusal());
        }
    }

    /**
     * An attendance change request is for a lesson day that has passed: not in a closed period (409), not for a
     * cancelled or future lesson, and not on the lesson day itself (the teacher then changes it in the journal).
     */
    public void checkAttendanceChangeRequest() {
        lockReason().or(this::lessonNotHeld).ifPresent(reason -> refuse("attendance", reason));
        if (attendanceLockReason().isEmpty()) {
            throw new InvalidInputException("attendance", "Сегодня день урока: отметьте посещаемость в журнале сами");
        }
    }

    private String doubleRefusal() {
        return lesson.settings().doubleMarksAllowed() ? DOUBLE : NO_DOUBLE;
    }

    private Optional<String> lessonNotHeld() {
        if (lesson.cancelled()) {
            return Optional.of(CANCELLED);
        }
        return lesson.date().isAfter(today) ? Optional.of(FUTURE) : Optional.empty();
    }

    private Optional<String> gradeWithoutMarks() {
        if (lesson.grade() == 1 && lesson.settings().grade1NoMarks()) {
            return Optional.of(GRADE1);
        }
        if (lesson.grade() == 2 && lesson.periodNumber() == 1 && lesson.settings().grade2FirstPeriodNoMarks()) {
            return Optional.of(GRADE2);
        }
        return Optional.empty();
    }

    private static void refuse(String field, String reason) {
        if (reason.equals(CLOSED)) {
            throw new ConflictException(field, reason);
        }
        throw new InvalidInputException(field, reason);
    }
}
