package org.zhurnal.journal.application;

import java.time.LocalDate;

/** An absence report as its class teacher accepted it: the student, the class on the first day, the days, Б/У. */
public record AcceptedAbsence(long reportId, long studentId, long classId, LocalDate from, LocalDate to, String code) {
}
