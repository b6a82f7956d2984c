package org.zhurnal.bench;


import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zhurnal.devstack.EmbeddedDatabase;
import org.zhurnal.devstack.Stack;
import org.zhurnal.devstack.StackExtras;
import org.zhurnal.devstack.StackPaths;
import org.zhurnal.devstack.StackSettings;
import org.zhurnal.it.support.BrowserlessClient;
import org.zhurnal.it.support.EsiaSimulatorPage;
import org.zhurnal.regiongen.GeneratorSettings;

/**
 * The benchmark: a generated region (made once per size and seed), the whole stack started on its own
 * ports, parents signed in for real (ESIA simulator → Keycloak → the application), then the evening peak's
 * diary scenarios driven by wrk from a second process. Prints one table (also written to
 * {@code target/bench/last-run.md}) and fails when a request failed.
 */
public final class Benchmark {

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        GeneratorSettings region = GeneratorSettings.parse(args);
        BenchOptions options = BenchOptions.parse(args);
        StackPaths paths = StackPaths.fromSystemProperties();
        String key = region.size().name().toLowerCase(java.util.Locale.ROOT) + "-" + region.seed() + "-" + region.asOf();
        StackSettings settings = StackSettings.bench(System.getenv(), paths, key);
        Path work = settings.workDir();
        String issuer = settings.keycloakUrl() + "/realms/" + Stack.REALM;

        List<BenchUser> users = new ArrayList<>();
        List<DiaryTargets.Child> children = new ArrayList<>();
        Map<Long, List<Long>> teacherLessons = new LinkedHashMap<>();
        List<JournalGrids.Grid> grids = new ArrayList<>();
        long[] answerKind = new long[1];
        LocalDate[] schoolDay = new LocalDate[1];
        ReportScenarios.Setup[] reports = new ReportScenarios.Setup[1];
        String dataset = BenchDatabase.ensure(settings.postgresPort(), work.resolve("postgres"), region, db -> {
            schoolDay[0] = LessonSaves.schoolDay(db, region.asOf());
            teacherLessons.putAll(LessonSaves.teachersWithLessons(db, schoolDay[0], options.teachers()));
            answerKind[0] = LessonSaves.answerKind(db);
            grids.addAll(JournalGrids.of(db, teacherLessons.values().stream().flatMap(List::stream).toList()));
            users.addAll(BenchUsers.choose(db, options.parents(), teacherLessons.keySet()));
            reports[0] = ReportScenarios.choose(db, schoolDay[0]);
            users.addAll(reports[0].users());
            BenchUsers.bind(db, users, issuer);
            children.addAll(DiaryTargets.children(db, users));
        });
        Path persons = work.resolve("bench-esia-persons.json");
        Path keycloakUsers = work.resolve("bench-keycloak-users.json");
        BenchUsers.writeSimulatorPersons(persons, users);
        BenchUsers.writeKeycloakUsers(keycloakUsers, Stack.REALM, users);

        List<ScenarioResult> results = new ArrayList<>();
        LocalDate today = schoolDay[0];
        // the application's "today" is the benchmark's school day, 10:00 in the region, so that lessons can be saved;
        // the nightly analytics export is off: it would catch up on "yesterday" a minute after the start, in the
        // middle of the evening peak being measured
        Map<String, String> environment = Map.of("ZHURNAL_CLOCK_START",
                today.atTime(10, 0).atZone(ZoneId.of("Asia/Krasnoyarsk")).toInstant().toString(),
                "ZHURNAL_ANALYTICS_ENABLED", "false");
        try (Stack stack = Stack.start(settings, new StackExtras(persons, keycloakUsers, environment))) {
            Map<Long, BrowserlessClient> clients = signIn(settings.appUrl(), users);
            Map<Long, String> sessions = new HashMap<>();
            clients.forEach((oid, client) -> sessions.put(oid, client.cookiesFor(settings.appUrl())));
            ServerProbe probe = ServerProbe.find(work.resolve("wildfly"))
                    .orElseThrow(() -> new IllegalStateException("the benchmark's WildFly process was not found"));
            WrkRun wrk = new WrkRun(Path.of(System.getProperty("zhurnal.bench.dir")), work.resolve("wrk"));
            for (String kind : List.of("week-any", "marks", "homework")) { // warm-up, not reported
                run(wrk, probe, settings, sessions, children, kind, options, today, 1, false);
            }
            for (String kind : List.of("week", "week-any", "marks", "homework")) {
                if (options.runs("diary-" + kind)) {
                    results.add(run(wrk, probe, settings, sessions, children, kind, options, today, kind.hashCode(), true));
                }
            }
            if (options.runs("lesson-save")) {
                results.add(saveLessons(probe, settings.appUrl(), users, clients, teacherLessons, answerKind[0], options));
            }
            if (options.runs("journal-grid")) {
                results.add(openGrids(wrk, probe, settings, users, sessions, grids, options));
            }
            if (options.runs("reports")) {
                results.addAll(ReportScenarios.run(wrk, probe, settings.appUrl(), sessions, clients, reports[0], options));
            }
            if (options.runs("diary-week-database")) {
                // the same SQL straight against PostgreSQL, while the application is idle: its limit
                ScenarioResult raw = RawDiaryLimit.run(stack.createDatabase("zhurnal"), EmbeddedDatabase.USER, "",
                        children, options, today);
                results.replaceAll(r -> r.scenario().startsWith("diary-week") ? r.withLimit(raw.requestsPerSecond()) : r);
                results.add(raw);
            }
            if (options.soakSeconds() > 0) {
                results.add(Soak.run(probe, options.soakSeconds(), chunk -> run(wrk, probe, settings, sessions, children,
                        "week", options.withSeconds(chunk), today, chunk + 7L, true)));
            }
        }
        String report = "Dataset: " + dataset + "\nMachine: " + Runtime.getRuntime().availableProcessors()
                + " cores, " + System.getProperty("os.name") + "; run " + Instant.now() + "\nSigned-in parents and teachers: "
                + users.size() + " (" + teacherLessons.size() + " teachers), children: " + children.size() + "; school day "
                + today + "; journal grids: " + grids.size() + "\n\n"
                + ResultTable.format(results);
        System.out.println(report);
        Path out = Path.of(System.getProperty("zhurnal.bench.out", "target/bench"));
        Files.createDirectories(out);
        Files.writeString(out.resolve("last-run.md"), report);
        if (results.stream().anyMatch(r -> r.errors() > 0 || r.requests() == 0)) {
            throw new IllegalStateException("benchmark requests failed or none were made: see the table above");
        }
    }

    private static ScenarioResult run(WrkRun wrk, ServerProbe probe, StackSettings settings,
                                      Map<Long, String> sessions, List<DiaryTargets.Child> children, String kind,
                                      BenchOptions options, LocalDate today, long seed, boolean reported) {
        List<WrkRun.Request> requests = DiaryTargets.requests(children, kind, options.requests(), seed, today).stream()
                .map(r -> new WrkRun.Request("GET", r[1], sessions.get(Long.parseLong(r[0])))).toList();
        double cpuBefore = probe.cpuMillis();
        ScenarioResult result = wrk.run("diary-" + kind, settings.appUrl(), requests, options.concurrency(),
                reported ? options.seconds() : Math.max(2, options.seconds() / 3));
        return result.withServer(probe.cpuMillis() - cpuBefore, probe.heapUsedMb());
    }

    /** Teachers open the journal grids of what they teach (a few at a time: the grid's target is its latency). */
    private static ScenarioResult openGrids(WrkRun wrk, ServerProbe probe, StackSettings settings, List<BenchUser> users,
                                            Map<Long, String> sessions, List<JournalGrids.Grid> grids,
                                            BenchOptions options) {
        Map<Long, Long> oidOf = new HashMap<>();
        users.forEach(user -> oidOf.put(user.personId(), user.oid()));
        List<WrkRun.Request> requests = grids.stream()
                .map(g -> new WrkRun.Request("GET", g.path(), sessions.get(oidOf.get(g.teacherPersonId())))).toList();
        double cpuBefore = probe.cpuMillis();
        ScenarioResult result = wrk.run("journal-grid", settings.appUrl(), requests,
                Math.min(4, options.concurrency()), options.seconds());
        return result.withServer(probe.cpuMillis() - cpuBefore, probe.heapUsedMb());
    }

    /** Teachers save their lessons of the school day, one worker each (closed loop). */
    private static ScenarioResult saveLessons(ServerProbe probe, String app, List<BenchUser> users,
                                              Map<Long, BrowserlessClient> clients, Map<Long, List<Long>> lessons,
                                              long answerKind, BenchOptions options) {
        List<LessonSaves.Teacher> teachers = new ArrayList<>();
        for (BenchUser user : users) {
            if ("teacher".equals(user.role())) {
                teachers.add(new LessonSaves.Teacher(clients.get(user.oid()), app, lessons.get(user.personId()),
                        answerKind, user.oid()));
            }
        }
        if (teachers.isEmpty()) {
            throw new IllegalStateException("no teacher has lessons on the benchmark's school day");
        }
        System.out.printf("Lesson saves: %d teachers, %d lessons, %d students%n", teachers.size(),
                teachers.stream().mapToInt(LessonSaves.Teacher::lessons).sum(),
                teachers.stream().mapToInt(LessonSaves.Teacher::students).sum());
        double cpuBefore = probe.cpuMillis();
        ScenarioResult result = ClosedLoop.run("lesson-save", teachers.size(), options.seconds(),
                (worker, iteration) -> teachers.get(worker).saveNext(iteration));
        LessonSaves.REFUSALS.forEach((why, count) -> System.out.printf("Lesson saves refused %d times: %s%n", count, why));
        return result.withServer(probe.cpuMillis() - cpuBefore, probe.heapUsedMb());
    }

    /** Signs every user in through the real flow; returns each one's client, holding the session cookie. */
    private static Map<Long, BrowserlessClient> signIn(String app, List<BenchUser> users) {
        Map<Long, BrowserlessClient> sessions = new HashMap<>();
        long started = System.nanoTime();
        for (BenchUser user : users) {
            BrowserlessClient client = new BrowserlessClient();
            EsiaSimulatorPage.signInThroughApp(client, app, String.valueOf(user.oid()));
            sessions.put(user.oid(), client);
        }
        System.out.printf("Signed in %d users in %.1f s%n", users.size(), (System.nanoTime() - started) / 1e9);
        return sessions;
    }

}
