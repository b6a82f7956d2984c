package org.zhurnal.journal.application;

import java.util.List;

/** The reads behind {@link StudentFinalMarkService}: one query each. */
public interface StudentFinalMarkReads {

    List<StudentFinalMarks.Period> periods(long academicYearId);

    /** Per subject (by name) the confirmed current marks of the year's periods and of the year. */
    List<StudentFinalMarks.Subject> confirmed(long studentPersonId, long academicYearId);
}
