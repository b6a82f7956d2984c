package org.zhurnal.shared.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestOriginTest {

    @Test
    void anOriginHoldsForItsScopeAndWhatWasThereBeforeComesBack() {
        assertThat(RequestOrigin.current()).isEmpty();
        try (RequestOrigin.Scope outer = RequestOrigin.enter("192.0.2.1")) {
            try (RequestOrigin.Scope inner = RequestOrigin.enter("198.51.100.2")) {
                assertThat(RequestOrigin.current()).hasValue("198.51.100.2");
            }
            assertThat(RequestOrigin.current()).hasValue("192.0.2.1");
        }
        assertThat(RequestOrigin.current()).isEmpty();
    }

    @Test
    void aBlankAddressIsNoneAndALongOneIsCut() {
        try (RequestOrigin.Scope blank = RequestOrigin.enter(" ")) {
            assertThat(RequestOrigin.current()).isEmpty();
        }
        try (RequestOrigin.Scope longOne = RequestOrigin.enter("x".repeat(100))) {
            assertThat(RequestOrigin.current()).hasValueSatisfying(a -> assertThat(a).hasSize(RequestOrigin.MAX_LENGTH));
        }
    }
}
