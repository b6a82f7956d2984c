package org.zhurnal.bench.exchange;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;

/**
 * CPU time of the application server (the benchmark runs inside it): the whole process and the Camel threads
 * that import registry files, so a figure taken on a busy shared machine can be read against the CPU it got.
 */
record ServerCpu(double processSeconds, double importThreadSeconds, double loadAverage) {

    static ServerCpu now() {
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long importNanos = 0;
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null && info.getThreadName().startsWith("Camel (zhurnal)")
                    && info.getThreadName().contains("registry")) {
                importNanos += Math.max(0, threads.getThreadCpuTime(info.getThreadId()));
            }
        }
        return new ServerCpu(os.getProcessCpuTime() / 1e9, importNanos / 1e9, os.getSystemLoadAverage());
    }

    ServerCpu minus(ServerCpu before) {
        return new ServerCpu(processSeconds - before.processSeconds, importThreadSeconds - before.importThreadSeconds,
                loadAverage);
    }
}
