package org.zhurnal.curriculum.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * One line of a year's curriculum (учебный план): a subject taught in a grade for so many hours a year.
 * Hours a week are derived from it: a year has 34 teaching weeks, 33 in the first grade. Part of a
 * {@link CurriculumPlan}, which checks the lines before they become items.
 */
@Entity
@Table(name = "curriculum_item")
public class CurriculumItem {

    public static final int FIRST_GRADE = 1;
    public static final int LAST_GRADE = 11;
    /** More than a whole year's timetable (37 hours a week in grade 11) could hold: surely a typo. */
    public static final int MAX_HOURS_PER_YEAR = 1258;
    static final int TEACHING_WEEKS = 34;
    static final int FIRST_GRADE_TEACHING_WEEKS = 33;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "academic_year_id", nullable = false)
    private Long academicYearId;

    @Column(nullable = false)
    private int grade;

    @Column(name = "subject_id", nullable = false)
    private Long subjectId;

    @Column(name = "hours_per_year", nullable = false)
    private int hoursPerYear;

    protected CurriculumItem() {
        // for JPA
    }

    CurriculumItem(Long academicYearId, int grade, Long subjectId, int hoursPerYear) {
        if (grade < FIRST_GRADE || grade > LAST_GRADE || hoursPerYear < 1 || hoursPerYear > MAX_HOURS_PER_YEAR) {
            throw new IllegalArgumentException("grade or hours out of range");
        }
        this.academicYearId = Objects.requireNonNull(academicYearId, "academicYearId");
        this.grade = grade;
        this.subjectId = Objects.requireNonNull(subjectId, "subjectId");
        this.hoursPerYear = hoursPerYear;
    }

    /** Hours a week: hours a year over the grade's teaching weeks, to one decimal (half up). */
    public static BigDecimal hoursPerWeek(int grade, int hoursPerYear) {
        int weeks = grade == FIRST_GRADE ? FIRST_GRADE_TEACHING_WEEKS : TEACHING_WEEKS;
        return BigDecimal.valueOf(hoursPerYear).divide(BigDecimal.valueOf(weeks), 1, RoundingMode.HALF_UP);
    }

    public BigDecimal hoursPerWeek() {
        return hoursPerWeek(grade, hoursPerYear);
    }

    public Long id() {
        return id;
    }

    public Long academicYearId() {
        return academicYearId;
    }

    public int grade() {
        return grade;
    }

    public Long subjectId() {
        return subjectId;
    }

    public int hoursPerYear() {
        return hoursPerYear;
    }
}
