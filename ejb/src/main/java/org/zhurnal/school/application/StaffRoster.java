package org.zhurnal.school.application;

import java.util.List;
import org.zhurnal.shared.security.SchoolStaff;

/** Who currently holds which positions where, read across schools. */
public interface StaffRoster extends SchoolStaff {

    /** The person's current positions, by school (ordered by the school's short name). */
    List<SchoolPositions> currentPositions(Long personId);
}
