package org.zhurnal.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import org.zhurnal.devstack.Stack;
import org.zhurnal.devstack.StackPaths;
import org.zhurnal.devstack.StackSettings;

/**
 * Starts the real stack (PostgreSQL, ESIA simulator, Keycloak, WildFly with the EAR) once for the whole
 * integration-test run, on the test ports, and stops it when the run ends. It also creates the database
 * of the in-container (Arquillian) server before that server starts. Registered as a JUnit Platform
 * launcher session listener, so it never runs inside a deployment.
 */
public final class TestStack implements LauncherSessionListener {

    /** Test runs use fixed ports: a second run on the same machine waits for the first instead of colliding. */
    private static final Path PORTS_LOCK = Path.of(System.getProperty("java.io.tmpdir"), "zhurnal-test-ports.lock");

    private static volatile Stack stack;
    private static FileChannel lockChannel;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (System.getProperty("zhurnal.stack.work-dir") == null) {
            return; // not the failsafe run (e.g. an IDE running unit tests): nothing to start
        }
        lockPorts();
        stack = Stack.start(StackSettings.test(System.getenv(), StackPaths.fromSystemProperties()));
        stack.createDatabase("zhurnal_it");
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (stack != null) {
            stack.close();
        }
        if (lockChannel != null) {
            try {
                lockChannel.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static void lockPorts() {
        try {
            lockChannel = FileChannel.open(PORTS_LOCK, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            lockChannel.lock();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock " + PORTS_LOCK, e);
        }
    }

    public static StackSettings settings() {
        if (stack == null) {
            throw new IllegalStateException("the test stack is started by the failsafe run (mvn verify)");
        }
        return stack.settings();
    }
}
