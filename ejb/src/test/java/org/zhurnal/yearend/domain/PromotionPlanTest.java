package org.zhurnal.yearend.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.zhurnal.classes.domain.ClassName;
import org.zhurnal.shared.error.InvalidInputException;
import org.zhurnal.yearend.domain.PromotionPlan.Change;
import org.zhurnal.yearend.domain.PromotionPlan.Move;
import org.zhurnal.yearend.domain.PromotionPlan.NextClass;
import org.zhurnal.yearend.domain.PromotionPlan.OldClass;
import org.zhurnal.yearend.domain.PromotionPlan.Outcome;
import org.zhurnal.yearend.domain.PromotionPlan.Student;

class PromotionPlanTest {

    private static final OldClass FIVE_A = new OldClass(1L, new ClassName(5, "А"), 100L, List.of("Английский 1"));
    private static final OldClass FIVE_B = new OldClass(2L, new ClassName(5, "Б"), 101L, List.of());
    private static final OldClass NINE_A = new OldClass(3L, new ClassName(9, "А"), 102L, List.of());
    private static final OldClass ELEVEN_A = new OldClass(4L, new ClassName(11, "А"), 103L, List.of());
    private static final List<OldClass> CLASSES = List.of(FIVE_A, FIVE_B, NINE_A, ELEVEN_A);

    @Test
    void everyClassMovesUpAGradeWithItsLetterTeacherAndGroupsAndGradeElevenGraduates() {
        PromotionPlan plan = PromotionPlan.draw(CLASSES, List.of(student(10, 1), student(11, 3), student(12, 4)),
                Map.of(), Map.of());

        assertThat(plan.classes()).extracting(c -> c.name().toString(), NextClass::fromClassId,
                        NextClass::classTeacherPersonId, NextClass::groupNames)
                .containsExactly(tuple("6А", 1L, 100L, List.of("Английский 1")), tuple("6Б", 2L, 101L, List.of()),
                        tuple("10А", 3L, 102L, List.of()));
        assertThat(plan.moves()).extracting(m -> m.student().personId(), Move::outcome, m -> String.valueOf(m.to()))
                .containsExactly(tuple(10L, Outcome.PROMOTED, "6А"), tuple(11L, Outcome.PROMOTED, "10А"),
                        tuple(12L, Outcome.GRADUATES, "null"));
    }

    @Test
    void aRetainedStudentStaysInTheGradeAndALeavingOneLeaves() {
        PromotionPlan plan = PromotionPlan.draw(CLASSES, List.of(student(10, 1), student(11, 3), student(12, 4)),
                Map.of(10L, YearEndDecision.RETAINED, 11L, YearEndDecision.LEAVES, 12L, YearEndDecision.RETAINED),
                Map.of());

        assertThat(plan.moves()).extracting(m -> m.student().personId(), Move::outcome, m -> String.valueOf(m.to()))
                .containsExactly(tuple(10L, Outcome.RETAINED, "5А"), tuple(11L, Outcome.LEAVES, "null"),
                        tuple(12L, Outcome.RETAINED, "11А"));
        assertThat(plan.classes()).extracting(c -> c.name().toString(), NextClass::fromClassId,
                        NextClass::classTeacherPersonId)
                .as("classes made for the retained students have no predecessor and no class teacher yet")
                .containsExactly(tuple("5А", null, null), tuple("6А", 1L, 100L), tuple("6Б", 2L, 101L),
                        tuple("10А", 3L, 102L), tuple("11А", null, null));
        assertThat(plan.movesTo(new ClassName(5, "А"))).hasSize(1);
    }

    @Test
    void theAdministratorChangesALetterOrTheClassTeacherButNotIntoTwoClassesOfOneName() {
        PromotionPlan plan = PromotionPlan.draw(CLASSES, List.of(student(10, 2)), Map.of(),
                Map.of(2L, new Change("в", true, null), 1L, new Change(null, true, 200L)));

        assertThat(plan.classes()).extracting(c -> c.name().toString(), NextClass::classTeacherPersonId)
                .containsExactly(tuple("6А", 200L), tuple("6В", null), tuple("10А", 102L));
        assertThat(plan.moves()).extracting(m -> m.to().toString()).containsExactly("6В");

        assertThatThrownBy(() -> PromotionPlan.draw(CLASSES, List.of(), Map.of(), Map.of(2L, new Change("А", false, null))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("6А");
    }

    private static Student student(long personId, long classId) {
        return new Student(personId, "Ученик " + personId, classId);
    }
}
