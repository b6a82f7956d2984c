package org.zhurnal.calendar.domain;

import java.util.List;
import java.util.Optional;

/** The academic years of schools. */
public interface AcademicYears {

    List<AcademicYear> ofSchool(Long schoolId);

    Optional<AcademicYear> find(Long schoolId, Long yearId);

    AcademicYear add(AcademicYear year);
}
