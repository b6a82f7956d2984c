package org.zhurnal.shared.security;

import java.util.Arrays;
import java.util.Optional;

/** The roles of Zhurnal, named as the identity provider names them. */
public enum Role {
    REGION_ADMIN("region-admin"),
    JOURNAL_ADMIN("journal-admin"),
    DIRECTOR("director"),
    DEPUTY_DIRECTOR("deputy-director"),
    TEACHER("teacher"),
    CLASS_TEACHER("class-teacher"),
    PARENT("parent"),
    STUDENT("student"),
    AUDITOR("auditor");

    private final String code;

    Role(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The role with this code; unknown codes (other applications' roles) are not ours and are ignored. */
    public static Optional<Role> fromCode(String code) {
        return Arrays.stream(values()).filter(role -> role.code.equals(code)).findFirst();
    }
}
