package org.zhurnal.assignments.application;

import java.time.LocalDate;

/**
 * Which assignments of a school to list: any of the year, the class (its whole-class, group and stream
 * assignments) and the teacher may be left out (null); {@code currentOn} keeps those current on the day.
 */
public record AssignmentFilter(Long yearId, Long classId, Long teacherPersonId, LocalDate currentOn) {
}
