package org.zhurnal.diary.application;

import java.math.BigDecimal;
import java.util.List;

/**
 * A subject's marks in a period with the weighted average (two decimals, null without marks) and the final
 * mark when one exists ({@link FinalMarks}; null until the journal's final marks are merged in).
 */
public record SubjectMarksView(long subjectId, String subject, List<MarkView> marks, BigDecimal average,
                               String finalMark) {
}
