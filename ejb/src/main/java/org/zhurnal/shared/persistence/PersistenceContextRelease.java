package org.zhurnal.shared.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * For long writes in one transaction (a list import of thousands of rows): writes what is pending and lets the
 * persistence context forget every entity it manages, so that each later flush (every query flushes first) does
 * not check thousands of entities again. The transaction goes on; entities loaded before are detached and must
 * be loaded again before they are changed.
 */
@ApplicationScoped
public class PersistenceContextRelease {

    @Inject
    EntityManager em;

    public void flushAndClear() {
        em.flush();
        em.clear();
    }
}
