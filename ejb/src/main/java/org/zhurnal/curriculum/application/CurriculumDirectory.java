package org.zhurnal.curriculum.application;

import java.util.List;

/** The read side of subjects and curricula: projections, never entity graphs. */
public interface CurriculumDirectory {

    /** The region's catalogue and, when {@code schoolId} is given, that school's own subjects, by name. */
    List<SubjectItem> subjects(Long regionId, Long schoolId);

    /** The year's curriculum lines with subject names (one query), by grade and subject name. */
    List<CurriculumLine> curriculum(Long academicYearId);
}
