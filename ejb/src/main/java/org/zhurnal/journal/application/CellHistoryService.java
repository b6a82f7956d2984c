package org.zhurnal.journal.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.zhurnal.journal.domain.Lesson;
import org.zhurnal.shared.error.NotFoundException;
import org.zhurnal.shared.security.Actor;

/** The history of a lesson's cells, for those who may read the lesson's journal. */
@Stateless
public class CellHistoryService {

    @Inject
    LessonRecords lessons;

    @Inject
    JournalAccess access;

    @Inject
    CellHistory history;

    public List<CellHistory.Entry> of(Actor actor, Long lessonId, Long studentId) {
        Lesson lesson = lessons.find(lessonId).orElseThrow(() -> new NotFoundException(LessonJournalService.LESSON_NOT_FOUND));
        access.requireRead(actor, lesson);
        return history.of(lesson.schoolYear(), lesson.id(), studentId);
    }
}
