package org.zhurnal.rooms.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import org.junit.jupiter.api.Test;
import org.zhurnal.shared.error.BusinessException;
import org.zhurnal.shared.error.InvalidInputException;

class RoomTest {

    @Test
    void aRoomStaysInItsSchool() {
        Room room = new Room(building(1L, 10L), " 201 ", "Кабинет физики", 30);
        assertThat(room.schoolId()).isEqualTo(1L);
        assertThat(room.name()).isEqualTo("201");
        room.describe(building(1L, 11L), "202", null, null);
        assertThat(room.buildingId()).isEqualTo(11L);
        assertThat(room.purpose()).isEmpty();
        assertThatThrownBy(() -> room.describe(building(2L, 12L), "202", null, null))
                .satisfies(e -> assertThat(((BusinessException) e).field()).contains("buildingId"));
    }

    @Test
    void namesAndSeatsAreChecked() {
        assertThatThrownBy(() -> new Room(building(1L, 10L), " ", null, null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new Room(building(1L, 10L), "201", null, 0))
                .satisfies(e -> assertThat(((BusinessException) e).field()).contains("seats"));
        assertThatThrownBy(() -> new Building(1L, "", null))
                .satisfies(e -> assertThat(((BusinessException) e).field()).contains("name"));
    }

    private static Building building(Long school, Long id) {
        Building building = new Building(school, "Корпус " + id, null);
        try {
            Field field = Building.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(building, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return building;
    }
}
