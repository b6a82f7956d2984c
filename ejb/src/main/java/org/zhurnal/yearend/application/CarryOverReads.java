package org.zhurnal.yearend.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.zhurnal.yearend.domain.StructureCarryOver.OldAssignment;
import org.zhurnal.yearend.domain.StructureCarryOver.OldEntry;

/** What the rollover reads of a year's teaching structure, each one query. */
public interface CarryOverReads {

    /** The teaching assignments of the year current on its last day, by subject name. */
    List<OldAssignment> assignments(Long yearId, LocalDate lastDay);

    /** The weekly timetable entries of the year current on its last day, by day and slot. */
    List<OldEntry> entries(Long yearId, LocalDate lastDay);

    /** The subjects of the year's curriculum by grade. */
    Map<Integer, Set<Long>> curriculum(Long yearId);

    /** The ids of the school's rooms. */
    Set<Long> rooms(Long schoolId);
}
