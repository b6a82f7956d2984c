package org.zhurnal.journal.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ReportedAbsencesTest {

    @Test
    void anEmptyCellOrNTakesTheReportsReason() {
        assertThat(ReportedAbsences.fill(null, AttendanceCode.ILL)).contains(AttendanceCode.ILL);
        assertThat(ReportedAbsences.fill(AttendanceCode.ABSENT, AttendanceCode.EXCUSED)).contains(AttendanceCode.EXCUSED);
    }

    @Test
    void aReasonAlreadyGivenIsNeverOverwritten() {
        assertThat(ReportedAbsences.fill(AttendanceCode.EXCUSED, AttendanceCode.ILL)).isEmpty();
        assertThat(ReportedAbsences.fill(AttendanceCode.ILL, AttendanceCode.EXCUSED)).isEmpty();
        assertThat(ReportedAbsences.fill(AttendanceCode.ILL, AttendanceCode.ILL)).isEmpty();
    }

    @Test
    void aReportAlwaysGivesAReason() {
        assertThatThrownBy(() -> ReportedAbsences.fill(null, AttendanceCode.ABSENT))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
