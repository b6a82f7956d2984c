package org.zhurnal.yearend.application;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zhurnal.yearend.domain.YearEndDecision;

/** What the year's end reads from the journal, the classes and its own tables, each one query. */
public interface YearEndReads {

    /** A class and subject whose year marks are not all confirmed: how many of its students lack one. */
    record Blocker(Long classId, String className, Long subjectId, String subjectName, int students, int missing) {
    }

    /** When the year was closed, if it was. */
    Optional<Instant> closedAt(Long yearId);

    /**
     * The classes and subjects taught in them (by teaching assignments of the class, its groups or its
     * streams) where a student on the list on the year's last day has no confirmed year mark; grade 1 is
     * left out while the school keeps its «no marks in grade 1» rule.
     */
    List<Blocker> blockers(Long yearId);

    Map<Long, Decided> decisions(Long yearId);

    /** How many lines the year's curriculum has. */
    int curriculumLines(Long yearId);

    /** Whether the person is on a class list of the year on its last day. */
    boolean onListAtYearEnd(Long yearId, Long personId);

    /** «Фамилия Имя Отчество» of the person cards, by id. */
    Map<Long, String> names(Collection<Long> personIds);

    record Decided(YearEndDecision decision, String orderRef) {
    }

    /** The rollover of the year into the next one, if it was rolled over. */
    Optional<Rollover> rollover(Long fromYearId);

    record Rollover(Long toYearId, String orderRef, boolean curriculumDraft, int classesCreated, int studentsMoved,
                    int graduates, Instant committedAt, RolloverCarryOvers.Carried carried) {
    }
}
