package org.zhurnal.journal.application;

import java.time.LocalDate;

/** A teacher's lessons of a day and what they teach, read in two queries. */
public interface TeacherDays {

    TeacherDay of(Long personId, LocalDate date);
}
