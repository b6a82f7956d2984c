package org.zhurnal.federal.application;

import java.math.BigDecimal;

/**
 * One line of the analytics export: a school's class and subject from the start of the academic year to the
 * export date. Depersonalised: counts and shares only, and the mark figures are left empty ({@code null}) where a
 * class–subject has fewer marks than the export's minimum (so no single student's marks can be read off).
 */
public record AnalyticsRow(long schoolId, String schoolInn, long classId, String className, long subjectId,
                           String subjectName, int students, int lessons, int lessonsWithTopic, int marks,
                           BigDecimal average, BigDecimal quality, BigDecimal success, int absences,
                           int absencesIllness, int absencesValid, BigDecimal attendanceRate,
                           BigDecimal journalCompleteness) {
}
