package org.zhurnal.federal.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What the service answers: the statement of the child's progress for the period, or a refusal with a code and
 * a Russian reason. {@code responseMessageId} is the id of our answer in СМЭВ, fixed once per request, so a request
 * delivered again is answered with the same message.
 */
public record ProgressAnswer(String requestMessageId, String responseMessageId, Statement statement, Refusal refusal) {

    public boolean refused() {
        return refusal != null;
    }

    /** The progress of one child: marks per subject with the weighted average, and absences. */
    public record Statement(LocalDate from, LocalDate to, List<SubjectProgress> subjects, int absences,
                            int absencesIllness, int absencesValid) {
    }

    /** One subject's marks (in date order), their weighted average and the confirmed final marks in the period. */
    public record SubjectProgress(String subject, List<MarkItem> marks, BigDecimal average) {
    }

    /** A mark: date, value (and the second of a double mark), kind of work. */
    public record MarkItem(LocalDate date, int value, Integer value2, String workKind) {
    }

    /** Why the service is refused: a code of ours and the reason for the applicant, in Russian. */
    public record Refusal(String code, String reason) {
    }
}
