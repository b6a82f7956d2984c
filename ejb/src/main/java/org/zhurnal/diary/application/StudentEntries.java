package org.zhurnal.diary.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** One student's marks and attendance codes over some dates, as stored (current values). */
public record StudentEntries(List<MarkRow> marks, List<AttendanceRow> attendance) {

    public record MarkRow(long lessonId, LocalDate date, long subjectId, int position, int value, Integer value2,
                          BigDecimal weight, String kind, String kindShort, String comment, String subject) {
    }

    public record AttendanceRow(long lessonId, LocalDate date, long subjectId, String subject, String code) {
    }
}
