package org.zhurnal.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zhurnal.shared.error.InvalidInputException;
import org.zhurnal.shared.security.Actor;
import org.zhurnal.shared.security.PersonName;

class InviteCodeTest {

    private static final Instant ISSUED = Instant.parse("2026-11-20T03:00:00Z");
    private static final Actor TEACHER = new Actor("iss", "teacher", new PersonName("Иванова", "Мария", null), Set.of());

    @Test
    void aCodeIsGoodOnceWithinFourteenDays() {
        InviteCode code = InviteCode.issue(new byte[] {1}, 1L, 10L, 20L, TEACHER, ISSUED);
        assertThat(code.purpose()).isEqualTo(InvitePurpose.PARENT);
        assertThat(code.stateAt(ISSUED.plusSeconds(60))).isEqualTo(InviteState.OPEN);

        code.redeem("iss", "parent", ISSUED.plus(InviteCode.VALIDITY).minusSeconds(1));

        assertThat(code.stateAt(ISSUED.plusSeconds(60))).isEqualTo(InviteState.USED);
        assertThatThrownBy(() -> code.redeem("iss", "other", ISSUED.plusSeconds(120)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("уже использован");
        assertThat(code.revoke(ISSUED.plusSeconds(180))).as("a used code stays used").isFalse();
    }

    @Test
    void anExpiredOrRevokedCodeIsRefused() {
        InviteCode expired = InviteCode.issue(new byte[] {1}, 1L, 10L, 10L, TEACHER, ISSUED);
        assertThat(expired.purpose()).isEqualTo(InvitePurpose.STUDENT);
        assertThat(expired.stateAt(ISSUED.plus(InviteCode.VALIDITY))).isEqualTo(InviteState.EXPIRED);
        assertThatThrownBy(() -> expired.redeem("iss", "student", ISSUED.plus(InviteCode.VALIDITY)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Срок действия");

        InviteCode revoked = InviteCode.issue(new byte[] {2}, 1L, 10L, 20L, TEACHER, ISSUED);
        assertThat(revoked.revoke(ISSUED.plusSeconds(1))).isTrue();
        assertThat(revoked.stateAt(ISSUED.plusSeconds(2))).isEqualTo(InviteState.REVOKED);
        assertThatThrownBy(() -> revoked.redeem("iss", "parent", ISSUED.plusSeconds(2)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("заменён");
    }
}
