package org.zhurnal.journal.domain;

import java.math.BigDecimal;

/**
 * A kind of work (вид работы) with its weight and its deadline in working days after the lesson (0: the
 * lesson day only). Essays have their five-day deadline only from grade 5 on; younger pupils' essays, like
 * any other work, are marked on the lesson day.
 */
public record WorkKind(Long id, String code, String name, String shortName, BigDecimal weight, int deadlineDays,
                       boolean controlWork) {

    static final String ESSAY = "ESSAY";
    static final int ESSAY_FROM_GRADE = 5;

    /**
     * A kind no longer among the school's kinds (e.g. replaced by a school's own): its marks get the strictest
     * window, the lesson day only.
     */
    public static WorkKind unknown(Long id) {
        return new WorkKind(id, "UNKNOWN", "Вид работы", "", BigDecimal.ONE, 0, false);
    }

    /** The working days after the lesson within which a mark of this kind may be set in this grade. */
    public int deadlineDays(int grade) {
        return ESSAY.equals(code) && grade < ESSAY_FROM_GRADE ? 0 : deadlineDays;
    }
}
