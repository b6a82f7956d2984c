package org.zhurnal.exchange.application;

import java.util.Set;
import org.zhurnal.shared.security.Actor;
import org.zhurnal.shared.security.PersonName;
import org.zhurnal.shared.security.Role;

/**
 * The other systems we exchange with, and the actor each acts as when its changes are applied: movements
 * and audit events name the system (issuer {@value #ISSUER}, subject the system), never a person.
 */
public final class ExchangeSystems {

    public static final String ISSUER = "urn:zhurnal:exchange";

    /** The regional student registry (региональный реестр контингента). */
    public static final String REGISTRY = "REGISTRY";

    private ExchangeSystems() {
    }

    /** The registry applies changes with the region administrator's rights (it is the region's own system). */
    public static Actor actorOf(String system) {
        return new Actor(ISSUER, system, new PersonName("Обмен данными", system, null), Set.of(Role.REGION_ADMIN));
    }
}
