package org.zhurnal.classes.domain;

import java.time.Instant;
import java.util.Objects;
import org.zhurnal.shared.security.Actor;
import org.zhurnal.shared.text.TextRule;

/** Who records a movement, when, and on which order (приказ, e.g. «№ 45-у от 01.09.2026»; optional). */
public record Recording(Instant at, String issuer, String subject, String orderRef) {

    static final TextRule ORDER_REF = new TextRule("orderRef", 200, "", "Номер приказа — не длиннее 200 символов");

    public Recording {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(subject, "subject");
        orderRef = ORDER_REF.optional(orderRef);
    }

    public static Recording by(Actor actor, Instant at, String orderRef) {
        return new Recording(at, actor.issuer(), actor.subject(), orderRef);
    }
}
