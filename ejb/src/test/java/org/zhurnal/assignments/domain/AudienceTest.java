package org.zhurnal.assignments.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.zhurnal.shared.error.BusinessException;
import org.zhurnal.shared.error.InvalidInputException;

class AudienceTest {

    @Test
    void aClassAGroupOrAStream() {
        assertThat(Audience.chosen(5L, null, null, null)).isEqualTo(new Audience(5L, null, null));
        assertThat(Audience.chosen(null, 7L, 5L, null)).as("a group names its class").isEqualTo(new Audience(5L, 7L, null));
        assertThat(Audience.chosen(5L, 7L, 5L, null)).isEqualTo(new Audience(5L, 7L, null));
        assertThat(Audience.chosen(null, null, null, 9L)).isEqualTo(new Audience(null, null, 9L));
        assertThat(Audience.chosen(null, null, null, 9L).isStream()).isTrue();
    }

    @Test
    void exactlyOneIsChosen() {
        assertThatThrownBy(() -> Audience.chosen(null, null, null, null)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((BusinessException) e).field()).contains("audience"));
        assertThatThrownBy(() -> Audience.chosen(5L, null, null, 9L)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Audience.chosen(null, 7L, 5L, 9L)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aGroupOfAnotherClassIsRefused() {
        assertThatThrownBy(() -> Audience.chosen(6L, 7L, 5L, null))
                .satisfies(e -> assertThat(((BusinessException) e).field()).contains("groupId"));
    }
}
