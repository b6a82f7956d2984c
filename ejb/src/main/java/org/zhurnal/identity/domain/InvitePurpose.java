package org.zhurnal.identity.domain;

/** Whose card an invite code binds an account to: a legal representative's, or the student's own. */
public enum InvitePurpose {
    PARENT,
    STUDENT
}
