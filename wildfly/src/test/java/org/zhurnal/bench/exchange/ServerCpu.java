package org.zhurnal.bench.exchange;

import java.lang.management.ManagementFactory;
import javax.management.JMException;
import javax.management.ObjectName;

/**
 * CPU time of the application server process (the benchmark runs inside it), so a figure taken on a busy shared
 * machine can be read against the CPU the server got; and the time the JIT compilers spent meanwhile (a server
 * that has just started compiles the import's code while it runs: seconds of CPU that a running server does not
 * spend again).
 */
record ServerCpu(double processSeconds, double compilationSeconds, double loadAverage) {

    static ServerCpu now() {
        return new ServerCpu(processCpuNanos() / 1e9, ManagementFactory.getCompilationMXBean().getTotalCompilationTime() / 1e3,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    /** Through the platform MBean server: the server's modules do not export com.sun.management to deployments. */
    private static long processCpuNanos() {
        try {
            return ((Number) ManagementFactory.getPlatformMBeanServer()
                    .getAttribute(new ObjectName("java.lang:type=OperatingSystem"), "ProcessCpuTime")).longValue();
        } catch (JMException e) {
            throw new IllegalStateException("process CPU time unavailable", e);
        }
    }

    ServerCpu minus(ServerCpu before) {
        return new ServerCpu(processSeconds - before.processSeconds, compilationSeconds - before.compilationSeconds,
                loadAverage);
    }
}
