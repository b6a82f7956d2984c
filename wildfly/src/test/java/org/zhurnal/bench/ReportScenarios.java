package org.zhurnal.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.zhurnal.it.support.BrowserlessClient;

/**
 * The reports' scenarios: {@code report-school-quarter} (a school's journal administrator reads the progress report
 * of the last ended quarter), {@code region-dashboard} (the region administrator reads the dashboard), both driven
 * by wrk at a low concurrency (they are heavy, and few people read them at once), and {@code region-final-marks}:
 * one timed computation of the region's proposed marks of that quarter, which prints seconds and rows.
 */
final class ReportScenarios {

    static final long FIRST_OID = 5_900_001L;
    private static final int MAX_CONCURRENCY = 4;
    private static final Pattern NUMBER = Pattern.compile("\"%s\":(\\d+)");

    /** The journal administrator and the region administrator who sign in, the school and its last ended quarter. */
    record Setup(BenchUser journalAdmin, BenchUser regionAdmin, long schoolId, int period) {

        List<BenchUser> users() {
            return List.of(journalAdmin, regionAdmin);
        }
    }

    private ReportScenarios() {
    }

    /** The first school's journal administrator; its director's card signs in as the region administrator. */
    static Setup choose(Connection db, LocalDate schoolDay) throws SQLException {
        long[] admin = row(db, "SELECT person_id, school_id FROM staff_position WHERE position = 'JOURNAL_ADMIN' "
                + "AND valid_to IS NULL ORDER BY school_id, person_id LIMIT 1");
        long director = row(db, "SELECT person_id FROM staff_position WHERE position = 'DIRECTOR' AND school_id = "
                + admin[1] + " ORDER BY person_id LIMIT 1")[0];
        long[] period = row(db, "SELECT COALESCE(max(p.number), 1) FROM reporting_period p JOIN academic_year y "
                + "ON y.id = p.academic_year_id WHERE y.school_id = " + admin[1] + " AND y.starts_on <= DATE '"
                + schoolDay + "' AND y.ends_on >= DATE '" + schoolDay + "' AND p.ends_on < DATE '" + schoolDay + "'");
        return new Setup(person(db, admin[0], FIRST_OID, "journal-admin"), person(db, director, FIRST_OID + 1, "region-admin"),
                admin[1], (int) period[0]);
    }

    static List<ScenarioResult> run(WrkRun wrk, ServerProbe probe, String app, Map<Long, String> sessions,
                                    Map<Long, BrowserlessClient> clients, Setup setup, BenchOptions options) {
        List<ScenarioResult> results = new ArrayList<>();
        int concurrency = Math.min(MAX_CONCURRENCY, options.concurrency());
        results.add(measure(wrk, probe, app, "report-school-quarter", new WrkRun.Request("GET", "/api/v1/schools/"
                + setup.schoolId() + "/reports/progress?period=" + setup.period(), sessions.get(setup.journalAdmin().oid())),
                concurrency, options.seconds()));
        results.add(measure(wrk, probe, app, "region-dashboard", new WrkRun.Request("GET", "/api/v1/region/dashboard",
                sessions.get(setup.regionAdmin().oid())), concurrency, options.seconds()));
        results.add(finalMarks(probe, app, clients.get(setup.regionAdmin().oid()), setup.period()));
        return results;
    }

    private static ScenarioResult measure(WrkRun wrk, ServerProbe probe, String app, String scenario,
                                          WrkRun.Request request, int concurrency, int seconds) {
        double cpuBefore = probe.cpuMillis();
        ScenarioResult result = wrk.run(scenario, app, List.of(request), concurrency, seconds);
        return result.withServer(probe.cpuMillis() - cpuBefore, probe.heapUsedMb());
    }

    /** One computation of the region's proposed marks of the quarter, timed from the client. */
    private static ScenarioResult finalMarks(ServerProbe probe, String app, BrowserlessClient client, int period) {
        double cpuBefore = probe.cpuMillis();
        long started = System.nanoTime();
        BrowserlessClient.Page answer = client.sendJson("POST", app + "/api/v1/region/final-marks/quarter/" + period
                + "/proposals", "{}");
        double seconds = (System.nanoTime() - started) / 1e9;
        boolean ok = answer.status() == 200;
        String schools = number(answer.body(), "schools");
        String perSchool = schools.equals("?") || schools.equals("0") ? "?"
                : "%.0f".formatted(seconds * 1000 / Integer.parseInt(schools));
        System.out.printf("region-final-marks (quarter %d): %.1f s, %s proposals (н/а %s) in %s schools, %s ms per school%s%n",
                period, seconds, number(answer.body(), "proposals"), number(answer.body(), "notAttested"), schools,
                perSchool, ok ? "" : " — FAILED " + answer.status() + ": " + answer.body());
        double ms = seconds * 1000;
        return new ScenarioResult("region-final-marks", 1, 1, seconds, ms, ms, ms, ok ? 0 : 1, Double.NaN, Double.NaN,
                Double.NaN).withServer(probe.cpuMillis() - cpuBefore, probe.heapUsedMb());
    }

    private static String number(String body, String field) {
        Matcher m = Pattern.compile(NUMBER.pattern().formatted(field)).matcher(body == null ? "" : body);
        return m.find() ? m.group(1) : "?";
    }

    private static long[] row(Connection db, String sql) throws SQLException {
        try (PreparedStatement select = db.prepareStatement(sql); ResultSet rs = select.executeQuery()) {
            if (!rs.next()) {
                throw new IllegalStateException("the generated region has no row for: " + sql);
            }
            long[] values = new long[rs.getMetaData().getColumnCount()];
            for (int i = 0; i < values.length; i++) {
                values[i] = rs.getLong(i + 1);
            }
            return values;
        }
    }

    private static BenchUser person(Connection db, long personId, long oid, String role) throws SQLException {
        try (PreparedStatement select = db.prepareStatement(
                "SELECT surname, given_name, patronymic, birth_date FROM person WHERE id = ?")) {
            select.setLong(1, personId);
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return new BenchUser(personId, oid, BenchUser.subjectFor(oid), role, rs.getString(1), rs.getString(2),
                        rs.getString(3), rs.getString(4), List.of());
            }
        }
    }
}
