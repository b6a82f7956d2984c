package org.zhurnal.curriculum.application;

import java.math.BigDecimal;

/** One line of a year's curriculum as screens show it, with the derived hours a week. */
public record CurriculumLine(int grade, Long subjectId, String subjectName, int hoursPerYear, BigDecimal hoursPerWeek) {
}
