package org.zhurnal.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.zhurnal.diary.persistence.JpaDiaryLessons;
import org.zhurnal.diary.persistence.JpaStudentContexts;
import org.zhurnal.diary.persistence.JpaStudentEntries;

/** The diary's named-parameter SQL turned into JDBC's, and the raw limit's targets (no database needed). */
class JdbcQueryTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 16);
    private static final LocalDate SATURDAY = MONDAY.plusDays(5);

    @Test
    void listsExpandToOnePlaceholderPerElementInTheirOrder() {
        List<Short> years = List.of((short) 2026, (short) 2027);
        JdbcQuery query = JdbcQuery.of(JpaDiaryLessons.LESSONS, Map.of("years", years, "classes", List.of(5L, 6L, 7L),
                "from", MONDAY, "to", SATURDAY));
        assertThat(query.sql()).contains("WHERE l.school_year IN (?, ?) AND l.school_class_id IN (?, ?, ?) "
                + "AND l.lesson_date BETWEEN ? AND ? ORDER BY").doesNotContainPattern(":[a-z]");
        assertThat(query.values()).containsExactly((short) 2026, (short) 2027, 5L, 6L, 7L, MONDAY, SATURDAY);
    }

    @Test
    void aNameUsedTwiceIsBoundTwice() {
        JdbcQuery query = JdbcQuery.of(JpaStudentContexts.CONTEXT, Map.of("student", 42L, "actor", 7L, "today", MONDAY));
        assertThat(query.sql()).contains("g.guardian_person_id = ? AND g.valid_from <= ? AND (g.valid_to IS NULL OR "
                + "g.valid_to > ?)").endsWith("WHERE p.id = ? ORDER BY e.effective_on, e.id");
        assertThat(query.values()).containsExactly(7L, MONDAY, MONDAY, 42L);
    }

    @Test
    void quotedTextAndCastsStay() {
        JdbcQuery entries = JdbcQuery.of(JpaStudentEntries.ENTRIES, Map.of("years", List.of((short) 2026),
                "student", 42L, "from", MONDAY, "to", SATURDAY));
        assertThat(entries.sql()).startsWith("SELECT 'M' AS entry,").contains("UNION ALL SELECT 'A', a.lesson_id");
        assertThat(entries.values()).containsExactly((short) 2026, 42L, MONDAY, SATURDAY, (short) 2026, 42L, MONDAY,
                SATURDAY);
        JdbcQuery odd = JdbcQuery.of("SELECT ':not', \"a:b\", x::date, 'it''s :x' FROM t WHERE y = :y", Map.of("y", 1));
        assertThat(odd.sql()).isEqualTo("SELECT ':not', \"a:b\", x::date, 'it''s :x' FROM t WHERE y = ?");
        assertThat(odd.values()).containsExactly(1);
    }

    @Test
    void everyPlaceholderOfTheFourQueriesHasItsValue() {
        Map<String, Object> all = Map.of("years", List.of((short) 2026), "classes", List.of(5L), "student", 42L,
                "actor", -1L, "today", MONDAY, "from", MONDAY, "to", SATURDAY);
        for (String sql : List.of(JpaStudentContexts.CONTEXT, JpaDiaryLessons.LESSONS, JpaStudentEntries.ENTRIES,
                RawDiaryLimit.REPORTS)) {
            JdbcQuery query = JdbcQuery.of(sql, all);
            assertThat(query.sql().chars().filter(c -> c == '?').count()).isEqualTo(query.values().size());
        }
        assertThat(JdbcQuery.of(RawDiaryLimit.REPORTS, all).values()).containsExactly(42L, SATURDAY, MONDAY);
    }

    @Test
    void aMissingValueOrAnEmptyListIsRefused() {
        assertThatThrownBy(() -> JdbcQuery.of("SELECT 1 WHERE a = :a", Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(":a");
        assertThatThrownBy(() -> JdbcQuery.of("SELECT 1 WHERE a IN (:a)", Map.of("a", List.of())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty");
    }

    @Test
    void theLimitAsksForTheWeeksOfTheDiaryWeekScenario() {
        List<DiaryTargets.Child> children = List.of(new DiaryTargets.Child(900001, 11, List.of(1L, 2L)),
                new DiaryTargets.Child(900002, 12, List.of(3L)));
        List<String[]> requests = DiaryTargets.requests(children, "week", 200, "week".hashCode(), LocalDate.of(2027, 5, 28));
        List<RawDiaryLimit.Target> targets = RawDiaryLimit.targets(requests);
        assertThat(targets).hasSize(200);
        for (int i = 0; i < targets.size(); i++) {
            RawDiaryLimit.Target target = targets.get(i);
            assertThat(requests.get(i)[1]).isEqualTo("/api/v1/diary/" + target.student() + "/week?date=" + target.date());
            assertThat(target.parentOid()).isEqualTo(target.student() == 11 ? 900001 : 900002);
        }
        assertThat(targets).extracting(RawDiaryLimit.Target::student).contains(11L, 12L);
        assertThatThrownBy(() -> RawDiaryLimit.targets(DiaryTargets.requests(children, "marks", 1, 1, LocalDate.of(2027, 5, 28))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
