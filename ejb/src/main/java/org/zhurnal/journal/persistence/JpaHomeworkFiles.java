package org.zhurnal.journal.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.zhurnal.journal.application.HomeworkFiles;
import org.zhurnal.shared.security.Actor;

/** Homework files in native SQL: the content is read only for a download, never for a list. */
@ApplicationScoped
public class JpaHomeworkFiles implements HomeworkFiles {

    @Inject
    EntityManager em;

    @Override
    public Long add(int schoolYear, Long lessonId, String name, String contentType, byte[] content, Actor by, Instant at) {
        return Rows.id(em.createNativeQuery("INSERT INTO homework_file (school_year, lesson_id, name, content_type, "
                        + "size_bytes, content, uploaded_at, uploaded_by_issuer, uploaded_by_subject) "
                        + "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) RETURNING id")
                .setParameter(1, schoolYear).setParameter(2, lessonId).setParameter(3, name).setParameter(4, contentType)
                .setParameter(5, content.length).setParameter(6, content).setParameter(7, at)
                .setParameter(8, by.issuer()).setParameter(9, by.subject()).getSingleResult());
    }

    @Override
    public List<FileItem> ofLesson(int schoolYear, Long lessonId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, name, content_type, size_bytes FROM homework_file "
                + "WHERE lesson_id = ?1 AND school_year = ?2 ORDER BY id").setParameter(1, lessonId)
                .setParameter(2, schoolYear).getResultList();
        return rows.stream().map(r -> new FileItem(Rows.id(r[0]), (String) r[1], (String) r[2], Rows.integer(r[3])))
                .toList();
    }

    @Override
    public Optional<FileContent> find(Long lessonId, Long fileId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, lesson_id, name, content_type, content FROM homework_file "
                + "WHERE id = ?1 AND lesson_id = ?2").setParameter(1, fileId).setParameter(2, lessonId).getResultList();
        return rows.stream().findFirst().map(r -> new FileContent(Rows.id(r[0]), Rows.id(r[1]), (String) r[2],
                (String) r[3], (byte[]) r[4]));
    }

    @Override
    public boolean remove(Long lessonId, Long fileId) {
        return em.createNativeQuery("DELETE FROM homework_file WHERE id = ?1 AND lesson_id = ?2")
                .setParameter(1, fileId).setParameter(2, lessonId).executeUpdate() > 0;
    }
}
