package org.zhurnal.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.zhurnal.diary.application.ClassInfo;
import org.zhurnal.diary.application.StudentContext;
import org.zhurnal.diary.domain.DiaryWeek;
import org.zhurnal.diary.domain.EnrolmentTimeline;
import org.zhurnal.diary.persistence.JpaDiaryLessons;
import org.zhurnal.diary.persistence.JpaStudentContexts;
import org.zhurnal.diary.persistence.JpaStudentEntries;

/**
 * The raw-database limit of the diary week (issue 6, scenario 4): the four queries a week page costs the
 * application — the student's context, the lessons of their classes, their marks and attendance, their
 * absence reports (ejb diary persistence; the same SQL text) — with plain JDBC, no cache, one connection per
 * worker, closed loop, for the same students and dates as the diary-week scenario. Each week is one
 * transaction, as in the application's stateless bean. What PostgreSQL alone serves bounds the application.
 */
final class RawDiaryLimit {

    static final String SCENARIO = "diary-week (database only)";
    /**
     * {@code JpaAbsenceReports.ofStudent} is JPQL; this is the SQL Hibernate runs for it (every mapped column of
     * absence_report, the same condition and order).
     */
    static final String REPORTS = "SELECT r.* FROM absence_report r WHERE r.student_person_id = :student "
            + "AND r.date_from <= :to AND r.date_to >= :from ORDER BY r.date_from, r.id";
    private static final Pattern WEEK = Pattern.compile("/api/v1/diary/(\\d+)/week\\?date=(\\d{4}-\\d{2}-\\d{2})");

    /** One week request: whose diary, read by which parent, which week (and the day taken as "today"). */
    record Target(long parentOid, long student, LocalDate date) {
    }

    private RawDiaryLimit() {
    }

    /** Runs the limit for {@code options.seconds()} after a shorter warm-up; the result has no server figures. */
    static ScenarioResult run(String jdbcUrl, String user, String password, List<DiaryTargets.Child> children,
                              BenchOptions options, LocalDate today) throws SQLException {
        List<Target> targets = targets(DiaryTargets.requests(children, "week-any", options.requests(),
                "week-any".hashCode(), today));
        int concurrency = options.concurrency();
        List<Worker> workers = new ArrayList<>();
        try {
            Map<Long, Long> parents;
            try (Connection db = DriverManager.getConnection(jdbcUrl, user, password)) {
                parents = parentPersons(db, targets);
            }
            for (int w = 0; w < concurrency; w++) {
                workers.add(new Worker(DriverManager.getConnection(jdbcUrl, user, password), parents));
            }
            ClosedLoop.Operation week = (worker, iteration) -> workers.get(worker)
                    .week(targets.get((int) ((iteration * concurrency + worker) % targets.size())));
            ClosedLoop.run(SCENARIO, concurrency, Math.max(1, options.seconds() / 3), week); // warm-up, not reported
            return ClosedLoop.run(SCENARIO, concurrency, options.seconds(), week);
        } finally {
            for (Worker worker : workers) {
                worker.close();
            }
        }
    }

    /** The week requests of the diary-week scenario as targets (its paths are the only record of them). */
    static List<Target> targets(List<String[]> requests) {
        List<Target> targets = new ArrayList<>();
        for (String[] request : requests) {
            Matcher path = WEEK.matcher(request[1]);
            if (!path.matches()) {
                throw new IllegalArgumentException("not a diary week request: " + request[1]);
            }
            targets.add(new Target(Long.parseLong(request[0]), Long.parseLong(path.group(1)),
                    LocalDate.parse(path.group(2))));
        }
        if (targets.isEmpty()) {
            throw new IllegalArgumentException("no diary week requests");
        }
        return targets;
    }

    /** Each parent's card by their benchmark account's confirmed binding (as the application's actor has it). */
    private static Map<Long, Long> parentPersons(Connection db, List<Target> targets) throws SQLException {
        Map<Long, Long> persons = new HashMap<>();
        try (PreparedStatement select = db.prepareStatement(
                "SELECT person_id FROM account_binding WHERE subject = ? AND state = 'CONFIRMED'")) {
            for (Target target : targets) {
                if (!persons.containsKey(target.parentOid())) {
                    select.setString(1, BenchUser.subjectFor(target.parentOid()));
                    try (ResultSet rs = select.executeQuery()) {
                        persons.put(target.parentOid(), rs.next() ? rs.getLong(1) : -1L);
                    }
                }
            }
        }
        return persons;
    }

    /** One worker's connection and its prepared statements (by SQL text, as a statement cache keeps them). */
    private static final class Worker implements AutoCloseable {

        private final Connection connection;
        private final Map<Long, Long> parents;
        private final Map<String, PreparedStatement> statements = new LinkedHashMap<>();

        Worker(Connection connection, Map<Long, Long> parents) throws SQLException {
            this.connection = connection;
            this.parents = parents;
            connection.setAutoCommit(false);
        }

        /** The week page's four queries, every column of every row read; false when the student has no card. */
        boolean week(Target target) throws SQLException {
            DiaryWeek week = DiaryWeek.of(target.date());
            Map<String, Object> range = Map.of("student", target.student(), "from", week.monday(), "to", week.saturday());
            try {
                StudentContext student = context(target);
                if (student == null) {
                    return false;
                }
                List<ClassInfo> classes = student.classesBetween(week.monday(), week.saturday());
                if (!classes.isEmpty()) {
                    List<Short> years = StudentContext.schoolYears(classes).stream().map(Integer::shortValue).toList();
                    lessons(student, years, classes.stream().map(ClassInfo::id).toList(), week);
                    Map<String, Object> entries = new HashMap<>(range);
                    entries.put("years", years);
                    consume(query(JpaStudentEntries.ENTRIES, entries));
                }
                consume(query(REPORTS, range));
                connection.commit();
                return true;
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            }
        }

        /** The lessons of the classes, kept as the application keeps them (whole-class or the student's group). */
        private int lessons(StudentContext student, List<Short> years, List<Long> classIds, DiaryWeek week)
                throws SQLException {
            int attended = 0;
            try (ResultSet lessons = query(JpaDiaryLessons.LESSONS, Map.of("years", years, "classes", classIds,
                    "from", week.monday(), "to", week.saturday()))) {
                while (lessons.next()) {
                    readAll(lessons);
                    attended += student.timeline().attends(lessons.getLong(6), (Long) lessons.getObject(7),
                            lessons.getObject(2, LocalDate.class)) ? 1 : 0;
                }
            }
            return attended;
        }

        /** The student's context as JpaStudentContexts reads it. */
        private StudentContext context(Target target) throws SQLException {
            Map<Long, ClassInfo> classes = new LinkedHashMap<>();
            List<EnrolmentTimeline.Event> events = new ArrayList<>();
            String name = null;
            boolean guarded = false;
            try (ResultSet rs = query(JpaStudentContexts.CONTEXT, Map.of("student", target.student(),
                    "actor", parents.getOrDefault(target.parentOid(), -1L), "today", target.date()))) {
                while (rs.next()) {
                    name = rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3);
                    guarded = rs.getBoolean(4);
                    if (rs.getObject(5) == null) {
                        continue;
                    }
                    long classId = rs.getLong(7);
                    events.add(new EnrolmentTimeline.Event(rs.getLong(5), rs.getString(6), classId,
                            (Long) rs.getObject(8), rs.getObject(9, LocalDate.class)));
                    if (!classes.containsKey(classId)) {
                        classes.put(classId, new ClassInfo(classId, rs.getLong(10), rs.getString(11), rs.getInt(12),
                                rs.getString(13), (Long) rs.getObject(14), rs.getLong(15),
                                rs.getObject(16, LocalDate.class), rs.getObject(17, LocalDate.class)));
                    }
                }
            }
            return name == null ? null : new StudentContext(target.student(), name, guarded, classes,
                    new EnrolmentTimeline(events));
        }

        private ResultSet query(String namedSql, Map<String, ?> parameters) throws SQLException {
            JdbcQuery query = JdbcQuery.of(namedSql, parameters);
            PreparedStatement statement = statements.get(query.sql());
            if (statement == null) {
                statement = connection.prepareStatement(query.sql());
                statements.put(query.sql(), statement);
            }
            query.bindTo(statement);
            return statement.executeQuery();
        }

        private static void consume(ResultSet rs) throws SQLException {
            try (rs) {
                while (rs.next()) {
                    readAll(rs);
                }
            }
        }

        private static void readAll(ResultSet rs) throws SQLException {
            int columns = rs.getMetaData().getColumnCount();
            for (int c = 1; c <= columns; c++) {
                rs.getObject(c);
            }
        }

        @Override
        public void close() throws SQLException {
            connection.close();
        }
    }
}
