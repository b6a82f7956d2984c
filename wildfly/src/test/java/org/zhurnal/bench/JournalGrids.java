package org.zhurnal.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The journal grid scenario: each signed-in teacher opens the grid (students × lessons of the current
 * period) of the classes and subjects they teach on the school day — {@code GET /journal/grid}, the page the
 * issue wants in 100 ms for a class and a quarter.
 */
final class JournalGrids {

    private JournalGrids() {
    }

    /** One grid a teacher opens: the teacher's person card and the grid's path. */
    record Grid(long teacherPersonId, String path) {
    }

    /** The distinct class × subject (× group) grids of these lessons, each with its teacher. */
    static List<Grid> of(Connection db, Collection<Long> lessonIds) throws SQLException {
        List<Grid> grids = new ArrayList<>();
        try (PreparedStatement select = db.prepareStatement("""
                SELECT DISTINCT teacher_person_id, school_class_id, subject_id, class_group_id FROM lesson
                WHERE id = ANY (?) ORDER BY 1, 2, 3, 4""")) {
            select.setArray(1, db.createArrayOf("bigint", lessonIds.toArray()));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    long group = rs.getLong(4);
                    boolean wholeClass = rs.wasNull();
                    String path = "/api/v1/journal/grid?classId=" + rs.getLong(2) + "&subjectId=" + rs.getLong(3)
                            + (wholeClass ? "" : "&groupId=" + group);
                    grids.add(new Grid(rs.getLong(1), path));
                }
            }
        }
        return grids;
    }
}
