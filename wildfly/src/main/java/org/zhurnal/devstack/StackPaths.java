package org.zhurnal.devstack;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The build outputs the stack runs from. Maven passes them as system properties; the defaults fit a
 * run from the repository root after {@code ./mvnw install}.
 */
public record StackPaths(Path serverHome, Path keycloakHome, Path ear, Path workDir) {

    public static StackPaths fromSystemProperties() {
        Path target = Path.of(System.getProperty("zhurnal.stack.target", "wildfly/target")).toAbsolutePath();
        StackPaths paths = new StackPaths(
                Path.of(System.getProperty("zhurnal.stack.server-home", target.resolve("server").toString())),
                Path.of(System.getProperty("zhurnal.stack.keycloak-home", target.resolve("keycloak").toString())),
                Path.of(System.getProperty("zhurnal.stack.ear", target.resolve("deployments/zhurnal.ear").toString())),
                Path.of(System.getProperty("zhurnal.stack.work-dir", target.resolve("stack").toString())));
        paths.requireBuilt();
        return paths;
    }

    void requireBuilt() {
        for (Path required : new Path[] {serverHome.resolve("bin/standalone.sh"), keycloakHome.resolve("bin/kc.sh"), ear}) {
            if (!Files.exists(required)) {
                throw new IllegalStateException(required + " is missing: build first with ./mvnw install -DskipTests");
            }
        }
    }
}
