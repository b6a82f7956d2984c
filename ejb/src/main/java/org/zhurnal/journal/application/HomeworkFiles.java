package org.zhurnal.journal.application;

import java.util.List;
import java.util.Optional;
import org.zhurnal.shared.security.Actor;

/** Files of lessons' homework, kept in the database with the lesson's school_year. */
public interface HomeworkFiles {

    /** A file as lists show it. */
    record FileItem(Long id, String name, String contentType, int size) {
    }

    /** A file with its content, for a download. */
    record FileContent(Long id, Long lessonId, String name, String contentType, byte[] content) {
    }

    Long add(int schoolYear, Long lessonId, String name, String contentType, byte[] content, Actor by,
             java.time.Instant at);

    List<FileItem> ofLesson(int schoolYear, Long lessonId);

    Optional<FileContent> find(Long lessonId, Long fileId);

    boolean remove(Long lessonId, Long fileId);
}
