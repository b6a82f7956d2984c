package org.zhurnal.it.support;

import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** A test EAR whose tests start a simulator (JDK HTTP server) inside the server: the EAR may use {@code jdk.httpserver}. */
public final class InServerSimulators {

    private InServerSimulators() {
    }

    public static EnterpriseArchive allow(EnterpriseArchive ear) {
        return ear.setManifest(new StringAsset("Manifest-Version: 1.0\nDependencies: jdk.httpserver\n"));
    }
}
