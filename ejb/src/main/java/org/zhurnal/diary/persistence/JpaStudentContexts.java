package org.zhurnal.diary.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zhurnal.diary.application.ClassInfo;
import org.zhurnal.diary.application.StudentContext;
import org.zhurnal.diary.domain.EnrolmentTimeline;
import org.zhurnal.shared.security.PersonName;

/**
 * A student's context in one query: the person card, whether the actor is a current legal representative
 * (guardianship valid today), and every enrolment event with its class, school and academic year. Uses
 * the person's primary key, {@code enrolment_event_person_ix} and primary keys of the joined rows; a
 * student has a few events a year, so this is a few dozen rows at most.
 */
@ApplicationScoped
public class JpaStudentContexts {

    public static final String CONTEXT = "SELECT p.surname, p.given_name, p.patronymic, "
            + "EXISTS (SELECT 1 FROM guardianship g WHERE g.child_person_id = p.id AND g.guardian_person_id = :actor "
            + "AND g.valid_from <= :today AND (g.valid_to IS NULL OR g.valid_to > :today)) AS guarded, "
            + "e.id AS event_id, e.kind, e.school_class_id, e.class_group_id, e.effective_on, "
            + "c.school_id, s.short_name, c.grade, c.letter, c.class_teacher_person_id, y.id AS year_id, y.starts_on, y.ends_on "
            + "FROM person p LEFT JOIN enrolment_event e ON e.person_id = p.id "
            + "LEFT JOIN school_class c ON c.id = e.school_class_id "
            + "LEFT JOIN academic_year y ON y.id = c.academic_year_id "
            + "LEFT JOIN school s ON s.id = c.school_id "
            + "WHERE p.id = :student ORDER BY e.effective_on, e.id";

    @Inject
    EntityManager em;

    /** The student's context for the acting person ({@code actorPersonId} may be null); empty without a card. */
    public Optional<StudentContext> find(long studentPersonId, Long actorPersonId, LocalDate today) {
        List<Object[]> rows = Rows.of(em.createNativeQuery(CONTEXT)
                .setParameter("student", studentPersonId)
                .setParameter("actor", actorPersonId == null ? -1L : actorPersonId)
                .setParameter("today", today));
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] first = rows.get(0);
        String name = new PersonName((String) first[0], (String) first[1], (String) first[2]).full();
        Map<Long, ClassInfo> classes = new LinkedHashMap<>();
        List<EnrolmentTimeline.Event> events = new ArrayList<>();
        for (Object[] row : rows) {
            if (row[4] == null) {
                continue;
            }
            long classId = Rows.id(row[6]);
            events.add(new EnrolmentTimeline.Event(Rows.id(row[4]), (String) row[5], classId, Rows.id(row[7]),
                    Rows.date(row[8])));
            classes.computeIfAbsent(classId, id -> new ClassInfo(id, Rows.id(row[9]), (String) row[10],
                    Rows.integer(row[11]), (String) row[12], Rows.id(row[13]), Rows.id(row[14]), Rows.date(row[15]),
                    Rows.date(row[16])));
        }
        return Optional.of(new StudentContext(studentPersonId, name, Rows.flag(first[3]), classes,
                new EnrolmentTimeline(events)));
    }
}
