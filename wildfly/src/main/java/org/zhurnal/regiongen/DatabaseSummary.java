package org.zhurnal.regiongen;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** Row counts of the region's main tables and the database's size on disk. */
public final class DatabaseSummary {

    static final List<String> TABLES = List.of("school", "school_class", "class_group", "person", "student",
            "guardianship", "staff_position", "teaching_assignment", "timetable_entry", "lesson", "mark",
            "attendance", "mark_change", "attendance_change", "final_mark", "invite_code");

    private DatabaseSummary() {
    }

    public static void print(Connection connection, PrintStream out) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            out.println("table                     rows");
            for (String table : TABLES) {
                try (ResultSet rs = statement.executeQuery("SELECT count(*) FROM " + table)) {
                    rs.next();
                    out.printf("%-22s %,14d%n", table, rs.getLong(1));
                }
            }
            try (ResultSet rs = statement.executeQuery(
                    "SELECT pg_size_pretty(pg_database_size(current_database()))")) {
                rs.next();
                out.println("database size: " + rs.getString(1));
            }
        }
    }
}
