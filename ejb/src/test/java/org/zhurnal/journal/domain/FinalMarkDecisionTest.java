package org.zhurnal.journal.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.zhurnal.journal.domain.FinalMarkDecision.Current;
import org.zhurnal.shared.error.ConflictException;
import org.zhurnal.shared.error.InvalidInputException;

class FinalMarkDecisionTest {

    private static final Optional<Integer> PROPOSED_FOUR = Optional.of(4);
    private static final Optional<Integer> NOT_ATTESTED = Optional.empty();

    @Test
    void aValueOrNotAttestedButNotBothNorNeither() {
        assertThatThrownBy(() -> new FinalMarkDecision(null, false, null, false)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new FinalMarkDecision(4, true, null, false)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new FinalMarkDecision(1, false, null, false)).hasMessageContaining("2, 3, 4 или 5");
    }

    @Test
    void departingFromTheProposalOnAttestationNeedsAReason() {
        assertThatCode(() -> new FinalMarkDecision(4, false, null, true).check(PROPOSED_FOUR, Optional.empty(), false))
                .doesNotThrowAnyException();
        assertThatCode(() -> new FinalMarkDecision(5, false, null, true).check(PROPOSED_FOUR, Optional.empty(), false))
                .as("another value than proposed is the teacher's call").doesNotThrowAnyException();
        assertThatThrownBy(() -> new FinalMarkDecision(3, false, " ", true).check(NOT_ATTESTED, Optional.empty(), false))
                .hasMessageContaining("Отметок недостаточно");
        assertThatCode(() -> new FinalMarkDecision(3, false, "Болел, сдал зачёт", true)
                .check(NOT_ATTESTED, Optional.empty(), false)).doesNotThrowAnyException();
        assertThatThrownBy(() -> new FinalMarkDecision(null, true, null, true).check(PROPOSED_FOUR, Optional.empty(), false))
                .hasMessageContaining("не аттестован");
    }

    @Test
    void aConfirmedMarkChangesOnlyWithAReasonAndStaysConfirmed() {
        Optional<Current> confirmed = Optional.of(new Current(4, false, true, 2));
        assertThatThrownBy(() -> new FinalMarkDecision(5, false, null, false).check(PROPOSED_FOUR, confirmed, false))
                .hasMessageContaining("уже утверждена");
        FinalMarkDecision withReason = new FinalMarkDecision(5, false, "Пересдача", false);
        assertThatCode(() -> withReason.check(PROPOSED_FOUR, confirmed, false)).doesNotThrowAnyException();
        assertThat(withReason.confirmedAfter(confirmed)).isTrue();
        assertThat(withReason.confirmedAfter(Optional.empty())).isFalse();
    }

    @Test
    void aClosedPeriodRefusesEveryDecision() {
        assertThatThrownBy(() -> new FinalMarkDecision(4, false, "x", true).check(PROPOSED_FOUR, Optional.empty(), true))
                .isInstanceOf(ConflictException.class);
    }
}
