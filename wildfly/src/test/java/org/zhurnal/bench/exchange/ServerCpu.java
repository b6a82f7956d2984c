package org.zhurnal.bench.exchange;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javax.management.JMException;
import javax.management.ObjectName;

/**
 * CPU time of the application server process (the benchmark runs inside it), so a figure taken on a busy shared
 * machine can be read against the CPU the server got; and the part of it its JIT compiler threads took (from
 * {@code /proc/self/task}: a server that has just started compiles the import's code while it runs, CPU that a
 * running server does not spend again; compiler threads that ended meanwhile are not counted).
 */
record ServerCpu(double processSeconds, double compilerSeconds, double loadAverage) {

    private static final double TICKS = 100.0; // USER_HZ, 100 on Linux

    static ServerCpu now() {
        return new ServerCpu(processCpuNanos() / 1e9, compilerTicks() / TICKS,
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

    private static long compilerTicks() {
        long ticks = 0;
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : tasks.toList()) {
                try {
                    if (Files.readString(task.resolve("comm")).matches("C[12] CompilerThre.*\\s*")) {
                        String stat = Files.readString(task.resolve("stat"));
                        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                    }
                } catch (IOException ended) {
                    // the thread ended while we looked
                }
            }
        } catch (IOException e) {
            return 0;
        }
        return ticks;
    }

    ServerCpu minus(ServerCpu before) {
        return new ServerCpu(processSeconds - before.processSeconds, compilerSeconds - before.compilerSeconds, loadAverage);
    }
}
