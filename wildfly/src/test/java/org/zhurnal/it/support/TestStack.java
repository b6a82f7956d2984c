package org.zhurnal.it.support;

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

    private static volatile Stack stack;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (System.getProperty("zhurnal.stack.work-dir") == null) {
            return; // not the failsafe run (e.g. an IDE running unit tests): nothing to start
        }
        stack = Stack.start(StackSettings.test(System.getenv(), StackPaths.fromSystemProperties()));
        stack.createDatabase("zhurnal_it");
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (stack != null) {
            stack.close();
        }
    }

    public static StackSettings settings() {
        if (stack == null) {
            throw new IllegalStateException("the test stack is started by the failsafe run (mvn verify)");
        }
        return stack.settings();
    }
}
