package org.zhurnal.guardians.domain;

import java.util.Optional;
import org.zhurnal.people.domain.Sex;

/** Who a legal representative (законный представитель) is to the child, as the family code names them. */
public enum GuardianKind {
    MOTHER, FATHER, ADOPTIVE, GUARDIAN, TRUSTEE;

    /** The sex the kind implies, for a new person card: a mother is a woman, a father a man. */
    public Optional<Sex> impliedSex() {
        return switch (this) {
            case MOTHER -> Optional.of(Sex.FEMALE);
            case FATHER -> Optional.of(Sex.MALE);
            default -> Optional.empty();
        };
    }
}
