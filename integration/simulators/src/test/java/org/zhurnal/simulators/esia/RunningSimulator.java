package org.zhurnal.simulators.esia;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** A simulator on a free port for one test class, with a client pointed at it. */
final class RunningSimulator implements BeforeAllCallback, AfterAllCallback {

    private EsiaSimulator simulator;
    private EsiaTestClient client;

    @Override
    public void beforeAll(ExtensionContext context) {
        simulator = EsiaTestClient.startSimulator();
        client = new EsiaTestClient(simulator.baseUrl());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        simulator.close();
    }

    String baseUrl() {
        return simulator.baseUrl();
    }

    EsiaTestClient client() {
        return client;
    }
}
