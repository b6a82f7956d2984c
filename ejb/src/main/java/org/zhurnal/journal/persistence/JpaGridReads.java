package org.zhurnal.journal.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.zhurnal.classes.domain.ClassName;
import org.zhurnal.journal.application.GridReads;
import org.zhurnal.journal.application.JournalGrid.Period;
import org.zhurnal.journal.domain.AttendanceCode;
import org.zhurnal.shared.persistence.PlainSql;

/**
 * The grid's reads in plain SQL ({@link PlainSql}). Lessons come by {@code lesson_class_date_ix}, marks by
 * {@code mark_class_subject_ix}, attendance by {@code attendance_class_date_ix}; every query names the
 * school_year, so PostgreSQL reads one partition.
 */
@ApplicationScoped
public class JpaGridReads implements GridReads {

    private static final String CLASS_YEAR = "SELECT c.school_id, c.grade, c.letter, y.id, "
            + "CAST(EXTRACT(YEAR FROM y.starts_on) AS integer), y.period_system, s.name "
            + "FROM school_class c JOIN academic_year y ON y.id = c.academic_year_id JOIN subject s ON s.id = ? "
            + "WHERE c.id = ?";
    private static final String PERIODS = "SELECT id, number, starts_on, ends_on, closed_at IS NOT NULL "
            + "FROM reporting_period WHERE academic_year_id = ? ORDER BY number";
    private static final String LESSONS = "SELECT id, lesson_date, slot_number, state, topic, version, teacher_person_id, "
            + "substitute_person_id FROM lesson WHERE school_year = ? AND school_class_id = ? AND subject_id = ? "
            + "AND lesson_date BETWEEN ? AND ? AND ";
    private static final String LESSONS_OF_CLASS = LESSONS + "class_group_id IS NULL ORDER BY lesson_date, slot_number, id";
    private static final String LESSONS_OF_GROUP = LESSONS + "class_group_id = ? ORDER BY lesson_date, slot_number, id";
    private static final String CELLS = "SELECT lesson_id, student_person_id, position, value, value2, work_kind_id, "
            + "weight, CAST(NULL AS text), comment FROM mark WHERE school_year = ? AND school_class_id = ? AND subject_id = ? "
            + "AND lesson_date BETWEEN ? AND ? UNION ALL SELECT lesson_id, student_person_id, NULL, NULL, NULL, NULL, "
            + "NULL, code, NULL FROM attendance WHERE school_year = ? AND school_class_id = ? AND subject_id = ? "
            + "AND lesson_date BETWEEN ? AND ?";

    @Inject
    PlainSql sql;

    @Override
    public Optional<ClassYear> classYear(Long classId, Long subjectId) {
        return sql.one(CLASS_YEAR, row -> new ClassYear(row.getLong(1), new ClassName(row.getInt(2), row.getString(3))
                .toString(), row.getLong(4), row.getInt(5), row.getString(6), row.getString(7), List.of()), subjectId, classId)
                .map(year -> new ClassYear(year.schoolId(), year.className(), year.yearId(), year.schoolYear(),
                        year.periodSystem(), year.subjectName(), periods(year.yearId())));
    }

    private List<Period> periods(long yearId) {
        return sql.list(PERIODS, row -> new Period(row.getLong(1), row.getInt(2), PlainSql.date(row, 3),
                PlainSql.date(row, 4), row.getBoolean(5)), yearId);
    }

    @Override
    public List<LessonColumn> lessons(int schoolYear, Long classId, Long subjectId, Long groupId, LocalDate from,
                                      LocalDate to) {
        PlainSql.Row<LessonColumn> column = row -> new LessonColumn(row.getLong(1), PlainSql.date(row, 2), row.getInt(3),
                row.getString(4), row.getString(5), row.getInt(6), PlainSql.longOrNull(row, 7), PlainSql.longOrNull(row, 8));
        short year = (short) schoolYear;
        return groupId == null ? sql.list(LESSONS_OF_CLASS, column, year, classId, subjectId, from, to)
                : sql.list(LESSONS_OF_GROUP, column, year, classId, subjectId, from, to, groupId);
    }

    @Override
    public List<CellValue> cells(int schoolYear, Long classId, Long subjectId, LocalDate from, LocalDate to) {
        short year = (short) schoolYear;
        return sql.list(CELLS, row -> {
            String code = row.getString(8);
            return new CellValue(row.getLong(1), row.getLong(2), PlainSql.intOrNull(row, 3), PlainSql.intOrNull(row, 4),
                    PlainSql.intOrNull(row, 5), PlainSql.longOrNull(row, 6), row.getBigDecimal(7),
                    code == null ? null : AttendanceCode.valueOf(code), row.getString(9));
        }, year, classId, subjectId, from, to, year, classId, subjectId, from, to);
    }
}
