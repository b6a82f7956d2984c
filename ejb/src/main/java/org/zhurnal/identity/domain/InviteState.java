package org.zhurnal.identity.domain;

/** Where an invite code stands: usable, used, replaced by a newer one, or past its date. */
public enum InviteState {
    OPEN,
    USED,
    REVOKED,
    EXPIRED
}
