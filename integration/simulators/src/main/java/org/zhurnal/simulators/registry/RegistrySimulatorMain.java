package org.zhurnal.simulators.registry;

import java.time.LocalDate;
import java.util.concurrent.CountDownLatch;
import java.util.logging.Logger;

/**
 * Runs the registry simulator standalone: {@code RegistrySimulatorMain [port] [count] [schoolInn] [grade] [letter]}
 * publishes {@code count} generated arrivals (default none) and serves them until the process is stopped.
 */
public final class RegistrySimulatorMain {

    private static final Logger LOG = Logger.getLogger(RegistrySimulatorMain.class.getName());

    private RegistrySimulatorMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 28380;
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 0;
        RegistrySimulator simulator = RegistrySimulator.start(port);
        if (count > 0) {
            simulator.publish(RegistryFixtures.arrivals("GEN", count, args.length > 2 ? args[2] : "2460000001",
                    args.length > 3 ? Integer.parseInt(args[3]) : 5, args.length > 4 ? args[4] : "А",
                    LocalDate.of(2026, 9, 1), 200_000_000L));
        }
        LOG.info(() -> "Registry simulator serving " + count + " changes at " + simulator.baseUrl());
        Runtime.getRuntime().addShutdownHook(new Thread(simulator::close));
        new CountDownLatch(1).await();
    }
}
