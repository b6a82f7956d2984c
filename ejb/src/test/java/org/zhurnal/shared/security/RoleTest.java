package org.zhurnal.shared.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RoleTest {

    @Test
    void knownCodesMapToRoles() {
        assertThat(Role.fromCode("class-teacher")).contains(Role.CLASS_TEACHER);
        assertThat(Role.fromCode("region-admin")).contains(Role.REGION_ADMIN);
    }

    @Test
    void foreignRolesAreIgnored() {
        assertThat(Role.fromCode("offline_access")).isEmpty();
        assertThat(Role.fromCode("default-roles-zhurnal")).isEmpty();
    }

    @Test
    void everyRoleRoundTripsThroughItsCode() {
        for (Role role : Role.values()) {
            assertThat(Role.fromCode(role.code())).contains(role);
        }
    }
}
