package org.zhurnal.identity.domain;

/** Where a binding of an account to a person card stands; NONE only describes an account without one. */
public enum BindingState {
    NONE,
    PENDING,
    CONFIRMED,
    REJECTED
}
