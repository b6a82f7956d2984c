package org.zhurnal.diary.application;

import java.time.LocalDate;
import org.zhurnal.diary.domain.AbsenceReason;

/** A parent's report: the child will be absent from {@code from} to {@code to}, both inclusive. */
public record NewAbsenceReport(LocalDate from, LocalDate to, AbsenceReason reason, String comment) {
}
