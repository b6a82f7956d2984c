package org.zhurnal.journal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.zhurnal.journal.domain.Lesson;
import org.zhurnal.shared.error.AccessDeniedException;
import org.zhurnal.shared.security.Actor;
import org.zhurnal.shared.security.SchoolAccess;

/**
 * Who may keep and who may read a lesson's journal. Written by the lesson's teacher, its substitute, or a
 * journal administrator of the school (the region administrator included); read also by the school's
 * director and deputies and the class teacher of the lesson's class. Everybody else is refused.
 */
@ApplicationScoped
public class JournalAccess {

    @Inject
    SchoolAccess schools;

    @Inject
    LessonRecords lessons;

    public boolean mayWrite(Actor actor, Lesson lesson) {
        return actor != null && (lesson.isGivenBy(actor.personId()) || schools.mayAdminister(actor, lesson.schoolId()));
    }

    public void requireWrite(Actor actor, Lesson lesson) {
        if (!mayWrite(actor, lesson)) {
            throw new AccessDeniedException();
        }
    }

    /** Refuses unless the actor may read the lesson; answers whether they may also write it. */
    public boolean requireRead(Actor actor, Lesson lesson) {
        if (mayWrite(actor, lesson)) {
            return true;
        }
        if (actor == null || !lessons.overseesClass(actor.personId(), lesson.schoolId(), lesson.schoolClassId())) {
            throw new AccessDeniedException();
        }
        return false;
    }
}
