package org.zhurnal.journal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.zhurnal.audit.application.AuditLog;
import org.zhurnal.audit.domain.AuditAction;
import org.zhurnal.journal.application.JournalCells.Authorship;
import org.zhurnal.journal.application.JournalCells.LessonKey;
import org.zhurnal.journal.application.JournalEdit.Description;
import org.zhurnal.journal.domain.CellChanges;
import org.zhurnal.journal.domain.JournalRules;
import org.zhurnal.journal.domain.Lesson;
import org.zhurnal.journal.domain.LessonFacts;
import org.zhurnal.journal.domain.WorkKind;
import org.zhurnal.shared.error.InvalidInputException;
import org.zhurnal.shared.error.NotFoundException;
import org.zhurnal.shared.security.Actor;

/**
 * A lesson's journal: its page, and the one save that writes its topic, homework, attendance and marks.
 * A save locks the lesson row first (the optimistic version check), then compares the wanted cells with the
 * current ones, checks every change against {@link JournalRules}, and appends and applies the changes in a
 * few multi-row statements — one transaction, audited.
 */
@ApplicationScoped
@Transactional
public class LessonJournalService {

    static final String LESSON_NOT_FOUND = "Урок не найден";

    @Inject
    LessonRecords lessons;

    @Inject
    JournalCells cells;

    @Inject
    JournalAccess access;

    @Inject
    LessonStudents students;

    @Inject
    LessonPages pages;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    public LessonPage page(Actor actor, Long lessonId) {
        Lesson lesson = require(lessonId);
        boolean canWrite = access.requireRead(actor, lesson);
        LessonFacts facts = lessons.facts(lesson);
        return pages.of(lesson, new JournalRules(facts, LocalDate.ofInstant(clock.instant(), facts.zone())), canWrite);
    }

    /** Saves the lesson's journal; answers the lesson's new version. */
    public SavedJournal save(Actor actor, Long lessonId, JournalEdit edit) {
        Lesson lesson = lessons.findForJournal(lessonId).orElseThrow(() -> new NotFoundException(LESSON_NOT_FOUND));
        access.requireWrite(actor, lesson);
        if (edit == null || edit.version() == null) {
            throw new InvalidInputException("version", "Не указана версия урока");
        }
        lesson.requireVersion(edit.version());
        LessonFacts facts = lessons.facts(lesson);
        JournalRules rules = new JournalRules(facts, LocalDate.ofInstant(clock.instant(), facts.zone()));
        if (edit.description() != null) {
            describe(lesson, rules, edit.description());
        }
        lessons.saveJournal(lesson, clock.instant());
        Map<Long, WorkKind> kinds = lessons.workKinds(lesson.schoolId());
        Set<Long> onList = edit.students().isEmpty() ? Set.of() : students.ids(lesson);
        CellChanges changes = new JournalDiff(rules, kinds, onList).between(
                edit.students().isEmpty() ? List.of() : cells.marks(lesson.schoolYear(), lesson.id()),
                edit.students().isEmpty() ? Map.of() : cells.attendance(lesson.schoolYear(), lesson.id()),
                edit.students());
        cells.apply(key(lesson), changes, Authorship.of(actor, clock.instant()));
        audit.record(actor, AuditAction.LESSON_JOURNAL_SAVED, lesson.id());
        return new SavedJournal(lesson.id(), lesson.version(), changes.marks().size(), changes.attendance().size());
    }

    /** The lesson's new version and how many marks and attendance cells changed. */
    public record SavedJournal(Long lessonId, int version, int marksChanged, int attendanceChanged) {
    }

    static LessonKey key(Lesson lesson) {
        return new LessonKey(lesson.schoolYear(), lesson.id(), lesson.date(), lesson.subjectId(), lesson.schoolClassId());
    }

    private void describe(Lesson lesson, JournalRules rules, Description description) {
        String topic = blankToNull(description.topic());
        if (topic != null && topic.length() > Lesson.TOPIC_MAX) {
            throw new InvalidInputException("topic", "Тема урока — не длиннее " + Lesson.TOPIC_MAX + " символов");
        }
        Long planTopicId = description.planTopicId();
        if (planTopicId != null && !planTopicId.equals(lesson.planTopicId()) && !lessons.planTopicFits(lesson, planTopicId)) {
            throw new InvalidInputException("planTopicId", "Эта тема не из тематического плана предмета для этого класса");
        }
        String homework = description.noHomework() ? null : blankToNull(description.homework());
        rules.checkDescription(!lesson.sameDescription(topic, description.planTopicId(), homework,
                description.noHomework()), homework);
        lesson.describe(topic, description.planTopicId(), homework, description.noHomework());
    }

    private Lesson require(Long lessonId) {
        return lessons.find(lessonId).orElseThrow(() -> new NotFoundException(LESSON_NOT_FOUND));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
