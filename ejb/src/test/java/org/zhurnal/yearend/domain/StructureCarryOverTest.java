package org.zhurnal.yearend.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zhurnal.classes.domain.ClassName;
import org.zhurnal.yearend.domain.StructureCarryOver.NewAssignment;
import org.zhurnal.yearend.domain.StructureCarryOver.NewEntry;
import org.zhurnal.yearend.domain.StructureCarryOver.NewStream;
import org.zhurnal.yearend.domain.StructureCarryOver.OldAssignment;
import org.zhurnal.yearend.domain.StructureCarryOver.OldClass;
import org.zhurnal.yearend.domain.StructureCarryOver.OldEntry;
import org.zhurnal.yearend.domain.StructureCarryOver.OldStream;
import org.zhurnal.yearend.domain.StructureCarryOver.Rules;
import org.zhurnal.yearend.domain.StructureCarryOver.Target;

class StructureCarryOverTest {

    private static final long MATH = 1;
    private static final long ENGLISH = 2;
    private static final long ASTRONOMY = 3;
    private static final long STAYS = 100;
    private static final long LEFT = 101;

    private static final OldClass FIVE_A = new OldClass(1L, name(5, "А"), name(6, "А"), List.of("Английский 1"));
    private static final OldClass FIVE_B = new OldClass(2L, name(5, "Б"), name(6, "Б"), List.of());
    private static final OldClass ELEVEN_A = new OldClass(3L, name(11, "А"), null, List.of());
    private static final OldClass TEN_A = new OldClass(4L, name(10, "А"), name(11, "А"), List.of());
    private static final List<OldClass> CLASSES = List.of(FIVE_A, FIVE_B, ELEVEN_A, TEN_A);
    private static final Map<Integer, Set<Long>> CURRICULUM = Map.of(6, Set.of(MATH, ENGLISH), 11, Set.of(MATH));
    private static final Rules RULES = new Rules(CURRICULUM, Set.of(STAYS), Set.of(500L), true);

    @Test
    void anAssignmentFollowsItsClassToTheSuccessorWithItsTeacherAndItsTimetableEntries() {
        OldAssignment math = new OldAssignment(10L, MATH, "Математика", STAYS, "Учителева А. П.", 1L, null, null);
        OldEntry monday = new OldEntry(20L, 10L, 1, "EVERY", 7L, 2, 500L);
        OldEntry tuesday = new OldEntry(21L, 10L, 2, "A", 7L, 3, null);

        StructureCarryOver carry = StructureCarryOver.draw(CLASSES, List.of(), List.of(math), List.of(monday, tuesday),
                RULES);

        assertThat(carry.assignments()).extracting(NewAssignment::fromAssignmentId, NewAssignment::teacherId,
                NewAssignment::target).containsExactly(tuple(10L, STAYS, new Target(name(6, "А"), null, null)));
        assertThat(carry.entries()).extracting(NewEntry::fromAssignmentId, NewEntry::weekday, NewEntry::weekKind,
                        NewEntry::bellScheduleId, NewEntry::slotNumber, NewEntry::roomId)
                .containsExactly(tuple(10L, 1, "EVERY", 7L, 2, 500L), tuple(10L, 2, "A", 7L, 3, null));
        assertThat(carry.skipped()).isEmpty();
    }

    @Test
    void graduatingClassesDepartedTeachersAndSubjectsOutsideTheNextGradesCurriculumAreSkippedWithTheReason() {
        OldAssignment graduating = new OldAssignment(10L, MATH, "Математика", STAYS, "Учителева А. П.", 3L, null, null);
        OldAssignment departed = new OldAssignment(11L, MATH, "Математика", LEFT, "Ушедшая Е. В.", 2L, null, null);
        OldAssignment notInPlan = new OldAssignment(12L, ASTRONOMY, "Астрономия", STAYS, "Учителева А. П.", 4L, null, null);

        StructureCarryOver carry = StructureCarryOver.draw(CLASSES, List.of(),
                List.of(graduating, departed, notInPlan),
                List.of(new OldEntry(20L, 10L, 1, "EVERY", 7L, 1, null), new OldEntry(21L, 11L, 1, "EVERY", 7L, 2, null)),
                RULES);

        assertThat(carry.assignments()).isEmpty();
        assertThat(carry.entries()).as("entries of skipped assignments go with them").isEmpty();
        assertThat(carry.skipped()).containsExactly(
                "Математика — 11А (Учителева А. П.): класс выпускается; уроков в неделю в расписании: 1",
                "Математика — 5Б (Ушедшая Е. В.): учитель больше не работает в школе; уроков в неделю в расписании: 1",
                "Астрономия — 10А (Учителева А. П.): предмета нет в учебном плане 11 класса");
    }

    @Test
    void aGroupAssignmentFollowsTheGroupOfTheSameNameOnlyWhenGroupsAreCopied() {
        OldAssignment english = new OldAssignment(10L, ENGLISH, "Английский язык", STAYS, "Учителева А. П.", 1L,
                "английский 1", null);

        StructureCarryOver copied = StructureCarryOver.draw(CLASSES, List.of(), List.of(english), List.of(), RULES);
        StructureCarryOver notCopied = StructureCarryOver.draw(CLASSES, List.of(), List.of(english), List.of(),
                new Rules(CURRICULUM, Set.of(STAYS), Set.of(), false));

        assertThat(copied.assignments()).extracting(NewAssignment::target)
                .containsExactly(new Target(name(6, "А"), "английский 1", null));
        assertThat(notCopied.assignments()).isEmpty();
        assertThat(notCopied.skipped()).singleElement().asString().endsWith("группы не копируются");
    }

    @Test
    void aStreamIsFormedAgainFromTheSuccessorsWhileAtLeastTwoRemainAndItsAssignmentFollowsIt() {
        OldStream fives = new OldStream(30L, "Профиль 5", Set.of(1L, 2L));
        OldStream seniors = new OldStream(31L, "Старшие", Set.of(3L, 4L));
        OldAssignment streamMath = new OldAssignment(10L, MATH, "Математика", STAYS, "Учителева А. П.", null, null, 30L);
        OldAssignment seniorMath = new OldAssignment(11L, MATH, "Математика", STAYS, "Учителева А. П.", null, null, 31L);

        StructureCarryOver carry = StructureCarryOver.draw(CLASSES, List.of(fives, seniors),
                List.of(streamMath, seniorMath), List.of(), RULES);

        assertThat(carry.streams()).extracting(NewStream::name, NewStream::classes)
                .containsExactly(tuple("Профиль 5", List.of(name(6, "А"), name(6, "Б"))));
        assertThat(carry.assignments()).extracting(NewAssignment::target)
                .containsExactly(new Target(null, null, "Профиль 5"));
        assertThat(carry.skipped()).containsExactly("Поток «Старшие»: в следующем году в нём меньше двух классов",
                "Математика — поток «Старшие» (Учителева А. П.): поток не переносится");
    }

    @Test
    void aRoomThatNoLongerExistsIsLeftEmptyAndTheSameAssignmentTwiceIsCopiedOnce() {
        OldAssignment math = new OldAssignment(10L, MATH, "Математика", STAYS, "Учителева А. П.", 1L, null, null);
        OldAssignment again = new OldAssignment(11L, MATH, "Математика", STAYS, "Учителева А. П.", 1L, null, null);

        StructureCarryOver carry = StructureCarryOver.draw(CLASSES, List.of(), List.of(math, again),
                List.of(new OldEntry(20L, 10L, 1, "EVERY", 7L, 1, 999L), new OldEntry(21L, 11L, 2, "EVERY", 7L, 1, 500L)),
                RULES);

        assertThat(carry.assignments()).extracting(NewAssignment::fromAssignmentId).containsExactly(10L);
        assertThat(carry.entries()).extracting(NewEntry::fromAssignmentId, NewEntry::roomId)
                .containsExactly(tuple(10L, null), tuple(10L, 500L));
        assertThat(carry.skipped()).containsExactly("Расписание: кабинета больше нет в школе — уроков в неделю без кабинета: 1");
    }

    private static ClassName name(int grade, String letter) {
        return new ClassName(grade, letter);
    }
}
