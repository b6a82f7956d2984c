package org.zhurnal.bench.exchange;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.zhurnal.it.support.Db;

/**
 * CPU time of the PostgreSQL server on this machine (the test database runs beside the application server): the
 * postmaster, its live children (backends, writers) and the children that have exited, from {@code /proc}. With
 * {@link ServerCpu} it says how the CPU per record divides between the application and the database.
 */
record DatabaseCpu(double seconds) {

    private static final double TICKS = 100.0; // USER_HZ, 100 on Linux

    static DatabaseCpu now(DataSource db) {
        long backend = Long.parseLong(Db.column(db, "SELECT pg_backend_pid()").get(0));
        long postmaster = Long.parseLong(stat(backend)[1]);
        String[] own = stat(postmaster);
        long ticks = ticks(own, 11) + ticks(own, 12) + ticks(own, 13) + ticks(own, 14);
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            for (Path process : processes.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                String[] fields = statOrNull(Long.parseLong(process.getFileName().toString()));
                if (fields != null && Long.parseLong(fields[1]) == postmaster) {
                    ticks += ticks(fields, 11) + ticks(fields, 12);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("/proc unreadable", e);
        }
        return new DatabaseCpu(ticks / TICKS);
    }

    DatabaseCpu minus(DatabaseCpu before) {
        return new DatabaseCpu(seconds - before.seconds);
    }

    /** Fields after the command name: [0] state, [1] ppid, ..., [11] utime, [12] stime, [13] cutime, [14] cstime. */
    private static String[] stat(long pid) {
        String[] fields = statOrNull(pid);
        if (fields == null) {
            throw new IllegalStateException("no process " + pid);
        }
        return fields;
    }

    private static String[] statOrNull(long pid) {
        try {
            String text = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            return text.substring(text.lastIndexOf(')') + 2).split(" ");
        } catch (IOException | RuntimeException gone) {
            return null;
        }
    }

    private static long ticks(String[] fields, int index) {
        return Long.parseLong(fields[index]);
    }
}
