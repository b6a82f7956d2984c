package org.zhurnal.timetable.persistence;

import static org.zhurnal.timetable.persistence.Cells.className;
import static org.zhurnal.timetable.persistence.Cells.date;
import static org.zhurnal.timetable.persistence.Cells.id;
import static org.zhurnal.timetable.persistence.Cells.number;
import static org.zhurnal.timetable.persistence.Cells.shortName;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zhurnal.shared.security.Actor;
import org.zhurnal.timetable.application.LessonChangeKind;
import org.zhurnal.timetable.application.LessonFacts;
import org.zhurnal.timetable.application.SubstitutionView;
import org.zhurnal.timetable.domain.Audience;
import org.zhurnal.timetable.domain.Occupation;

/**
 * The schedule fields of dated lessons (date, slot, times, teacher, substitute, room, state) in native SQL. The
 * lesson row belongs to the journal's {@code Lesson} entity (optimistic locking on {@code version}), so every
 * update here also does {@code version = version + 1}. Each substitution is logged in {@code lesson_change}.
 */
@ApplicationScoped
public class LessonSchedule {

    /** Lesson rows with who gives them, their room and audience part; {@code %s} is the condition. */
    private static final String LESSONS = """
            SELECT l.id, l.school_year, l.academic_year_id, l.stream_id, s.name, l.lesson_date, l.slot_number,
                   l.teacher_person_id, coalesce(l.substitute_person_id, l.teacher_person_id), p.surname, p.given_name,
                   p.patronymic, l.room_id, r.name, l.state, l.timetable_entry_id, e.bell_schedule_id,
                   c.id, l.class_group_id, c.grade, c.letter, g.name
            FROM lesson l
            JOIN subject s ON s.id = l.subject_id
            JOIN person p ON p.id = coalesce(l.substitute_person_id, l.teacher_person_id)
            JOIN school_class c ON c.id = l.school_class_id
            LEFT JOIN class_group g ON g.id = l.class_group_id
            LEFT JOIN room r ON r.id = l.room_id
            LEFT JOIN timetable_entry e ON e.id = l.timetable_entry_id
            WHERE %s
            ORDER BY l.id
            """;

    @Inject
    EntityManager em;

    /** The lesson with its stream siblings (same stream, date and slot). */
    public Optional<LessonFacts> find(long schoolId, long lessonId) {
        List<Object[]> own = TimetableEntries.rows(em.createNativeQuery(LESSONS.formatted(
                "l.id = :lesson AND l.school_id = :school")).setParameter("lesson", lessonId).setParameter("school", schoolId));
        if (own.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = own.get(0);
        List<Object[]> rows = row[3] == null ? own : TimetableEntries.rows(em.createNativeQuery(LESSONS.formatted(
                        "l.school_year = :year AND l.stream_id = :stream AND l.lesson_date = :day AND l.slot_number = :slot"))
                .setParameter("year", number(row[1])).setParameter("stream", id(row[3]))
                .setParameter("day", date(row[5])).setParameter("slot", number(row[6])));
        return Optional.of(facts(lessonId, rows));
    }

    /**
     * The scheduled lessons of the day's slot that share the teacher, the room or a class with a lesson, as what
     * they occupy (a stream's rows as one); the lesson's own rows are left out.
     */
    public List<Occupation> around(LessonFacts lesson, LocalDate day, int slot, long teacherId, Long roomId) {
        List<Long> classes = lesson.audience().parts().stream().map(Audience.Part::classId).toList();
        Map<Object, List<Object[]>> byLesson = new LinkedHashMap<>();
        for (Object[] row : TimetableEntries.rows(em.createNativeQuery(LESSONS.formatted("""
                        l.school_year = :year AND l.lesson_date = :day AND l.slot_number = :slot AND l.state = 'SCHEDULED'
                        AND l.id NOT IN (:own) AND (l.teacher_person_id = :teacher OR l.substitute_person_id = :teacher
                            OR l.room_id = :room OR l.school_class_id IN (:classes))"""))
                .setParameter("year", lesson.schoolYear()).setParameter("day", day).setParameter("slot", slot)
                .setParameter("own", lesson.rowIds()).setParameter("teacher", teacherId)
                .setParameter("room", roomId == null ? -1L : roomId).setParameter("classes", classes))) {
            Object key = row[3] == null ? (Object) ("lesson" + row[0]) : (Object) ("stream" + row[3]);
            byLesson.computeIfAbsent(key, k -> new ArrayList<>()).add(row);
        }
        return byLesson.values().stream().map(rows -> {
            LessonFacts other = facts(id(rows.get(0)[0]), rows);
            return Occupation.onDay(other.id(), other.subject(), other.teacherId(), other.teacherName(), other.roomId(),
                    other.roomName(), other.audience(), other.date());
        }).toList();
    }

    /** The start and end of a bell slot of the school's schedule. */
    public Optional<LocalTime[]> slotTimes(long schoolId, long scheduleId, int slot) {
        return TimetableEntries.rows(em.createNativeQuery("SELECT bs.starts_at, bs.ends_at FROM bell_slot bs "
                        + "JOIN bell_schedule b ON b.id = bs.bell_schedule_id "
                        + "WHERE b.school_id = :school AND b.id = :schedule AND bs.number = :slot")
                .setParameter("school", schoolId).setParameter("schedule", scheduleId).setParameter("slot", slot))
                .stream().map(row -> new LocalTime[] {Cells.time(row[0]), Cells.time(row[1])}).findFirst();
    }

    /** The school's first bell schedule (for lessons that did not come from the timetable). */
    public Optional<Long> firstSchedule(long schoolId) {
        return TimetableEntries.rows(em.createNativeQuery("SELECT id, name FROM bell_schedule WHERE school_id = :school "
                        + "ORDER BY id").setParameter("school", schoolId).setMaxResults(1))
                .stream().map(row -> id(row[0])).findFirst();
    }

    /** Whether the day is a day off of the year (a holiday, or between reporting periods). */
    public boolean isDayOff(long yearId, LocalDate day) {
        return !em.createNativeQuery("SELECT 1 FROM non_working_day WHERE academic_year_id = :year AND day = :day")
                .setParameter("year", yearId).setParameter("day", day).getResultList().isEmpty()
                || em.createNativeQuery("SELECT 1 FROM reporting_period WHERE academic_year_id = :year "
                        + "AND :day BETWEEN starts_on AND ends_on")
                .setParameter("year", yearId).setParameter("day", day).getResultList().isEmpty();
    }

    /** The class's lessons of the day (its own, its groups' and its streams'), in bell order. */
    public List<org.zhurnal.timetable.application.DayLesson> ofClassDay(int schoolYear, long classId, LocalDate day) {
        return TimetableEntries.rows(em.createNativeQuery("""
                        SELECT l.id, l.slot_number, l.starts_at, l.ends_at, s.name, g.name, tp.surname, tp.given_name,
                               tp.patronymic, sp.surname, sp.given_name, sp.patronymic, r.name, l.state, l.change_note
                        FROM lesson l
                        JOIN subject s ON s.id = l.subject_id
                        JOIN person tp ON tp.id = l.teacher_person_id
                        LEFT JOIN person sp ON sp.id = l.substitute_person_id
                        LEFT JOIN class_group g ON g.id = l.class_group_id
                        LEFT JOIN room r ON r.id = l.room_id
                        WHERE l.school_year = :year AND l.school_class_id = :class AND l.lesson_date = :day
                        ORDER BY l.slot_number, g.name NULLS FIRST, l.id""")
                        .setParameter("year", schoolYear).setParameter("class", classId).setParameter("day", day))
                .stream().map(row -> new org.zhurnal.timetable.application.DayLesson(id(row[0]), number(row[1]),
                        Cells.time(row[2]), Cells.time(row[3]), (String) row[4], (String) row[5], shortName(row, 6),
                        shortName(row, 9), (String) row[12], "CANCELLED".equals(row[13]), (String) row[14]))
                .toList();
    }

    public Optional<String> personName(long personId) {
        return TimetableEntries.rows(em.createNativeQuery("SELECT surname, given_name, patronymic FROM person WHERE id = :p")
                .setParameter("p", personId)).stream().map(row -> shortName(row, 0)).findFirst();
    }

    public void cancel(LessonFacts lesson, String reason) {
        update(lesson, "state = 'CANCELLED', change_note = :note", reason, null);
    }

    public void changeTeacher(LessonFacts lesson, Long substituteId, String note) {
        update(lesson, "substitute_person_id = :value, change_note = :note", note, substituteId);
    }

    public void changeRoom(LessonFacts lesson, long roomId, String note) {
        update(lesson, "room_id = :value, change_note = :note", note, roomId);
    }

    public void move(LessonFacts lesson, LocalDate day, int slot, LocalTime startsAt, LocalTime endsAt, String note) {
        em.createNativeQuery("UPDATE lesson SET lesson_date = :day, slot_number = :slot, starts_at = :starts, "
                        + "ends_at = :ends, change_note = :note, version = version + 1, updated_at = CURRENT_TIMESTAMP "
                        + "WHERE school_year = :year AND id IN (:ids)")
                .setParameter("day", day).setParameter("slot", slot).setParameter("starts", startsAt)
                .setParameter("ends", endsAt).setParameter("note", note).setParameter("year", lesson.schoolYear())
                .setParameter("ids", lesson.rowIds()).executeUpdate();
    }

    private void update(LessonFacts lesson, String assignments, String note, Long value) {
        var query = em.createNativeQuery("UPDATE lesson SET " + assignments + ", version = version + 1, "
                        + "updated_at = CURRENT_TIMESTAMP WHERE school_year = :year AND id IN (:ids)")
                .setParameter("note", note).setParameter("year", lesson.schoolYear()).setParameter("ids", lesson.rowIds());
        if (assignments.contains(":value")) {
            query.setParameter("value", value);
        }
        query.executeUpdate();
    }

    /** Logs the change of each of the lesson's rows. */
    public void log(long schoolId, LessonFacts lesson, LessonChangeKind kind, LocalDate toDate, int toSlot,
                    Long substituteId, Long roomId, String reason, Actor actor, Instant at) {
        for (Long row : lesson.rowIds()) {
            em.createNativeQuery("""
                            INSERT INTO lesson_change (school_id, school_year, lesson_id, timetable_entry_id, kind,
                                from_date, from_slot, to_date, to_slot, substitute_person_id, room_id, reason, changed_at,
                                changed_by_issuer, changed_by_subject, changed_by_person_id)
                            VALUES (:school, :year, :lesson, :entry, :kind, :fromDate, :fromSlot, :toDate, :toSlot,
                                :substitute, :room, :reason, :at, :issuer, :subject, :person)""")
                    .setParameter("school", schoolId).setParameter("year", lesson.schoolYear())
                    .setParameter("lesson", row).setParameter("entry", lesson.timetableEntryId())
                    .setParameter("kind", kind.name()).setParameter("fromDate", lesson.date())
                    .setParameter("fromSlot", lesson.slotNumber()).setParameter("toDate", toDate)
                    .setParameter("toSlot", toSlot).setParameter("substitute", substituteId)
                    .setParameter("room", roomId).setParameter("reason", reason)
                    .setParameter("at", OffsetDateTime.ofInstant(at, java.time.ZoneOffset.UTC))
                    .setParameter("issuer", actor.issuer()).setParameter("subject", actor.subject())
                    .setParameter("person", actor.personId())
                    .executeUpdate();
        }
    }

    /** The substitutions of the school's lessons that were on, or now are on, the day. */
    public List<SubstitutionView> substitutions(long schoolId, LocalDate day) {
        return TimetableEntries.rows(em.createNativeQuery("""
                        SELECT ch.id, ch.kind, ch.lesson_id, c.id, c.grade, c.letter, g.name, s.name, ch.from_date,
                               ch.from_slot, ch.to_date, ch.to_slot, tp.surname, tp.given_name, tp.patronymic,
                               sp.surname, sp.given_name, sp.patronymic, r.name, ch.reason, l.state, ch.changed_at
                        FROM lesson_change ch
                        JOIN lesson l ON l.school_year = ch.school_year AND l.id = ch.lesson_id
                        JOIN school_class c ON c.id = l.school_class_id
                        LEFT JOIN class_group g ON g.id = l.class_group_id
                        JOIN subject s ON s.id = l.subject_id
                        JOIN person tp ON tp.id = l.teacher_person_id
                        LEFT JOIN person sp ON sp.id = ch.substitute_person_id
                        LEFT JOIN room r ON r.id = ch.room_id
                        WHERE ch.school_id = :school AND (ch.to_date = :day OR ch.from_date = :day)
                        ORDER BY ch.to_slot, c.grade, c.letter, ch.id""")
                        .setParameter("school", schoolId).setParameter("day", day)).stream()
                .map(row -> new SubstitutionView(id(row[0]), (String) row[1], id(row[2]), id(row[3]),
                        className(row, 4), (String) row[7], date(row[8]), number(row[9]), date(row[10]),
                        number(row[11]), shortName(row, 12), shortName(row, 15), (String) row[18], (String) row[19],
                        "CANCELLED".equals(row[20]), instant(row[21])))
                .toList();
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return (Instant) value;
    }

    private static LessonFacts facts(long lessonId, List<Object[]> rows) {
        Object[] row = rows.get(0);
        List<Audience.Part> parts = rows.stream()
                .map(r -> new Audience.Part(id(r[17]), id(r[18]), className(r, 19))).toList();
        return new LessonFacts(lessonId, number(row[1]), id(row[2]), rows.stream().map(r -> id(r[0])).toList(),
                (String) row[4], date(row[5]), number(row[6]), id(row[7]), id(row[8]), shortName(row, 9), id(row[12]),
                (String) row[13], "CANCELLED".equals(row[14]), id(row[15]), id(row[16]), new Audience(parts));
    }
}
