package org.zhurnal.shared.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * The application's container-managed, transaction-scoped EntityManager for CDI beans (repositories).
 * It is looked up where the persistence unit binds it instead of being injected with
 * {@code @PersistenceContext}: WildFly 39 resolves {@code @PersistenceContext} of CDI beans while Weld starts,
 * and in an EAR that can run before the persistence unit's service exists ("jboss.persistenceunit … not
 * found"), failing the deployment now and then. A lookup at first use has no such race.
 */
@ApplicationScoped
public class EntityManagerProducer {

    static final String JNDI_NAME = "java:app/zhurnal/EntityManager";

    @Produces
    EntityManager entityManager() {
        try {
            return InitialContext.doLookup(JNDI_NAME);
        } catch (NamingException e) {
            throw new IllegalStateException("the persistence unit's EntityManager is not bound at " + JNDI_NAME, e);
        }
    }
}
