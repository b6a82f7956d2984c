package org.zhurnal.operations.application;

import java.util.Map;

/**
 * The state of the integration runtime as operators need it, implemented by the integration module
 * (a port: the web layer reports it without depending on Camel).
 */
public interface IntegrationStatus {

    /** Whether the runtime and every route are started and the heartbeat reached the database recently. */
    boolean healthy();

    /** Details for operators: the runtime's and each route's state, the heartbeat's freshness. */
    Map<String, String> details();
}
