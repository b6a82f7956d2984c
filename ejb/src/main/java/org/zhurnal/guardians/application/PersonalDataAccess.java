package org.zhurnal.guardians.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.zhurnal.school.application.CurrentRegion;
import org.zhurnal.shared.error.AccessDeniedException;
import org.zhurnal.shared.security.Actor;
import org.zhurnal.shared.security.SchoolAccess;

/**
 * Who may read and keep a pupil's personal data (152-FZ: by role and relation only): whoever administers a
 * school the pupil is a student of ({@link SchoolAccess}), and the class teacher of the pupil's class today
 * (the class's {@code class_teacher_person_id} is the actor's bound person card). A representative's data
 * goes with their children's: who may keep a child's data may keep their current representatives'.
 * Everybody else is refused, also when there is no such person. Runs in the caller's transaction.
 */
@ApplicationScoped
public class PersonalDataAccess {

    @Inject
    PupilPlaces places;

    @Inject
    SchoolAccess schoolAccess;

    @Inject
    CurrentRegion region;

    @Inject
    Clock clock;

    /** Today in the region. */
    public LocalDate today() {
        return region.find().orElseThrow(AccessDeniedException::new).today(clock);
    }

    /** Refuses unless the actor may keep the data of this pupil (the person as a student only). */
    public List<PupilPlace> requireStudent(Actor actor, Long personId, LocalDate today) {
        return require(places.of(personId, today).stream().filter(p -> p.pupilPersonId().equals(personId)).toList(),
                actor);
    }

    /** Refuses unless the actor may keep the data of the person as a student or as a children's representative. */
    public List<PupilPlace> requirePerson(Actor actor, Long personId, LocalDate today) {
        return require(places.of(personId, today), actor);
    }

    private List<PupilPlace> require(List<PupilPlace> found, Actor actor) {
        List<PupilPlace> allowed = found.stream().filter(place -> may(actor, place)).toList();
        if (allowed.isEmpty()) {
            throw new AccessDeniedException();
        }
        return allowed;
    }

    private boolean may(Actor actor, PupilPlace place) {
        if (actor == null) {
            return false;
        }
        boolean classTeacher = actor.personId() != null && actor.personId().equals(place.classTeacherPersonId());
        return classTeacher || schoolAccess.mayAdminister(actor, place.schoolId());
    }
}
