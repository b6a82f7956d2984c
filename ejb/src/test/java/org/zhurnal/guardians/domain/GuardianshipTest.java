package org.zhurnal.guardians.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zhurnal.people.domain.Sex;
import org.zhurnal.shared.error.ConflictException;
import org.zhurnal.shared.error.InvalidInputException;
import org.zhurnal.shared.security.Actor;
import org.zhurnal.shared.security.PersonName;

class GuardianshipTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-11-22");
    private static final Actor ADMIN = new Actor("iss", "sub", new PersonName("А", "Б", null), Set.of());

    @Test
    void aRepresentationRunsUntilEnded() {
        Guardianship guardianship = Guardianship.establish(1L, 2L, GuardianKind.FATHER, LocalDate.parse("2026-09-01"));
        assertThat(guardianship.isCurrentOn(TODAY)).isTrue();
        guardianship.end(TODAY);
        assertThat(guardianship.isCurrentOn(TODAY)).isFalse();
        assertThat(guardianship.isCurrentOn(TODAY.minusDays(1))).isTrue();
        assertThatThrownBy(() -> guardianship.end(TODAY.plusDays(1))).isInstanceOf(ConflictException.class);
    }

    @Test
    void nobodyRepresentsThemselvesAndTheKindIsNeeded() {
        assertThatThrownBy(() -> Guardianship.establish(1L, 1L, GuardianKind.MOTHER, TODAY))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Guardianship.establish(1L, 2L, null, TODAY)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aMotherIsAWomanAndAFatherAMan() {
        assertThat(GuardianKind.MOTHER.impliedSex()).contains(Sex.FEMALE);
        assertThat(GuardianKind.FATHER.impliedSex()).contains(Sex.MALE);
        assertThat(GuardianKind.GUARDIAN.impliedSex()).isEmpty();
    }

    @Test
    void aConsentIsGivenNotInTheFutureAndWithdrawnOnce() {
        assertThatThrownBy(() -> PdConsent.given(1L, 2L, ConsentPurpose.ELECTRONIC_JOURNAL, TODAY.plusDays(1), null,
                TODAY, ADMIN, Instant.EPOCH)).isInstanceOf(InvalidInputException.class);
        PdConsent consent = PdConsent.given(1L, 2L, ConsentPurpose.ELECTRONIC_JOURNAL, TODAY.minusDays(30),
                " Заявление № 12 ", TODAY, ADMIN, Instant.EPOCH);
        assertThat(consent.documentRef()).contains("Заявление № 12");
        assertThat(consent.isInForce()).isTrue();
        assertThatThrownBy(() -> consent.withdraw(TODAY.minusDays(31), TODAY, ADMIN, Instant.EPOCH))
                .isInstanceOf(InvalidInputException.class);
        consent.withdraw(TODAY, TODAY, ADMIN, Instant.EPOCH);
        assertThat(consent.isInForce()).isFalse();
        assertThatThrownBy(() -> consent.withdraw(TODAY, TODAY, ADMIN, Instant.EPOCH)).isInstanceOf(ConflictException.class);
    }
}
