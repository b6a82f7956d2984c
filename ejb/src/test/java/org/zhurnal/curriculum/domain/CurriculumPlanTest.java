package org.zhurnal.curriculum.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.zhurnal.curriculum.domain.CurriculumPlan.Line;
import org.zhurnal.shared.error.BusinessException;

class CurriculumPlanTest {

    private static final long YEAR = 10L;
    private static final long SCHOOL = 7L;
    private final Subject maths = withId(Subject.ofRegion(1L, "Математика", "Матем."), 100L);
    private final Subject robotics = withId(Subject.ofSchool(1L, SCHOOL, "Робототехника", "Робот."), 101L);
    private final Subject elsewhere = withId(Subject.ofSchool(1L, 8L, "Шахматы", "Шахм."), 102L);
    private final Map<Long, Subject> subjects = Map.of(100L, maths, 101L, robotics, 102L, elsewhere);

    @Test
    void aPlanHoldsItsLinesInOrder() {
        CurriculumPlan plan = draw(new Line(5, 100L, 170), new Line(5, 101L, 34), new Line(6, 100L, 170));
        assertThat(plan.items()).extracting(CurriculumItem::grade, CurriculumItem::subjectId, CurriculumItem::hoursPerYear)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(5, 100L, 170),
                        org.assertj.core.groups.Tuple.tuple(5, 101L, 34), org.assertj.core.groups.Tuple.tuple(6, 100L, 170));
        assertThat(plan.items()).allMatch(item -> item.academicYearId() == YEAR);
        assertThat(draw().items()).isEmpty();
    }

    @Test
    void aSubjectAppearsOncePerGrade() {
        assertThatThrownBy(() -> draw(new Line(5, 100L, 170), new Line(6, 100L, 170), new Line(5, 100L, 136)))
                .hasMessage("Строка 3: «Математика» в 5 классе уже есть в строке 1").satisfies(CurriculumPlanTest::onItems);
    }

    @Test
    void gradesAreOneToEleven() {
        assertThatThrownBy(() -> draw(new Line(0, 100L, 34))).hasMessage("Строка 1: укажите класс от 1 до 11");
        assertThatThrownBy(() -> draw(new Line(5, 100L, 34), new Line(12, 100L, 34)))
                .hasMessage("Строка 2: укажите класс от 1 до 11");
        assertThatThrownBy(() -> draw(new Line(null, 100L, 34))).satisfies(CurriculumPlanTest::onItems);
        assertThat(draw(new Line(1, 100L, 33), new Line(11, 100L, 34)).items()).hasSize(2);
    }

    @Test
    void onlyCatalogueSubjectsAndTheSchoolsOwnMayBeUsed() {
        assertThatThrownBy(() -> draw(new Line(5, 102L, 34))).hasMessage("Строка 1: предмет не найден");
        assertThatThrownBy(() -> draw(new Line(5, 999L, 34))).hasMessage("Строка 1: предмет не найден");
        assertThatThrownBy(() -> draw(new Line(5, null, 34))).hasMessage("Строка 1: предмет не найден");
    }

    @Test
    void hoursAYearArePositiveAndSensible() {
        assertThatThrownBy(() -> draw(new Line(5, 100L, 0))).hasMessage("Строка 1: часов в год — от 1 до 1258");
        assertThatThrownBy(() -> draw(new Line(5, 100L, -34))).satisfies(CurriculumPlanTest::onItems);
        assertThatThrownBy(() -> draw(new Line(5, 100L, null))).satisfies(CurriculumPlanTest::onItems);
        assertThatThrownBy(() -> draw(new Line(5, 100L, 1259))).satisfies(CurriculumPlanTest::onItems);
        assertThat(draw(new Line(5, 100L, 1258)).items()).hasSize(1);
    }

    @Test
    void anEmptyLineIsRefusedNotSkipped() {
        assertThatThrownBy(() -> draw(new Line(5, 100L, 170), null)).hasMessage("Строка 2: укажите класс от 1 до 11");
    }

    private CurriculumPlan draw(Line... lines) {
        return CurriculumPlan.draw(YEAR, SCHOOL, Arrays.asList(lines), subjects);
    }

    private static void onItems(Throwable e) {
        assertThat(((BusinessException) e).field()).contains("items");
    }

    static Subject withId(Subject subject, long id) {
        try {
            Field field = Subject.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(subject, id);
            return subject;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
