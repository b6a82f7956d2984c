package org.zhurnal.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zhurnal.shared.error.ConflictException;
import org.zhurnal.shared.security.Actor;
import org.zhurnal.shared.security.PersonName;
import org.zhurnal.shared.security.Role;

class AccountBindingTest {

    private static final Instant SUGGESTED = Instant.parse("2026-09-01T01:00:00Z");
    private static final Instant DECIDED = Instant.parse("2026-09-02T03:00:00Z");
    private static final Actor REGION_ADMIN = new Actor("iss", "admin", new PersonName("Соколова", "Ирина", null),
            Set.of(Role.REGION_ADMIN));

    @Test
    void aSuggestionIsPendingUntilSomebodyDecides() {
        AccountBinding binding = AccountBinding.suggest("iss", "sub", 7L, SUGGESTED);
        assertThat(binding.state()).isEqualTo(BindingState.PENDING);
        assertThat(binding.decidedAt()).isNull();

        binding.confirm(REGION_ADMIN, DECIDED);
        assertThat(binding.state()).isEqualTo(BindingState.CONFIRMED);
        assertThat(binding.decidedAt()).isEqualTo(DECIDED);
        assertThat(binding.decidedBySubject()).isEqualTo("admin");
    }

    @Test
    void aDecisionIsFinal() {
        AccountBinding rejected = AccountBinding.suggest("iss", "sub", 7L, SUGGESTED);
        rejected.reject(REGION_ADMIN, DECIDED);
        assertThat(rejected.state()).isEqualTo(BindingState.REJECTED);
        assertThatThrownBy(() -> rejected.confirm(REGION_ADMIN, DECIDED)).isInstanceOf(ConflictException.class)
                .hasMessage(Suggestion.ALREADY_DECIDED);

        AccountBinding confirmed = AccountBinding.suggest("iss", "sub", 7L, SUGGESTED);
        confirmed.confirm(REGION_ADMIN, DECIDED);
        assertThatThrownBy(() -> confirmed.reject(REGION_ADMIN, DECIDED)).isInstanceOf(ConflictException.class);
        assertThat(confirmed.state()).isEqualTo(BindingState.CONFIRMED);
    }
}
