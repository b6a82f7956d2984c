package org.zhurnal.journal.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import org.zhurnal.audit.application.AuditLog;
import org.zhurnal.audit.domain.AuditAction;
import org.zhurnal.journal.application.HomeworkFiles.FileContent;
import org.zhurnal.journal.application.HomeworkFiles.FileItem;
import org.zhurnal.journal.domain.HomeworkFileKind;
import org.zhurnal.journal.domain.JournalRules;
import org.zhurnal.journal.domain.Lesson;
import org.zhurnal.journal.domain.LessonFacts;
import org.zhurnal.shared.error.InvalidInputException;
import org.zhurnal.shared.error.NotFoundException;
import org.zhurnal.shared.security.Actor;

/**
 * Files of a lesson's homework: added and removed by whoever keeps the lesson's journal (not in grade 1, not in
 * a closed period), downloaded by whoever may read it. At most {@link #MAX_FILES} files per lesson.
 */
@Stateless
public class HomeworkFileService {

    static final int MAX_FILES = 10;
    static final String FILE_NOT_FOUND = "Файл не найден";

    @Inject
    LessonRecords lessons;

    @Inject
    JournalAccess access;

    @Inject
    HomeworkFiles files;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    public FileItem add(Actor actor, Long lessonId, String name, byte[] content) {
        Lesson lesson = writable(actor, lessonId);
        String cleanName = HomeworkFileKind.cleanName(name);
        HomeworkFileKind kind = HomeworkFileKind.of(cleanName, content);
        if (files.ofLesson(lesson.schoolYear(), lesson.id()).size() >= MAX_FILES) {
            throw new InvalidInputException("file", "К уроку можно приложить не больше " + MAX_FILES + " файлов");
        }
        Long id = files.add(lesson.schoolYear(), lesson.id(), cleanName, kind.contentType(), content, actor, clock.instant());
        audit.record(actor, AuditAction.HOMEWORK_FILE_ADDED, lesson.id());
        return new FileItem(id, cleanName, kind.contentType(), content.length);
    }

    public void remove(Actor actor, Long lessonId, Long fileId) {
        Lesson lesson = writable(actor, lessonId);
        if (!files.remove(lesson.id(), fileId)) {
            throw new NotFoundException(FILE_NOT_FOUND);
        }
        audit.record(actor, AuditAction.HOMEWORK_FILE_REMOVED, lesson.id());
    }

    public FileContent download(Actor actor, Long lessonId, Long fileId) {
        Lesson lesson = lessons.find(lessonId).orElseThrow(() -> new NotFoundException(LessonJournalService.LESSON_NOT_FOUND));
        access.requireRead(actor, lesson);
        return files.find(lesson.id(), fileId).orElseThrow(() -> new NotFoundException(FILE_NOT_FOUND));
    }

    private Lesson writable(Actor actor, Long lessonId) {
        Lesson lesson = lessons.find(lessonId).orElseThrow(() -> new NotFoundException(LessonJournalService.LESSON_NOT_FOUND));
        access.requireWrite(actor, lesson);
        LessonFacts facts = lessons.facts(lesson);
        new JournalRules(facts, LocalDate.ofInstant(clock.instant(), facts.zone())).checkHomeworkFiles();
        return lesson;
    }
}
