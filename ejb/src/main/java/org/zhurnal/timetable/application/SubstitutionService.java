package org.zhurnal.timetable.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.zhurnal.audit.application.AuditLog;
import org.zhurnal.audit.domain.AuditAction;
import org.zhurnal.shared.error.ConflictException;
import org.zhurnal.shared.error.InvalidInputException;
import org.zhurnal.shared.error.NotFoundException;
import org.zhurnal.shared.security.Actor;
import org.zhurnal.timetable.domain.Audience;
import org.zhurnal.timetable.domain.Clashes;
import org.zhurnal.timetable.domain.Occupation;
import org.zhurnal.timetable.persistence.LessonSchedule;
import org.zhurnal.timetable.persistence.SchoolFacts;
import org.zhurnal.timetable.persistence.TimetableEntries;

/**
 * Substitutions (замены) of single lessons by the journal administrator: cancel a lesson, give it to a
 * substitute teacher (who then keeps its journal), change its room, or move it to another day and slot. Each is
 * checked for clashes with the other lessons of that slot as the timetable is, logged and audited. A stream's
 * lesson changes for all its classes together.
 */
@Stateless
public class SubstitutionService {

    static final String NO_LESSON = "Урок не найден";

    @Inject
    TimetableAccess access;

    @Inject
    LessonSchedule schedule;

    @Inject
    SchoolFacts facts;

    @Inject
    TimetableEntries entries;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    public List<SubstitutionView> ofDay(Actor actor, long schoolId, LocalDate day) {
        LocalDate today = access.requireRead(actor, schoolId);
        return schedule.substitutions(schoolId, day == null ? today : day);
    }

    /** A class's lessons of a day, to choose the one to change. */
    public List<DayLesson> lessonsOf(Actor actor, long schoolId, long classId, LocalDate day) {
        LocalDate today = access.requireRead(actor, schoolId);
        LocalDate date = day == null ? today : day;
        YearFacts year = facts.yearOfClass(schoolId, classId).orElseThrow(() -> new NotFoundException("Класс не найден"));
        return schedule.ofClassDay(year.schoolYear(), classId, date);
    }

    public void cancel(Actor actor, long schoolId, long lessonId, String reason) {
        access.requireWrite(actor, schoolId);
        LessonFacts lesson = lesson(schoolId, lessonId);
        String why = required(reason, "reason", "Укажите причину отмены урока");
        schedule.cancel(lesson, why);
        record(actor, schoolId, lesson, LessonChangeKind.CANCEL, lesson.date(), lesson.slotNumber(), null, null, why,
                AuditAction.LESSON_CANCELLED);
    }

    /** Gives the lesson to a substitute; naming the lesson's own teacher ends the substitution. */
    public void changeTeacher(Actor actor, long schoolId, long lessonId, Long teacherId, String reason) {
        access.requireWrite(actor, schoolId);
        LessonFacts lesson = lesson(schoolId, lessonId);
        if (teacherId == null || !facts.isTeacher(teacherId, schoolId, lesson.date())) {
            throw new InvalidInputException("teacherId", "Выберите учителя этой школы");
        }
        String name = schedule.personName(teacherId).orElseThrow();
        refuseClash(lesson, Occupation.onDay(lesson.id(), lesson.subject(), teacherId, name, null, null,
                new Audience(List.of()), lesson.date()), lesson.date(), lesson.slotNumber(), teacherId, null);
        Long substitute = teacherId == lesson.assignedTeacherId() ? null : teacherId;
        String note = substitute == null ? null : "Замена: " + name + noteOf(reason);
        schedule.changeTeacher(lesson, substitute, note);
        record(actor, schoolId, lesson, LessonChangeKind.TEACHER, lesson.date(), lesson.slotNumber(), teacherId, null,
                reason, AuditAction.LESSON_TEACHER_CHANGED);
    }

    public void changeRoom(Actor actor, long schoolId, long lessonId, Long roomId, String reason) {
        access.requireWrite(actor, schoolId);
        LessonFacts lesson = lesson(schoolId, lessonId);
        String room = roomId == null ? null : entries.roomName(schoolId, roomId).orElse(null);
        if (room == null) {
            throw new InvalidInputException("roomId", "Выберите кабинет этой школы");
        }
        refuseClash(lesson, Occupation.onDay(lesson.id(), lesson.subject(), -1, null, roomId, room,
                new Audience(List.of()), lesson.date()), lesson.date(), lesson.slotNumber(), -1, roomId);
        schedule.changeRoom(lesson, roomId, "Кабинет " + room + noteOf(reason));
        record(actor, schoolId, lesson, LessonChangeKind.ROOM, lesson.date(), lesson.slotNumber(), null, roomId, reason,
                AuditAction.LESSON_ROOM_CHANGED);
    }

    /** Moves the lesson to another working day of the same year and a slot of a bell schedule. */
    public void move(Actor actor, long schoolId, long lessonId, LocalDate day, Long bellScheduleId, Integer slot,
                     String reason) {
        access.requireWrite(actor, schoolId);
        LessonFacts lesson = lesson(schoolId, lessonId);
        YearFacts year = facts.year(schoolId, lesson.yearId()).orElseThrow();
        if (day == null || !year.contains(day) || schedule.isDayOff(year.id(), day)
                || day.getDayOfWeek().getValue() > (year.sixDays() ? 6 : 5)) {
            throw new InvalidInputException("date", "Перенести урок можно только на учебный день этого учебного года");
        }
        Long scheduleId = bellScheduleId != null ? bellScheduleId
                : lesson.bellScheduleId() != null ? lesson.bellScheduleId() : schedule.firstSchedule(schoolId).orElse(null);
        LocalTime[] times = slot == null || scheduleId == null ? null
                : schedule.slotTimes(schoolId, scheduleId, slot).orElse(null);
        if (times == null) {
            throw new InvalidInputException("slotNumber", "Выберите урок из расписания звонков школы");
        }
        refuseClash(lesson, Occupation.onDay(lesson.id(), lesson.subject(), lesson.teacherId(), lesson.teacherName(),
                lesson.roomId(), lesson.roomName(), lesson.audience(), day), day, slot, lesson.teacherId(), lesson.roomId());
        schedule.move(lesson, day, slot, times[0], times[1], "Перенесён с " + lesson.date() + ", урок "
                + lesson.slotNumber() + noteOf(reason));
        record(actor, schoolId, lesson, LessonChangeKind.MOVE, day, slot, null, null, reason, AuditAction.LESSON_MOVED);
    }

    private LessonFacts lesson(long schoolId, long lessonId) {
        LessonFacts lesson = schedule.find(schoolId, lessonId).orElseThrow(() -> new NotFoundException(NO_LESSON));
        if (lesson.cancelled()) {
            throw new ConflictException("lessonId", "Урок отменён: его нельзя изменить");
        }
        return lesson;
    }

    private void refuseClash(LessonFacts lesson, Occupation candidate, LocalDate day, int slot, long teacherId,
                             Long roomId) {
        Clashes.find(candidate, schedule.around(lesson, day, slot, teacherId, roomId)).ifPresent(clash -> {
            throw new ConflictException("lessonId", clash);
        });
    }

    private void record(Actor actor, long schoolId, LessonFacts lesson, LessonChangeKind kind, LocalDate day, int slot,
                        Long substitute, Long room, String reason, AuditAction action) {
        String why = blankToNull(reason);
        if (why != null && why.length() > 500) {
            throw new InvalidInputException("reason", "Причина — не длиннее 500 символов");
        }
        schedule.log(schoolId, lesson, kind, day, slot, substitute, room, why, actor, clock.instant());
        audit.recordAll(actor, action, lesson.rowIds());
    }

    private static String required(String value, String field, String message) {
        String text = blankToNull(value);
        if (text == null) {
            throw new InvalidInputException(field, message);
        }
        if (text.length() > 500) {
            throw new InvalidInputException(field, "Не длиннее 500 символов");
        }
        return text;
    }

    private static String noteOf(String reason) {
        String text = blankToNull(reason);
        return text == null ? "" : " (" + (text.length() > 300 ? text.substring(0, 300) : text) + ")";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
