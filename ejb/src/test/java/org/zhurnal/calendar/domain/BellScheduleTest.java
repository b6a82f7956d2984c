package org.zhurnal.calendar.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhurnal.shared.error.InvalidInputException;

class BellScheduleTest {

    @Test
    void slotsInOrderMakeASchedule() {
        BellSchedule schedule = new BellSchedule(1L, "  Основное ", List.of(slot(1, "08:30", "09:15"),
                slot(2, "09:25", "10:10")));
        assertThat(schedule.name()).isEqualTo("Основное");
        assertThat(schedule.slots()).hasSize(2);
    }

    @Test
    void overlappingMisnumberedOrInvertedSlotsAreRefused() {
        assertThatThrownBy(() -> new BellSchedule(1L, "A", List.of(slot(1, "08:30", "09:15"), slot(2, "09:10", "09:55"))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("раньше конца урока 1");
        assertThatThrownBy(() -> new BellSchedule(1L, "A", List.of(slot(2, "08:30", "09:15"))))
                .hasMessageContaining("ожидался урок 1");
        assertThatThrownBy(() -> new BellSchedule(1L, "A", List.of(slot(1, "09:15", "08:30"))))
                .hasMessageContaining("заканчиваться позже");
        assertThatThrownBy(() -> new BellSchedule(1L, "A", List.of())).hasMessageContaining("хотя бы один");
        assertThatThrownBy(() -> new BellSchedule(1L, " ", List.of(slot(1, "08:30", "09:15"))))
                .hasMessageContaining("название");
    }

    private static BellSlot slot(int number, String from, String to) {
        return new BellSlot((short) number, LocalTime.parse(from), LocalTime.parse(to));
    }
}
