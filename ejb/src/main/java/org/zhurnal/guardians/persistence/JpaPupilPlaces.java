package org.zhurnal.guardians.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.zhurnal.guardians.application.PupilPlace;
import org.zhurnal.guardians.application.PupilPlaces;

/**
 * One query: the pupils (the person, and the children they currently represent), their schools, and their
 * class on the day — the class of their last arrival, leaving or transfer event on or before the day when
 * that event is an arrival (events of one day in the order written, as the class lists count them).
 */
@ApplicationScoped
public class JpaPupilPlaces implements PupilPlaces {

    private static final String PLACES = "WITH pupil AS (SELECT CAST(:person AS BIGINT) AS person_id UNION "
            + "SELECT g.child_person_id FROM guardianship g WHERE g.guardian_person_id = :person "
            + "AND g.valid_from <= :day AND (g.valid_to IS NULL OR g.valid_to > :day)), "
            + "last_event AS (SELECT e.person_id, e.school_class_id, e.kind, ROW_NUMBER() OVER "
            + "(PARTITION BY e.person_id, c.school_id ORDER BY e.effective_on DESC, e.id DESC) AS rn, c.school_id "
            + "FROM enrolment_event e JOIN school_class c ON c.id = e.school_class_id "
            + "WHERE e.person_id IN (SELECT person_id FROM pupil) AND e.effective_on <= :day "
            + "AND e.kind IN ('ARRIVE', 'LEAVE', 'TRANSFER')) "
            + "SELECT s.person_id, s.school_id, le.school_class_id, c.class_teacher_person_id "
            + "FROM student s LEFT JOIN last_event le ON le.person_id = s.person_id AND le.school_id = s.school_id "
            + "AND le.rn = 1 AND le.kind = 'ARRIVE' LEFT JOIN school_class c ON c.id = le.school_class_id "
            + "WHERE s.person_id IN (SELECT person_id FROM pupil) ORDER BY s.person_id, s.school_id";

    @Inject
    EntityManager em;

    @Override
    public List<PupilPlace> of(Long personId, LocalDate day) {
        List<PupilPlace> places = new ArrayList<>();
        for (Object result : em.createNativeQuery(PLACES).setParameter("person", personId).setParameter("day", day)
                .getResultList()) {
            Object[] row = (Object[]) result;
            places.add(new PupilPlace(number(row[0]), number(row[1]), number(row[2]), number(row[3])));
        }
        return places;
    }

    private static Long number(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }
}
