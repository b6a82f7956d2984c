package org.zhurnal.integration.heartbeat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The name of this application node in a cluster (WildFly's {@code jboss.node.name}). */
@ApplicationScoped
public class NodeName {

    @Inject
    @ConfigProperty(name = "jboss.node.name", defaultValue = "zhurnal")
    String value;

    public String value() {
        return value;
    }
}
