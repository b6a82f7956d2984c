package org.zhurnal.plans.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhurnal.shared.error.InvalidRowsException;
import org.zhurnal.shared.error.InvalidRowsException.RowError;

class PlanTopicsTest {

    @Test
    void topicsAreTakenWithHoursDefaultingToOneAndKindsByRussianNameOrAbbreviation() {
        List<PlanTopic> topics = PlanTopics.check(List.of(
                new TopicInput(2, " Натуральные числа ", "3", "", "№ 1–5"),
                new TopicInput(3, "Контрольная работа № 1", null, "Контрольная работа", null),
                new TopicInput(4, "Измерение углов", "1", "п/р", " ")));

        assertThat(topics).containsExactly(new PlanTopic("Натуральные числа", 3, TopicKind.REGULAR, "№ 1–5"),
                new PlanTopic("Контрольная работа № 1", 1, TopicKind.TEST, null),
                new PlanTopic("Измерение углов", 1, TopicKind.PRACTICAL, null));
    }

    @Test
    void everyProblemOfEveryRowIsReportedAndNothingIsTaken() {
        assertThatThrownBy(() -> PlanTopics.check(List.of(
                new TopicInput(2, "", "0", "Экскурсия", null),
                new TopicInput(3, "Дроби", "два", null, null),
                new TopicInput(4, "Проценты", "2", "TEST", null))))
                .isInstanceOfSatisfying(InvalidRowsException.class, e -> assertThat(e.errors())
                        .extracting(RowError::row, RowError::field)
                        .containsExactly(tuple(2, "Тема"), tuple(2, "Часы"), tuple(2, "Вид"), tuple(3, "Часы")))
                .hasMessageContaining("ничего не загружено");
    }

    @Test
    void theWarningSaysHowManyHoursAreMissingOrExtra() {
        assertThat(PlanTopics.hoursWarning(170, 170, 5)).isNull();
        assertThat(PlanTopics.hoursWarning(160, 170, 5)).isEqualTo("В КТП 160 ч, а по учебному плану 170 ч в год (не хватает 10 ч)");
        assertThat(PlanTopics.hoursWarning(172, 170, 5)).contains("лишних 2 ч");
        assertThat(PlanTopics.hoursWarning(10, null, 5)).contains("нет в учебном плане 5-х классов");
    }
}
