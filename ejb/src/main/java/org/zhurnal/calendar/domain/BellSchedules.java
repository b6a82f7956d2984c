package org.zhurnal.calendar.domain;

import java.util.List;

/** The bell schedules of schools. */
public interface BellSchedules {

    List<BellSchedule> ofSchool(Long schoolId);

    boolean existsNamed(Long schoolId, String name);

    BellSchedule add(BellSchedule schedule);
}
