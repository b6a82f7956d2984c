package org.zhurnal.federal.application;

import java.time.LocalDate;
import java.util.List;

/**
 * A student's schedule from {@code start} to {@code end} (both inclusive) for «Моя школа»: the student named by
 * the ESIA id the platform asked for, never by name; classes in the order the student was in them.
 */
public record StudentSchedule(String esiaOid, LocalDate start, LocalDate end, List<ScheduleClass> classes) {

    public StudentSchedule {
        classes = List.copyOf(classes);
    }
}
