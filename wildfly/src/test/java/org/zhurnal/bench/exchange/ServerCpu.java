package org.zhurnal.bench.exchange;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import javax.management.JMException;
import javax.management.ObjectName;

/**
 * CPU time of the application server (the benchmark runs inside it): the whole process and the Camel threads
 * that import registry files, so a figure taken on a busy shared machine can be read against the CPU it got.
 */
record ServerCpu(double processSeconds, double importThreadSeconds, double loadAverage) {

    static ServerCpu now() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long importNanos = 0;
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null && info.getThreadName().startsWith("Camel (zhurnal)")
                    && info.getThreadName().contains("registry")) {
                importNanos += Math.max(0, threads.getThreadCpuTime(info.getThreadId()));
            }
        }
        return new ServerCpu(processCpuNanos() / 1e9, importNanos / 1e9,
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
        return new ServerCpu(processSeconds - before.processSeconds, importThreadSeconds - before.importThreadSeconds,
                loadAverage);
    }
}
