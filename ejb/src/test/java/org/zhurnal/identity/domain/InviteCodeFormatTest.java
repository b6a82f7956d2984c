package org.zhurnal.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InviteCodeFormatTest {

    @Test
    void codesAreTwelveUnambiguousCharactersInGroupsOfFour() {
        SecureRandom random = new SecureRandom();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String code = InviteCodeFormat.generate(random);
            assertThat(code).matches("[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}");
            assertThat(InviteCodeFormat.normalise(code)).contains(code.replace("-", ""));
            seen.add(code);
        }
        assertThat(seen).hasSize(1000);
    }

    @Test
    void typingIsForgivenCaseSpacesDashesAndCyrillicLookAlikes() {
        assertThat(InviteCodeFormat.normalise(" k7qm 3xrt–9hwp ")).contains("K7QM3XRT9HWP");
        // Cyrillic К, М, Т, Р, Н typed on a Russian keyboard layout
        assertThat(InviteCodeFormat.normalise("К7QМ-3XRТ-9НWР")).contains("K7QM3XRT9HWP");
    }

    @Test
    void anythingElseIsNotACode() {
        assertThat(InviteCodeFormat.normalise(null)).isEmpty();
        assertThat(InviteCodeFormat.normalise("K7QM-3XRT")).isEmpty();
        assertThat(InviteCodeFormat.normalise("K7QM-3XRT-9HWP-A")).isEmpty();
        assertThat(InviteCodeFormat.normalise("O7QM-3XRT-9HWP")).as("no O in the alphabet").isEmpty();
        assertThat(InviteCodeFormat.normalise("Ж7QM-3XRT-9HWP")).isEmpty();
        assertThat(InviteCodeFormat.normalise("K7QM-3XRT-9HW1")).as("no 1 in the alphabet").isEmpty();
    }
}
