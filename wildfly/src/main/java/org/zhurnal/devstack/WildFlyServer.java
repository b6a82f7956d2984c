package org.zhurnal.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The provisioned WildFly running the EAR. Each instance gets its own copy of {@code standalone/} as its
 * base directory, so several servers (dev, tests) can run from one provisioned installation.
 */
public final class WildFlyServer implements AutoCloseable {

    private final ChildProcess process;
    private final Path deployments;

    private WildFlyServer(ChildProcess process, Path deployments) {
        this.process = process;
        this.deployments = deployments;
    }

    /** Starts the server with the EAR deployed and waits until the deployment succeeded. */
    public static WildFlyServer start(Path serverHome, Path baseDir, Path ear, int portOffset,
                                      Map<String, String> env, Duration timeout) {
        ChildProcess.awaitPortsFree(Duration.ofSeconds(60), 8080 + portOffset, 9990 + portOffset);
        Path deployments = prepareBaseDir(serverHome, baseDir, ear);
        List<String> command = List.of(serverHome.resolve("bin/standalone.sh").toString(),
                "-Djboss.server.base.dir=" + baseDir,
                "-Djboss.socket.binding.port-offset=" + portOffset,
                "-Djboss.node.name=" + baseDir.getFileName());
        ChildProcess process = ChildProcess.start("WildFly", command, env, serverHome, baseDir.resolve("console.log"));
        WildFlyServer server = new WildFlyServer(process, deployments);
        try {
            process.awaitReady(server::deploymentSettled, timeout);
            if (Files.exists(deployments.resolve("zhurnal.ear.failed"))) {
                throw new IllegalStateException("zhurnal.ear failed to deploy:\n" + process.logTail());
            }
            return server;
        } catch (RuntimeException e) {
            process.close();
            throw e;
        }
    }

    private boolean deploymentSettled() {
        return Files.exists(deployments.resolve("zhurnal.ear.deployed"))
                || Files.exists(deployments.resolve("zhurnal.ear.failed"));
    }

    private static Path prepareBaseDir(Path serverHome, Path baseDir, Path ear) {
        try {
            FileTrees.delete(baseDir);
            FileTrees.copy(serverHome.resolve("standalone"), baseDir);
            Path deployments = baseDir.resolve("deployments");
            Files.createDirectories(deployments);
            Files.copy(ear, deployments.resolve("zhurnal.ear"), StandardCopyOption.REPLACE_EXISTING);
            return deployments;
        } catch (IOException e) {
            throw new UncheckedIOException("could not prepare " + baseDir, e);
        }
    }

    @Override
    public void close() {
        process.close();
    }
}
