package org.zhurnal.timetable.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.zhurnal.audit.application.AuditLog;
import org.zhurnal.audit.domain.AuditAction;
import org.zhurnal.shared.error.ConflictException;
import org.zhurnal.shared.error.InvalidInputException;
import org.zhurnal.shared.error.NotFoundException;
import org.zhurnal.shared.security.Actor;
import org.zhurnal.timetable.domain.Clashes;
import org.zhurnal.timetable.domain.Occupation;
import org.zhurnal.timetable.domain.SchoolWeeks;
import org.zhurnal.timetable.domain.WeekKind;
import org.zhurnal.timetable.persistence.LessonGeneration;
import org.zhurnal.timetable.persistence.SchoolFacts;
import org.zhurnal.timetable.persistence.TimetableChoices;
import org.zhurnal.timetable.persistence.TimetableEntries;

/**
 * The weekly timetable of a school: a class's week, adding an entry (refused with the clash named when a
 * teacher, a room or a class would be in two places), ending and removing one. Every change brings the dated
 * lessons in line from today on: missing ones are created, blank ones of ended entries removed, lessons holding
 * journal data kept and reported.
 */
@Stateless
public class TimetableService {

    static final String NO_CLASS = "Класс не найден";
    static final String NO_ENTRY = "Запись расписания не найдена";

    @Inject
    TimetableAccess access;

    @Inject
    SchoolFacts facts;

    @Inject
    TimetableEntries entries;

    @Inject
    LessonGeneration lessons;

    @Inject
    TimetableChoices choices;

    @Inject
    AuditLog audit;

    public TimetableWeek week(Actor actor, long schoolId, long classId, LocalDate date) {
        LocalDate today = access.requireRead(actor, schoolId);
        YearFacts year = facts.yearOfClass(schoolId, classId).orElseThrow(() -> new NotFoundException(NO_CLASS));
        LocalDate day = date == null ? today : date;
        return new TimetableWeek(classId, day, SchoolWeeks.monday(day), SchoolWeeks.weekOf(year.startsOn(), day),
                entries.ofClass(classId, day));
    }

    /** The school's year containing the day (default today; else the nearest year) and its classes. */
    public SchoolYearClasses classes(Actor actor, long schoolId, LocalDate date) {
        LocalDate today = access.requireRead(actor, schoolId);
        YearFacts year = facts.yearOn(schoolId, date == null ? today : date)
                .orElseThrow(() -> new NotFoundException("На эту дату в школе нет учебного года"));
        return new SchoolYearClasses(year.id(), year.startsOn(), year.endsOn(), choices.classes(year.id()));
    }

    /** What the editor of a class's timetable chooses from. */
    public TimetableOptions options(Actor actor, long schoolId, long classId) {
        LocalDate today = access.requireRead(actor, schoolId);
        facts.yearOfClass(schoolId, classId).orElseThrow(() -> new NotFoundException(NO_CLASS));
        return choices.of(schoolId, classId, today);
    }

    public EntryChange add(Actor actor, long schoolId, NewTimetableEntry input) {
        LocalDate today = access.requireWrite(actor, schoolId);
        NewTimetableEntry entry = checked(schoolId, Objects.requireNonNull(input, "input"));
        AssignmentFacts assignment = entries.assignment(schoolId, entry.assignmentId()).orElseThrow();
        String roomName = entry.roomId() == null ? null : entries.roomName(schoolId, entry.roomId()).orElseThrow();
        Occupation candidate = new Occupation(0, assignment.subject(), assignment.teacherId(),
                assignment.teacherName(), entry.roomId(), roomName, assignment.audience(), entry.weekKind(),
                entry.validFrom(), entry.validTo());
        Clashes.find(candidate, entries.inSlot(assignment.yearId(), entry.weekday(), entry.slotNumber()))
                .ifPresent(clash -> {
                    throw new ConflictException("slotNumber", clash);
                });
        long id = entries.insert(schoolId, assignment.yearId(), entry);
        YearFacts year = facts.year(schoolId, assignment.yearId()).orElseThrow();
        int created = lessons.generate(year.id(), max(today, entry.validFrom()), year.endsOn(), id);
        audit.record(actor, AuditAction.TIMETABLE_ENTRY_ADDED, id);
        return new EntryChange(entries.view(id, entry.validFrom()).orElseThrow(), created, 0, List.of());
    }

    /** Ends the entry before {@code validTo}: from that day on its blank lessons go, lessons with data stay. */
    public EntryChange end(Actor actor, long schoolId, long entryId, LocalDate validTo) {
        access.requireWrite(actor, schoolId);
        EntryFacts entry = entries.find(schoolId, entryId).orElseThrow(() -> new NotFoundException(NO_ENTRY));
        if (validTo == null) {
            throw new InvalidInputException("validTo", "Укажите, с какого дня запись больше не действует");
        }
        if (!validTo.isAfter(entry.validFrom())) {
            throw new InvalidInputException("validTo", "Дата окончания должна быть позже начала действия записи");
        }
        if (entry.validTo() != null && validTo.isAfter(entry.validTo())) {
            throw new InvalidInputException("validTo", "Запись уже действует только до " + entry.validTo()
                    .format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.uuuu")) + ": продлить её нельзя, "
                    + "добавьте новую запись");
        }
        entries.end(entryId, validTo);
        int removed = lessons.removeBlank(entryId, entry.schoolYear(), validTo);
        List<KeptLesson> kept = lessons.remaining(entryId, entry.schoolYear(), validTo);
        audit.record(actor, AuditAction.TIMETABLE_ENTRY_ENDED, entryId);
        return new EntryChange(entries.view(entryId, entry.validFrom()).orElse(null), 0, removed, kept);
    }

    /** Removes an entry made by mistake, with its blank lessons; refused while any of its lessons holds data. */
    public EntryChange remove(Actor actor, long schoolId, long entryId) {
        access.requireWrite(actor, schoolId);
        EntryFacts entry = entries.find(schoolId, entryId).orElseThrow(() -> new NotFoundException(NO_ENTRY));
        int removed = lessons.removeBlank(entryId, entry.schoolYear(), entry.validFrom());
        List<KeptLesson> kept = lessons.remaining(entryId, entry.schoolYear(), entry.validFrom());
        if (!kept.isEmpty()) {
            throw new ConflictException("entryId", "По этой записи уже проведено уроков с записями в журнале: "
                    + kept.size() + ". Удалить её нельзя — завершите её датой, с которой она больше не действует.");
        }
        entries.delete(entryId);
        audit.record(actor, AuditAction.TIMETABLE_ENTRY_REMOVED, entryId);
        return new EntryChange(null, 0, removed, List.of());
    }

    /** Creates the missing lessons of the year from {@code from} (default: the year's start) to {@code to}. */
    public int generate(Actor actor, long schoolId, Long yearId, LocalDate from, LocalDate to) {
        access.requireWrite(actor, schoolId);
        if (yearId == null) {
            throw new InvalidInputException("yearId", "Выберите учебный год");
        }
        YearFacts year = facts.year(schoolId, yearId).orElseThrow(() -> new NotFoundException("Учебный год не найден"));
        LocalDate start = from == null ? year.startsOn() : from;
        LocalDate end = to == null ? year.endsOn() : to;
        if (end.isBefore(start)) {
            throw new InvalidInputException("to", "Конец периода раньше его начала");
        }
        int created = lessons.generate(year.id(), start, end, null);
        audit.record(actor, AuditAction.LESSONS_GENERATED, yearId);
        return created;
    }

    private NewTimetableEntry checked(long schoolId, NewTimetableEntry entry) {
        if (entry.assignmentId() == null) {
            throw new InvalidInputException("assignmentId", "Выберите предмет и учителя (назначение)");
        }
        AssignmentFacts assignment = entries.assignment(schoolId, entry.assignmentId())
                .orElseThrow(() -> new InvalidInputException("assignmentId", "Назначение учителя не найдено в этой школе"));
        if (entry.weekday() == null || entry.weekday() < 1 || entry.weekday() > (assignment.sixDays() ? 6 : 5)) {
            throw new InvalidInputException("weekday", assignment.sixDays() ? "Выберите день недели с понедельника по субботу"
                    : "Выберите день недели с понедельника по пятницу (в школе пятидневка)");
        }
        if (entry.bellScheduleId() == null || entry.slotNumber() == null
                || !entries.slotExists(schoolId, entry.bellScheduleId(), entry.slotNumber())) {
            throw new InvalidInputException("slotNumber", "Выберите урок из расписания звонков школы");
        }
        if (entry.roomId() != null && entries.roomName(schoolId, entry.roomId()).isEmpty()) {
            throw new InvalidInputException("roomId", "Кабинет не найден в этой школе");
        }
        LocalDate from = entry.validFrom() == null ? max(assignment.yearStartsOn(), assignment.validFrom())
                : entry.validFrom();
        if (from.isBefore(assignment.yearStartsOn()) || from.isAfter(assignment.yearEndsOn())) {
            throw new InvalidInputException("validFrom", "Дата начала должна быть внутри учебного года");
        }
        if (entry.validTo() != null && !entry.validTo().isAfter(from)) {
            throw new InvalidInputException("validTo", "Дата окончания должна быть позже даты начала");
        }
        return new NewTimetableEntry(entry.assignmentId(), entry.weekday(),
                entry.weekKind() == null ? WeekKind.EVERY : entry.weekKind(), entry.bellScheduleId(),
                entry.slotNumber(), entry.roomId(), from, entry.validTo());
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
