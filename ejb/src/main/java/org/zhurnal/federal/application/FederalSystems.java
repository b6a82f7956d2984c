package org.zhurnal.federal.application;

import org.zhurnal.exchange.application.ExchangeSystems;
import org.zhurnal.shared.security.Actor;

/** The federal and regional systems the outbound exchanges (issue 7, parts 2–4) talk to, as the exchange log names them. */
public final class FederalSystems {

    private FederalSystems() {
    }

    /** The actor an outbound exchange acts as in the audit trail (issuer {@value ExchangeSystems#ISSUER}). */
    public static Actor actorOf(String system) {
        return ExchangeSystems.actorOf(system);
    }
}
