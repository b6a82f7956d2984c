package org.zhurnal.regiongen;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Ids for the generated rows, continuing after what the tables hold, so that generated rows can be
 * written with COPY; afterwards each table's identity sequence is moved past them.
 */
final class IdSequences {

    static final String[] TABLES = {"person", "school", "staff_position", "academic_year", "reporting_period",
        "bell_schedule", "building", "room", "curriculum_item", "school_class", "class_group", "student",
        "enrolment_event", "guardianship", "teaching_assignment", "timetable_entry", "lesson", "mark",
        "mark_change", "attendance_change", "final_mark", "invite_code", "municipality", "subject"};

    private final Map<String, long[]> next = new LinkedHashMap<>();

    static IdSequences startingAfterExisting(Connection connection) throws SQLException {
        IdSequences ids = new IdSequences();
        try (Statement statement = connection.createStatement()) {
            for (String table : TABLES) {
                try (ResultSet max = statement.executeQuery("SELECT coalesce(max(id), 0) FROM " + table)) {
                    max.next();
                    ids.next.put(table, new long[] {max.getLong(1) + 1});
                }
            }
        }
        return ids;
    }

    /** Every table's ids from 1 (for generating without a database). */
    static IdSequences fromOne() {
        IdSequences ids = new IdSequences();
        for (String table : TABLES) {
            ids.next.put(table, new long[] {1});
        }
        return ids;
    }

    long next(String table) {
        long[] counter = next.get(table);
        if (counter == null) {
            throw new IllegalArgumentException("no id sequence for " + table);
        }
        return counter[0]++;
    }

    /** Moves every identity sequence past the ids handed out. */
    void advanceSequences(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String table : TABLES) {
                statement.execute("SELECT setval(pg_get_serial_sequence('" + table + "', 'id'), "
                        + "greatest((SELECT coalesce(max(id), 0) FROM " + table + "), 1))");
            }
        }
    }
}
