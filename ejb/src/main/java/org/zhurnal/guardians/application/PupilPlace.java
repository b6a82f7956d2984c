package org.zhurnal.guardians.application;

/**
 * Where a pupil whose data is asked about is: the school they are a student of, their class there on the
 * day (null when they have none: left, or not yet arrived) and that class's class teacher (may be null).
 */
public record PupilPlace(Long pupilPersonId, Long schoolId, Long classId, Long classTeacherPersonId) {
}
