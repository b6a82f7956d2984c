package org.zhurnal.diary.application;

import java.time.LocalDate;

/**
 * A class the student has been in, with what the diary needs of it: its school, its class teacher and its
 * academic year ({@code schoolYear} is the partition key of lessons, marks and attendance: the calendar
 * year the academic year starts in).
 */
public record ClassInfo(long id, long schoolId, String schoolName, int grade, String letter, Long classTeacherPersonId,
                        long academicYearId, LocalDate yearStartsOn, LocalDate yearEndsOn) {

    public int schoolYear() {
        return yearStartsOn.getYear();
    }

    public String name() {
        return grade + letter;
    }

    public boolean yearCovers(LocalDate date) {
        return !date.isBefore(yearStartsOn) && !date.isAfter(yearEndsOn);
    }
}
