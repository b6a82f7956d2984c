package org.zhurnal.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zhurnal.shared.error.ConflictException;
import org.zhurnal.shared.security.Actor;
import org.zhurnal.shared.security.PersonName;

class GuardianLinkTest {

    private static final Actor PARENT = new Actor("iss", "parent", new PersonName("Воробьёв", "Максим", "Петрович"),
            Set.of());
    private static final Actor TEACHER = new Actor("iss", "teacher", new PersonName("Комарова", "Ольга", ""), Set.of());
    private static final Instant AT = Instant.parse("2026-11-22T10:00:00Z");

    @Test
    void aSuggestionNamesTheAccountAsThePortalDoesAndIsDecidedOnce() {
        GuardianLink link = GuardianLink.suggest(PARENT, null, 31L, 7L, AT);
        assertThat(link.state()).isEqualTo(BindingState.PENDING);
        assertThat(link.accountName().full()).isEqualTo("Воробьёв Максим Петрович");
        assertThat(link.isOf("iss", "parent")).isTrue();
        assertThat(link.guardianPersonId()).isEmpty();

        link.confirm(TEACHER, 99L, AT.plusSeconds(60));
        assertThat(link.state()).isEqualTo(BindingState.CONFIRMED);
        assertThat(link.guardianPersonId()).contains(99L);
        assertThatThrownBy(() -> link.reject(TEACHER, AT)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(link::requirePending).isInstanceOf(ConflictException.class);
    }

    @Test
    void aRefusalIsFinal() {
        GuardianLink link = GuardianLink.suggest(PARENT, null, 31L, 7L, AT);
        link.reject(TEACHER, AT);
        assertThat(link.state()).isEqualTo(BindingState.REJECTED);
        assertThatThrownBy(() -> link.confirm(TEACHER, 99L, AT)).isInstanceOf(ConflictException.class);
    }
}
