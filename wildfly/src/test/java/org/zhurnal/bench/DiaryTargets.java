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

    /**
     * {@code count} requests of one kind for random children. "week", "marks" and "homework" follow the
     * evening peak: 70 % ask for the current week (period), 20 % for the week before or after, 10 % for any
     * week of the year; "week-any" asks for any week of the year (nothing repeats much: the uncached path).
     */
    static List<String[]> requests(List<Child> children, String kind, int count, long seed, LocalDate today) {
        Random random = new Random(seed);
        LocalDate first = LocalDate.of(2026, 9, 1);
        List<String[]> requests = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Child child = children.get(random.nextInt(children.size()));
            double share = kind.equals("week-any") ? 1 : random.nextDouble();
            LocalDate day = share < 0.7 ? today
                    : share < 0.9 ? today.plusWeeks(random.nextBoolean() ? 1 : -1)
                    : first.plusDays(random.nextInt(260));
            int lastPeriod = child.periods().size() - 1;
            String base = "/api/v1/diary/" + child.student();
            String path = switch (kind) {
                case "week", "week-any" -> base + "/week?date=" + day;
                case "marks" -> base + "/marks?periodId=" + child.periods().get(share < 0.7 ? lastPeriod
                        : random.nextInt(child.periods().size()));
                case "homework" -> base + "/homework?from=" + day + "&to=" + day.plusDays(6);
                default -> throw new IllegalArgumentException(kind);
            };
            requests.add(new String[] {String.valueOf(child.parentOid()), path});
        }
        return requests;
    }
}
