package org.zhurnal.journal.application;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.zhurnal.journal.domain.Lesson;
import org.zhurnal.journal.domain.LessonFacts;
import org.zhurnal.journal.domain.WorkKind;

/** Lessons and what the journal's rules and pages need around them, each answer one query. */
public interface LessonRecords {

    Optional<Lesson> find(Long lessonId);

    /** The lesson read in plain SQL, not managed by JPA: for a journal save, which writes it with {@link #saveJournal}. */
    Optional<Lesson> findForJournal(Long lessonId);

    /** The lessons of the class (whole-class and its groups') from one date to another, by date and slot. */
    java.util.List<Lesson> ofClass(Long classId, java.time.LocalDate from, java.time.LocalDate to);

    /** Whether the plan topic is one of a thematic plan (common or a teacher's) of the lesson's year, subject and grade. */
    boolean planTopicFits(Lesson lesson, Long planTopicId);

    /**
     * Writes the lesson's journal part (topic, plan topic, homework) and moves it to the next version, if the
     * stored version is still the lesson's: the optimistic version check and the row lock happen here. Refuses
     * with the «изменён» conflict otherwise. The lesson is no longer managed by JPA afterwards.
     */
    void saveJournal(Lesson lesson, Instant now);

    LessonFacts facts(Lesson lesson);

    /** The facts of a (possible) lesson of the class and subject on the date. */
    LessonFacts facts(Long classId, Long yearId, Long subjectId, java.time.LocalDate date, boolean cancelled);

    /** Whether the person teaches the subject in the class (or a stream of it) this year. */
    boolean teaches(Long personId, Long yearId, Long classId, Long subjectId);

    /** The kinds of work of the school by id: built-in ones, overridden by the region's, then the school's. */
    Map<Long, WorkKind> workKinds(Long schoolId);

    /** Whether the person is the school's director or deputy now, or the class teacher of the class. */
    boolean overseesClass(Long personId, Long schoolId, Long classId);

    /** Names of the lesson's class, group, subject, teacher and substitute. */
    LessonNames names(Lesson lesson);

    record LessonNames(String className, String groupName, String subjectName, String teacherName,
                       String substituteName) {
    }
}
