package org.zhurnal.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * What the evening peak asks for: each benchmark parent's children, their school's reporting periods and
 * school days, turned into diary requests (week, marks of a period, homework of a week) in random order.
 */
final class DiaryTargets {

    record Child(long parentOid, long student, List<Long> periods) {
    }

    private DiaryTargets() {
    }

    static List<Child> children(Connection db, List<BenchUser> users) throws SQLException {
        List<Child> children = new ArrayList<>();
        try (PreparedStatement periods = db.prepareStatement("""
                SELECT rp.id FROM student s
                JOIN academic_year y ON y.school_id = s.school_id
                JOIN reporting_period rp ON rp.academic_year_id = y.id
                WHERE s.person_id = ? ORDER BY rp.number""")) {
            for (BenchUser user : users) {
                for (long child : user.children()) {
                    periods.setLong(1, child);
                    List<Long> ids = new ArrayList<>();
                    try (ResultSet rs = periods.executeQuery()) {
                        while (rs.next()) {
                            ids.add(rs.getLong(1));
                        }
                    }
                    if (!ids.isEmpty()) {
                        children.add(new Child(user.oid(), child, ids));
                    }
                }
            }
        }
        return children;
    }

    /** {@code count} requests of one kind ("week", "marks", "homework") for random children and dates. */
    static List<String[]> requests(List<Child> children, String kind, int count, long seed) {
        Random random = new Random(seed);
        LocalDate first = LocalDate.of(2026, 9, 1);
        List<String[]> requests = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Child child = children.get(random.nextInt(children.size()));
            LocalDate day = first.plusDays(random.nextInt(260));
            String base = "/api/v1/diary/" + child.student();
            String path = switch (kind) {
                case "week" -> base + "/week?date=" + day;
                case "marks" -> base + "/marks?periodId=" + child.periods().get(random.nextInt(child.periods().size()));
                case "homework" -> base + "/homework?from=" + day + "&to=" + day.plusDays(6);
                default -> throw new IllegalArgumentException(kind);
            };
            requests.add(new String[] {String.valueOf(child.parentOid()), path});
        }
        return requests;
    }
}
