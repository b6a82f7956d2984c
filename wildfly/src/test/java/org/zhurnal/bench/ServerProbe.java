package org.zhurnal.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the application server's CPU time (from {@code /proc}) and heap in use (from {@code jcmd}), the live set after a full collection and the heap's bound, to
 * report the server's cost per request apart from the load generator's.
 */
final class ServerProbe {

    private static final Pattern USED = Pattern.compile("used (\\d+)K");
    private static final Pattern MAX_HEAP = Pattern.compile("-XX:MaxHeapSize=(\\d+)");
    private static final long TICKS_PER_SECOND = 100; // USER_HZ on Linux

    private final long pid;

    private ServerProbe(long pid) {
        this.pid = pid;
    }

    /** The WildFly process listening for this stack (its command line names the server's base directory). */
    static Optional<ServerProbe> find(Path serverBaseDir) {
        String marker = serverBaseDir.toAbsolutePath().toString();
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> c.contains("[Standalone]") && c.contains(marker))
                        .orElse(false))
                .findFirst().map(p -> new ServerProbe(p.pid()));
    }

    /** User + system CPU time consumed so far, in milliseconds. */
    double cpuMillis() {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            return ticks * 1000.0 / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    /** Heap in use, in MiB (summing the collector's regions as jcmd reports them). */
    double heapUsedMb() {
        return kilobytes(jcmd("GC.heap_info"), USED) / 1024.0;
    }

    /** The live set: heap in use right after a full collection, in MiB. */
    double liveHeapMb() {
        jcmd("GC.run");
        return heapUsedMb();
    }

    /** The heap's upper bound (-Xmx), in MiB. */
    double maxHeapMb() {
        Matcher max = MAX_HEAP.matcher(jcmd("VM.flags"));
        return max.find() ? Long.parseLong(max.group(1)) / (1024.0 * 1024.0) : Double.NaN;
    }

    private static double kilobytes(String out, Pattern pattern) {
        Matcher found = pattern.matcher(out);
        return found.find() ? Long.parseLong(found.group(1)) : Double.NaN;
    }

    private String jcmd(String command) {
        try {
            Process jcmd = new ProcessBuilder("jcmd", String.valueOf(pid), command).redirectErrorStream(true).start();
            String out = new String(jcmd.getInputStream().readAllBytes());
            jcmd.waitFor(30, TimeUnit.SECONDS);
            return out;
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }
}
