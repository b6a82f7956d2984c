package org.zhurnal.identity.api;

/**
 * Body of {@code POST /classes/{classId}/invitations}: for which student, and whose card the code binds to
 * (the student's own id for the student, a legal representative's card id for a parent).
 */
public record NewInvitationRequest(Long studentPersonId, Long personId) {
}
