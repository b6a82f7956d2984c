package org.zhurnal.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.zhurnal.it.support.BrowserlessClient;

/**
 * The morning peak's writes: teachers saving whole lessons of "today" (the benchmark's school day) — every
 * student's attendance and a mark for some of them, as the lesson page sends it in one
 * {@code PUT /lessons/{id}/journal}. Each worker is one signed-in teacher saving their own lessons over and
 * over, so saves never meet a stale version; each save changes something, so each one writes history and
 * an audit event.
 */
final class LessonSaves {

    private static final Pattern VERSION = Pattern.compile("\"version\":(\\d+)");
    private static final Pattern STUDENT = Pattern.compile("\"studentId\":(\\d+)");
    private static final Pattern DETAIL = Pattern.compile("\"detail\":\"([^\"]*)\"");

    /** Why saves were refused (status and the problem's detail), with how often: printed after the run. */
    static final Map<String, Integer> REFUSALS = new java.util.concurrent.ConcurrentHashMap<>();

    /** One lesson as its teacher saves it. */
    record Lesson(long id, long[] students) {
    }

    private LessonSaves() {
    }

    /**
     * The last day on or before {@code asOf} with lessons held in grades that take marks, in a reporting period
     * still open: the benchmark's "today".
     */
    static LocalDate schoolDay(Connection db, LocalDate asOf) throws SQLException {
        try (PreparedStatement select = db.prepareStatement("""
                SELECT max(l.lesson_date) FROM lesson l JOIN school_class c ON c.id = l.school_class_id
                JOIN reporting_period p ON p.academic_year_id = c.academic_year_id
                     AND l.lesson_date BETWEEN p.starts_on AND p.ends_on AND p.closed_at IS NULL
                WHERE l.lesson_date <= ? AND l.state <> 'CANCELLED' AND c.grade >= 3""")) {
            select.setObject(1, asOf);
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next() || rs.getObject(1) == null) {
                    throw new IllegalStateException("the generated region has no lessons in an open period up to "
                            + asOf + ": generate it with an earlier --as-of");
                }
                return rs.getObject(1, LocalDate.class);
            }
        }
    }

    /**
     * Teachers with lessons that day that take marks (grade 3 and up, not cancelled), chosen evenly by id:
     * each with their lessons' ids.
     */
    static Map<Long, List<Long>> teachersWithLessons(Connection db, LocalDate day, int teachers) throws SQLException {
        Map<Long, List<Long>> lessons = new LinkedHashMap<>();
        try (PreparedStatement select = db.prepareStatement("""
                WITH teaching AS (
                    SELECT l.teacher_person_id AS teacher, l.id,
                           dense_rank() OVER (ORDER BY l.teacher_person_id) AS n
                    FROM lesson l JOIN school_class c ON c.id = l.school_class_id
                    WHERE l.lesson_date = ? AND l.state <> 'CANCELLED' AND l.substitute_person_id IS NULL
                      AND c.grade >= 3)
                SELECT teacher, id FROM teaching
                WHERE n % greatest(1, (SELECT max(n) FROM teaching) / ?) = 0
                ORDER BY teacher, id""")) {
            select.setObject(1, day);
            select.setInt(2, teachers);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next() && (lessons.size() < teachers || lessons.containsKey(rs.getLong(1)))) {
                    lessons.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
                }
            }
        }
        return lessons;
    }

    static long answerKind(Connection db) throws SQLException {
        try (PreparedStatement select = db.prepareStatement("SELECT min(id) FROM work_kind WHERE code = 'ANSWER'");
             ResultSet rs = select.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** A teacher's worker: opens each of their lessons once (version, class list), then saves them in turn. */
    static final class Teacher {

        private final BrowserlessClient client;
        private final String app;
        private final long workKind;
        private final List<Lesson> lessons = new ArrayList<>();
        private final Map<Long, Long> versions = new LinkedHashMap<>();
        private final SplittableRandom random;

        Teacher(BrowserlessClient client, String app, List<Long> lessonIds, long workKind, long seed) {
            this.client = client;
            this.app = app;
            this.workKind = workKind;
            this.random = new SplittableRandom(seed);
            for (long id : lessonIds) {
                BrowserlessClient.Page page = client.get(app + "/api/v1/lessons/" + id);
                if (page.status() != 200) {
                    throw new IllegalStateException("lesson " + id + " did not open: " + page.status() + " " + page.body()
                            + "; signed in as " + client.get(app + "/api/v1/me").body());
                }
                Matcher version = VERSION.matcher(page.body());
                if (!version.find()) {
                    throw new IllegalStateException("lesson " + id + " has no version: " + page.body());
                }
                versions.put(id, Long.parseLong(version.group(1)));
                lessons.add(new Lesson(id, STUDENT.matcher(page.body()).results()
                        .mapToLong(m -> Long.parseLong(m.group(1))).toArray()));
            }
        }

        /** Saves the next lesson; true when the server took it. */
        boolean saveNext(long iteration) {
            Lesson lesson = lessons.get((int) (iteration % lessons.size()));
            BrowserlessClient.Page saved = client.sendJson("PUT", app + "/api/v1/lessons/" + lesson.id() + "/journal",
                    body(lesson, versions.get(lesson.id()), iteration));
            if (saved.status() != 200) {
                REFUSALS.merge(saved.status() + " " + DETAIL.matcher(saved.body()).results().map(m -> m.group(1))
                        .findFirst().orElse(saved.body()), 1, Integer::sum);
                return false;
            }
            Matcher version = VERSION.matcher(saved.body());
            if (version.find()) {
                versions.put(lesson.id(), Long.parseLong(version.group(1)));
            }
            return true;
        }

        private String body(Lesson lesson, long version, long iteration) {
            StringBuilder json = new StringBuilder("{\"version\":").append(version)
                    .append(",\"description\":{\"topic\":\"Тема урока ").append(iteration)
                    .append("\",\"planTopicId\":null,\"homework\":\"§ ").append(iteration % 40 + 1)
                    .append("\",\"noHomework\":false},\"students\":[");
            for (int i = 0; i < lesson.students().length; i++) {
                boolean absent = random.nextInt(12) == 0;
                json.append(i == 0 ? "" : ",").append("{\"studentId\":").append(lesson.students()[i])
                        .append(",\"attendance\":").append(absent ? "\"ABSENT\"" : "null").append(",\"marks\":[");
                if (!absent && random.nextInt(3) == 0) {
                    json.append("{\"position\":1,\"value\":").append(2 + random.nextInt(4))
                            .append(",\"value2\":null,\"workKindId\":").append(workKind).append(",\"comment\":null}");
                }
                json.append("]}");
            }
            return json.append("]}").toString();
        }

        int lessons() {
            return lessons.size();
        }

        int students() {
            return lessons.stream().mapToInt(l -> l.students().length).sum();
        }
    }
}
