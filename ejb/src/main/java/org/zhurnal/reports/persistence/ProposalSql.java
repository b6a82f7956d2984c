package org.zhurnal.reports.persistence;

/**
 * The proposed period marks of one school's reporting period as one SQL statement, with exactly the rules of the
 * journal's final-mark sheet ({@code journal.domain.FinalMarks} and {@code journal.application.FinalMarkService}):
 * <ul>
 *   <li>the audiences are the (class, subject, group or whole class) with a lesson not cancelled in the period,
 *       except grade 1 and grade 2's first period where the school's journal settings forbid marks (no row at
 *       all: those pupils are not marked, rather than «н/а»);</li>
 *   <li>an audience's students are its class (or group) list on {@code :listOn} — the day the sheet lists
 *       them (today, or the year's last day when that is earlier), so pupils who moved out are not there and
 *       their marks count nowhere;</li>
 *   <li>a student's marks are the marks in the class's lessons of that audience dated inside the period, each
 *       half of a double mark counting as one mark with the mark's weight (the kind of work's weight when set);</li>
 *   <li>the average is Σ weight × value / Σ weight rounded half up to two places; the proposal 5 from 4.50, 4 from
 *       3.50, 3 from 2.50, else 2 — and NULL (н/а) below 3 marks (6 in a half-year) or without weight.</li>
 * </ul>
 * One school ({@link #SELECT}, {@code :school}) or the whole region at once ({@link #REGION_INSERT}): each
 * school's rows depend only on its own academic year (the region's rows are the union of the schools' rows,
 * ReportsIT checks it), so the region is one statement that reads the period's marks and lessons once (hash joins)
 * instead of one statement per school. Parameters: {@code :schoolYear} (the calendar year the academic year starts
 * in, for partition pruning), {@code :system} (period system), {@code :number}, {@code :today} (the sheet's
 * "today"), and for the region {@code :from} and {@code :to} (the first and last day of the period over the
 * schools, {@link #BOUNDS}: redundant with each year's own dates, they let the planner see how many marks and
 * lessons the period holds).
 * Sums are kept in hundredths of a weight as integers (a weight has two decimals, so they are exact): numeric
 * sums made the region's aggregation four times larger and spill to disk. Columns: school_id, academic_year_id,
 * school_class_id, subject_id, class_group_id, student_person_id, marks, average, proposed.
 */
final class ProposalSql {

    private static final String YEARS = "y.period_system = :system "
            + "AND y.starts_on >= make_date(CAST(:schoolYear AS integer), 1, 1) "
            + "AND y.starts_on < make_date(CAST(:schoolYear AS integer) + 1, 1, 1)";

    /**
     * {@code %1$s}: the filter of the academic years, {@link #YEARS} and maybe one school; {@code %2$s} and
     * {@code %3$s}: nothing, or the period's bounds on the lessons and on the marks for the region (one school's
     * plan reads its classes' marks by index and does not need them, and the redundant range would make its row
     * estimates smaller still).
     */
    private static final String TEMPLATE = """
            WITH yr AS (
                SELECT y.id AS year_id, y.school_id, p.starts_on, p.ends_on, y.period_system = 'HALF_YEARS' AS half,
                       LEAST(CAST(:today AS date), (SELECT max(q.ends_on) FROM reporting_period q
                                                     WHERE q.academic_year_id = y.id)) AS list_on,
                       COALESCE(js.grade1_no_marks, TRUE) AS g1, COALESCE(js.grade2_first_period_no_marks, TRUE) AS g2
                FROM academic_year y
                JOIN reporting_period p ON p.academic_year_id = y.id AND p.number = CAST(:number AS integer)
                LEFT JOIN journal_settings js ON js.school_id = y.school_id
                WHERE %1$s),
            audience AS (
                SELECT DISTINCT yr.school_id, yr.year_id, yr.half, l.school_class_id, l.subject_id, l.class_group_id
                FROM yr JOIN lesson l ON l.school_year = CAST(:schoolYear AS smallint) AND l.academic_year_id = yr.year_id
                     AND l.school_id = yr.school_id AND l.lesson_date BETWEEN yr.starts_on AND yr.ends_on
                     %2$s
                JOIN school_class c ON c.id = l.school_class_id
                WHERE l.state <> 'CANCELLED' AND NOT (c.grade = 1 AND yr.g1)
                  AND NOT (c.grade = 2 AND CAST(:number AS integer) = 1 AND yr.g2)),
            class_event AS (
                SELECT DISTINCT ON (e.school_class_id, e.person_id) e.school_class_id, e.person_id, e.kind
                FROM yr JOIN school_class c ON c.academic_year_id = yr.year_id
                JOIN enrolment_event e ON e.school_class_id = c.id
                WHERE e.effective_on <= yr.list_on AND e.kind IN ('ARRIVE', 'LEAVE', 'TRANSFER')
                ORDER BY e.school_class_id, e.person_id, e.effective_on DESC, e.id DESC),
            group_event AS (
                SELECT DISTINCT ON (e.class_group_id, e.person_id) e.class_group_id, e.person_id, e.kind
                FROM yr JOIN school_class c ON c.academic_year_id = yr.year_id
                JOIN enrolment_event e ON e.school_class_id = c.id
                WHERE e.effective_on <= yr.list_on AND e.kind IN ('GROUP_JOIN', 'GROUP_LEAVE')
                ORDER BY e.class_group_id, e.person_id, e.effective_on DESC, e.id DESC),
            member AS (
                SELECT a.school_id, a.year_id, a.half, a.school_class_id, a.subject_id, a.class_group_id, ce.person_id
                FROM audience a JOIN class_event ce ON ce.school_class_id = a.school_class_id AND ce.kind = 'ARRIVE'
                WHERE a.class_group_id IS NULL
                UNION ALL
                SELECT a.school_id, a.year_id, a.half, a.school_class_id, a.subject_id, a.class_group_id, ge.person_id
                FROM audience a JOIN group_event ge ON ge.class_group_id = a.class_group_id AND ge.kind = 'GROUP_JOIN'),
            tally AS (
                SELECT m.school_class_id, m.subject_id, COALESCE(l.class_group_id, 0) AS group_key, m.student_person_id,
                       count(*) + count(m.value2) AS marks,
                       sum(CAST(m.weight * 100 AS integer) * (m.value + COALESCE(m.value2, 0))) AS points,
                       sum(CAST(m.weight * 100 AS integer) * CASE WHEN m.value2 IS NULL THEN 1 ELSE 2 END) AS weights
                FROM yr JOIN school_class c ON c.academic_year_id = yr.year_id
                JOIN mark m ON m.school_year = CAST(:schoolYear AS smallint) AND m.school_class_id = c.id
                     AND m.lesson_date BETWEEN yr.starts_on AND yr.ends_on
                     %3$s
                LEFT JOIN lesson l ON l.school_year = CAST(:schoolYear AS smallint) AND l.id = m.lesson_id
                     AND l.class_group_id IS NOT NULL
                GROUP BY 1, 2, 3, 4),
            averaged AS (
                SELECT mb.school_id, mb.year_id, mb.school_class_id, mb.subject_id, mb.class_group_id, mb.person_id,
                       COALESCE(t.marks, 0) AS marks,
                       CASE WHEN t.weights > 0 THEN round(CAST(t.points AS numeric) / t.weights, 2) END AS average,
                       CASE WHEN mb.half THEN 6 ELSE 3 END AS minimum
                FROM member mb
                LEFT JOIN tally t ON t.school_class_id = mb.school_class_id AND t.subject_id = mb.subject_id
                     AND t.group_key = COALESCE(mb.class_group_id, 0) AND t.student_person_id = mb.person_id)
            SELECT school_id, year_id, school_class_id, subject_id, class_group_id, person_id, marks, average,
                   CASE WHEN marks < minimum OR average IS NULL THEN NULL
                        WHEN average >= 4.50 THEN 5 WHEN average >= 3.50 THEN 4 WHEN average >= 2.50 THEN 3
                        ELSE 2 END AS proposed
            FROM averaged
            """;

    /** One school's proposals ({@code :school}). */
    static final String SELECT = TEMPLATE.formatted("y.school_id = :school AND " + YEARS, "", "");

    /** The period's first and last day over the schools (both NULL without any), for {@code :from} and {@code :to}. */
    static final String BOUNDS = "SELECT min(p.starts_on), max(p.ends_on) FROM academic_year y JOIN reporting_period p "
            + "ON p.academic_year_id = y.id AND p.number = CAST(:number AS integer) WHERE " + YEARS;

    /**
     * The whole region's proposals stored for a run ({@code :run}), returning the number of rows and of н/а rows.
     * Run it after {@link #REGION_DELETE}, with {@link #PLANNER} set for the transaction.
     */
    static final String REGION_INSERT = "WITH stored AS (INSERT INTO final_mark_proposal (school_id, academic_year_id, "
            + "school_class_id, subject_id, class_group_id, student_person_id, marks, average, proposed, period_number, "
            + "run_id) SELECT p.*, CAST(:number AS integer), :run FROM (" + TEMPLATE.formatted(YEARS,
            "AND l.lesson_date BETWEEN CAST(:from AS date) AND CAST(:to AS date)",
            "AND m.lesson_date BETWEEN CAST(:from AS date) AND CAST(:to AS date)") + ") p "
            + "RETURNING proposed) SELECT count(*), count(*) FILTER (WHERE proposed IS NULL) FROM stored";

    /** The region's stored proposals of the period, replaced by a run. */
    static final String REGION_DELETE = "DELETE FROM final_mark_proposal WHERE period_number = :number "
            + "AND academic_year_id IN (SELECT y.id FROM academic_year y WHERE " + YEARS + ")";

    /**
     * Planner settings for the region's statement (transaction-local), read first so that they can be put back:
     * the row estimates of the CTEs are far too low (hundreds of member rows for half a million), which makes
     * nested loops look cheap — one such plan ran for minutes; with hash joins only, memory for the aggregation of
     * the period's marks (80 MB on {@code medium}) and the random page cost of cached data (the period's marks are
     * then read through {@code mark_class_subject_ix}, a third of the partition's pages, not by a full scan that
     * pushes the rest of the cache out) it is one pass over the period.
     */
    static final String PLANNER = "SELECT current_setting('work_mem'), current_setting('enable_nestloop'), "
            + "current_setting('enable_mergejoin'), current_setting('random_page_cost'), "
            + "set_config('work_mem', '256MB', true), set_config('enable_nestloop', 'off', true), "
            + "set_config('enable_mergejoin', 'off', true), set_config('random_page_cost', '1.1', true)";

    /** Puts back what {@link #PLANNER} read: {@code :workMem}, {@code :nestloop}, {@code :mergejoin}, {@code :pageCost}. */
    static final String PLANNER_RESTORED = "SELECT set_config('work_mem', :workMem, true), "
            + "set_config('enable_nestloop', :nestloop, true), set_config('enable_mergejoin', :mergejoin, true), "
            + "set_config('random_page_cost', :pageCost, true)";

    private ProposalSql() {
    }
}
