package org.zhurnal.timetable.persistence;

import static org.zhurnal.timetable.persistence.Cells.className;
import static org.zhurnal.timetable.persistence.Cells.date;
import static org.zhurnal.timetable.persistence.Cells.id;
import static org.zhurnal.timetable.persistence.Cells.number;
import static org.zhurnal.timetable.persistence.Cells.shortName;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zhurnal.timetable.application.AssignmentFacts;
import org.zhurnal.timetable.application.EntryFacts;
import org.zhurnal.timetable.application.NewTimetableEntry;
import org.zhurnal.timetable.application.TimetableEntryView;
import org.zhurnal.timetable.domain.Audience;
import org.zhurnal.timetable.domain.Occupation;
import org.zhurnal.timetable.domain.WeekKind;

/** Timetable entries in native SQL: the class's week, the entries sharing a slot, and their changes. */
@ApplicationScoped
public class TimetableEntries {

    /** The audience of an assignment: its class (or group), or every class of its stream. */
    static final String AUDIENCE_JOINS = """
            LEFT JOIN stream_class sc ON sc.stream_id = a.stream_id
            JOIN school_class c ON c.id = coalesce(a.school_class_id, sc.school_class_id)
            LEFT JOIN class_group g ON g.id = a.class_group_id
            """;

    private static final String ASSIGNMENT = """
            SELECT a.id, y.id, y.starts_on, y.ends_on, y.working_week, s.name, a.teacher_person_id,
                   p.surname, p.given_name, p.patronymic, a.valid_from, a.valid_to, c.id, g.id, c.grade, c.letter, g.name
            FROM teaching_assignment a
            JOIN academic_year y ON y.id = a.academic_year_id
            JOIN subject s ON s.id = a.subject_id
            JOIN person p ON p.id = a.teacher_person_id
            """ + AUDIENCE_JOINS + " WHERE a.id = :assignment AND a.school_id = :school ORDER BY c.grade, c.letter";

    private static final String IN_SLOT = """
            SELECT e.id, s.name, a.teacher_person_id, p.surname, p.given_name, p.patronymic, e.room_id, r.name,
                   e.week_kind, e.valid_from, e.valid_to, c.id, g.id, c.grade, c.letter, g.name
            FROM timetable_entry e
            JOIN teaching_assignment a ON a.id = e.teaching_assignment_id
            JOIN subject s ON s.id = a.subject_id
            JOIN person p ON p.id = a.teacher_person_id
            LEFT JOIN room r ON r.id = e.room_id
            """ + AUDIENCE_JOINS
            + " WHERE e.academic_year_id = :year AND e.weekday = :weekday AND e.slot_number = :slot ORDER BY e.id";

    private static final String WEEK = """
            SELECT e.id, e.weekday, e.week_kind, e.bell_schedule_id, e.slot_number, bs.starts_at, bs.ends_at, a.id,
                   s.id, s.name, a.teacher_person_id, p.surname, p.given_name, p.patronymic, g.id, g.name, st.id, st.name,
                   r.id, r.name, e.valid_from, e.valid_to
            FROM timetable_entry e
            JOIN teaching_assignment a ON a.id = e.teaching_assignment_id
            JOIN bell_slot bs ON bs.bell_schedule_id = e.bell_schedule_id AND bs.number = e.slot_number
            JOIN subject s ON s.id = a.subject_id
            JOIN person p ON p.id = a.teacher_person_id
            LEFT JOIN class_group g ON g.id = a.class_group_id
            LEFT JOIN stream st ON st.id = a.stream_id
            LEFT JOIN room r ON r.id = e.room_id
            WHERE %s AND e.valid_from <= :date AND (e.valid_to IS NULL OR e.valid_to > :date)
            ORDER BY e.weekday, e.slot_number, e.week_kind, g.name NULLS FIRST, e.id
            """;
    private static final String OF_CLASS = "(a.school_class_id = :class OR a.stream_id IN "
            + "(SELECT sc.stream_id FROM stream_class sc WHERE sc.school_class_id = :class))";

    @Inject
    EntityManager em;

    public Optional<AssignmentFacts> assignment(long schoolId, long assignmentId) {
        List<Object[]> rows = rows(em.createNativeQuery(ASSIGNMENT).setParameter("assignment", assignmentId)
                .setParameter("school", schoolId));
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] first = rows.get(0);
        List<Audience.Part> parts = rows.stream().map(row -> part(row, 12)).toList();
        return Optional.of(new AssignmentFacts(id(first[0]), id(first[1]), date(first[2]), date(first[3]),
                "SIX_DAYS".equals(first[4]), (String) first[5], id(first[6]), shortName(first, 7), new Audience(parts),
                date(first[10]), date(first[11])));
    }

    /** Every entry of the year in this weekday's slot, as what it occupies. */
    public List<Occupation> inSlot(long yearId, int weekday, int slot) {
        Map<Long, List<Object[]>> byEntry = new LinkedHashMap<>();
        for (Object[] row : rows(em.createNativeQuery(IN_SLOT).setParameter("year", yearId)
                .setParameter("weekday", weekday).setParameter("slot", slot))) {
            byEntry.computeIfAbsent(id(row[0]), key -> new ArrayList<>()).add(row);
        }
        List<Occupation> occupations = new ArrayList<>();
        for (List<Object[]> rows : byEntry.values()) {
            Object[] row = rows.get(0);
            occupations.add(new Occupation(id(row[0]), (String) row[1], id(row[2]), shortName(row, 3), id(row[6]),
                    (String) row[7], new Audience(rows.stream().map(r -> part(r, 11)).toList()),
                    WeekKind.valueOf((String) row[8]), date(row[9]), date(row[10])));
        }
        return occupations;
    }

    public List<TimetableEntryView> ofClass(long classId, LocalDate date) {
        return rows(em.createNativeQuery(WEEK.formatted(OF_CLASS)).setParameter("class", classId)
                .setParameter("date", date)).stream().map(TimetableEntries::view).toList();
    }

    public Optional<TimetableEntryView> view(long entryId, LocalDate date) {
        return rows(em.createNativeQuery(WEEK.formatted("e.id = :entry")).setParameter("entry", entryId)
                .setParameter("date", date)).stream().map(TimetableEntries::view).findFirst();
    }

    public long insert(long schoolId, long yearId, NewTimetableEntry entry) {
        return id(em.createNativeQuery("""
                        INSERT INTO timetable_entry (school_id, academic_year_id, teaching_assignment_id, weekday, week_kind,
                            bell_schedule_id, slot_number, room_id, valid_from, valid_to)
                        VALUES (:school, :year, :assignment, :weekday, :kind, :schedule, :slot, :room, :from, :to)
                        RETURNING id""")
                .setParameter("school", schoolId).setParameter("year", yearId)
                .setParameter("assignment", entry.assignmentId()).setParameter("weekday", entry.weekday())
                .setParameter("kind", entry.weekKind().name()).setParameter("schedule", entry.bellScheduleId())
                .setParameter("slot", entry.slotNumber()).setParameter("room", entry.roomId())
                .setParameter("from", entry.validFrom()).setParameter("to", entry.validTo())
                .getSingleResult());
    }

    public Optional<EntryFacts> find(long schoolId, long entryId) {
        return rows(em.createNativeQuery("""
                        SELECT e.id, e.academic_year_id, extract(year FROM y.starts_on), y.ends_on, e.valid_from, e.valid_to
                        FROM timetable_entry e JOIN academic_year y ON y.id = e.academic_year_id
                        WHERE e.id = :entry AND e.school_id = :school""")
                .setParameter("entry", entryId).setParameter("school", schoolId)).stream()
                .map(row -> new EntryFacts(id(row[0]), id(row[1]), number(row[2]), date(row[3]), date(row[4]),
                        date(row[5])))
                .findFirst();
    }

    public void end(long entryId, LocalDate validTo) {
        em.createNativeQuery("UPDATE timetable_entry SET valid_to = :to WHERE id = :entry")
                .setParameter("to", validTo).setParameter("entry", entryId).executeUpdate();
    }

    public void delete(long entryId) {
        em.createNativeQuery("DELETE FROM timetable_entry WHERE id = :entry").setParameter("entry", entryId)
                .executeUpdate();
    }

    public boolean slotExists(long schoolId, long bellScheduleId, int slot) {
        return !em.createNativeQuery("SELECT 1 FROM bell_slot bs JOIN bell_schedule b ON b.id = bs.bell_schedule_id "
                        + "WHERE b.id = :schedule AND b.school_id = :school AND bs.number = :slot")
                .setParameter("schedule", bellScheduleId).setParameter("school", schoolId).setParameter("slot", slot)
                .getResultList().isEmpty();
    }

    public Optional<String> roomName(long schoolId, long roomId) {
        return em.createNativeQuery("SELECT name FROM room WHERE id = :room AND school_id = :school", String.class)
                .setParameter("room", roomId).setParameter("school", schoolId).getResultList().stream()
                .map(String.class::cast).findFirst();
    }

    static Audience.Part part(Object[] row, int at) {
        return new Audience.Part(id(row[at]), id(row[at + 1]), className(row, at + 2));
    }

    private static TimetableEntryView view(Object[] row) {
        return new TimetableEntryView(id(row[0]), number(row[1]), WeekKind.valueOf((String) row[2]), id(row[3]),
                number(row[4]), Cells.time(row[5]), Cells.time(row[6]), id(row[7]), id(row[8]), (String) row[9],
                id(row[10]), shortName(row, 11), id(row[14]), (String) row[15], id(row[16]), (String) row[17],
                id(row[18]), (String) row[19], date(row[20]), date(row[21]));
    }

    @SuppressWarnings("unchecked")
    static List<Object[]> rows(jakarta.persistence.Query query) {
        return query.getResultList();
    }
}
