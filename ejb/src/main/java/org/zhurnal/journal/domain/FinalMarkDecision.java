package org.zhurnal.journal.domain;

import java.util.Optional;
import org.zhurnal.shared.error.ConflictException;
import org.zhurnal.shared.error.InvalidInputException;

/**
 * A teacher's decision on a final mark: a value 2–5 or «н/а», confirmed or a draft, with a reason when it
 * departs from the system's proposal on attestation (a mark although there are too few marks, «н/а»
 * although there are enough) or when it changes an already confirmed mark. A closed period refuses it.
 */
public record FinalMarkDecision(Integer value, boolean notAttested, String reason, boolean confirm) {

    public static final int REASON_MAX = 500;

    /** What is stored now for the cell (the latest version), if anything. */
    public record Current(Integer value, boolean notAttested, boolean confirmed, int version) {
    }

    public FinalMarkDecision {
        reason = reason == null || reason.isBlank() ? null : reason.strip();
        if (reason != null && reason.length() > REASON_MAX) {
            throw new InvalidInputException("reason", "Причина — не длиннее " + REASON_MAX + " символов");
        }
        if (notAttested == (value != null)) {
            throw new InvalidInputException("value", "Укажите итоговую отметку 2–5 или «н/а»");
        }
        if (value != null && (value < MarkValue.LOWEST || value > MarkValue.HIGHEST)) {
            throw new InvalidInputException("value", "Итоговая отметка может быть только 2, 3, 4 или 5");
        }
    }

    /** Checks the decision against the proposal (empty: н/а proposed) and the stored mark. */
    public void check(Optional<Integer> proposed, Optional<Current> current, boolean periodClosed) {
        if (periodClosed) {
            throw new ConflictException("periodNumber", "Отчётный период закрыт: итоговые отметки за него изменить нельзя");
        }
        if (reason == null && value != null && proposed.isEmpty()) {
            throw new InvalidInputException("reason", "Отметок недостаточно для аттестации: укажите причину, "
                    + "по которой обучающийся аттестован");
        }
        if (reason == null && notAttested && proposed.isPresent()) {
            throw new InvalidInputException("reason", "Укажите причину, по которой обучающийся не аттестован");
        }
        if (reason == null && current.filter(Current::confirmed).filter(c -> !same(c)).isPresent()) {
            throw new InvalidInputException("reason", "Итоговая отметка уже утверждена: укажите причину изменения");
        }
    }

    /** A confirmed mark stays confirmed whatever the new version says. */
    public boolean confirmedAfter(Optional<Current> current) {
        return confirm || current.map(Current::confirmed).orElse(false);
    }

    private boolean same(Current current) {
        return current.notAttested() == notAttested && java.util.Objects.equals(current.value(), value);
    }
}
