package org.zhurnal.journal.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhurnal.journal.domain.JournalFixtures.ANSWER;
import static org.zhurnal.journal.domain.JournalFixtures.TEST;
import static org.zhurnal.journal.domain.JournalFixtures.lesson;
import static org.zhurnal.journal.domain.JournalFixtures.rules;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zhurnal.journal.application.JournalEdit.MarkInput;
import org.zhurnal.journal.application.JournalEdit.StudentCells;
import org.zhurnal.journal.domain.AttendanceCode;
import org.zhurnal.journal.domain.CellChanges;
import org.zhurnal.journal.domain.CellChanges.Action;
import org.zhurnal.journal.domain.MarkCell;
import org.zhurnal.journal.domain.MarkValue;
import org.zhurnal.shared.error.InvalidInputException;

class JournalDiffTest {

    private static final MarkCell STORED = new MarkCell(1L, 1, new MarkValue(5, null), ANSWER.id(), ANSWER.weight(), null);
    private final JournalDiff diff = new JournalDiff(rules(lesson("2026-11-12"), "2026-11-12T10:00"),
            Map.of(ANSWER.id(), ANSWER, TEST.id(), TEST), Set.of(1L, 2L));

    @Test
    void anUnchangedColumnChangesNothing() {
        CellChanges changes = diff.between(List.of(STORED), Map.of(2L, AttendanceCode.ILL), List.of(
                new StudentCells(1L, null, List.of(new MarkInput(1, 5, null, ANSWER.id(), " "))),
                new StudentCells(2L, AttendanceCode.ILL, List.of())));
        assertThat(changes.isEmpty()).isTrue();
    }

    @Test
    void setsChangesAndRemovalsKeepTheirOldValues() {
        CellChanges changes = diff.between(List.of(STORED), Map.of(), List.of(
                new StudentCells(1L, AttendanceCode.ABSENT, List.of(new MarkInput(2, 4, null, TEST.id(), null))),
                new StudentCells(2L, null, List.of(new MarkInput(1, 3, null, ANSWER.id(), "устно")))));
        assertThat(changes.marks()).extracting(c -> c.action() + ":" + c.studentId() + ":" + c.position())
                .containsExactly("REMOVE:1:1", "SET:1:2", "SET:2:1");
        assertThat(changes.marks().get(0).before()).isEqualTo(STORED);
        assertThat(changes.attendance()).extracting(CellChanges.AttendanceChange::after).containsExactly(AttendanceCode.ABSENT);
        assertThat(changes.marks()).extracting(CellChanges.MarkChange::action).doesNotContain(Action.CHANGE);
    }

    @Test
    void aMarkOfAKindTheSchoolNoLongerHasGetsTheStrictestWindow() {
        MarkCell oldKind = new MarkCell(1L, 1, new MarkValue(4, null), 99L, ANSWER.weight(), null);
        JournalDiff nextDay = new JournalDiff(rules(lesson("2026-11-12"), "2026-11-13T10:00"), Map.of(ANSWER.id(), ANSWER),
                Set.of(1L));
        assertThatThrownBy(() -> nextDay.between(List.of(oldKind), Map.of(), List.of(new StudentCells(1L, null, List.of()))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("истёк 12.11.2026");
    }

    @Test
    void refusesStudentsOffTheListTwinsAndMarksWithoutAKind() {
        assertThatThrownBy(() -> diff.between(List.of(), Map.of(), List.of(new StudentCells(3L, AttendanceCode.ILL, List.of()))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("нет в списке");
        assertThatThrownBy(() -> diff.between(List.of(), Map.of(), List.of(new StudentCells(1L, null, List.of()),
                new StudentCells(1L, null, List.of())))).hasMessageContaining("дважды");
        assertThatThrownBy(() -> diff.between(List.of(), Map.of(), List.of(new StudentCells(1L, null,
                List.of(new MarkInput(1, 5, null, null, null)))))).hasMessageContaining("вид работы");
        assertThatThrownBy(() -> diff.between(List.of(), Map.of(), List.of(new StudentCells(1L, null,
                List.of(new MarkInput(1, 5, null, ANSWER.id(), null), new MarkInput(1, 4, null, ANSWER.id(), null))))))
                .hasMessageContaining("в одной позиции");
    }
}
