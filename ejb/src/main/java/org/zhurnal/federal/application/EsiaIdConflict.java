package org.zhurnal.federal.application;

import java.time.Instant;

/**
 * An ESIA id a parent's children list offered for a student but that was not recorded: the student already had
 * {@code recordedOid}, or the oid belongs to another card ({@code otherPersonId}). For the journal administrator.
 */
public record EsiaIdConflict(long id, long studentPersonId, String studentName, String offeredOid, String recordedOid,
                             Long otherPersonId, Instant reportedAt) {
}
