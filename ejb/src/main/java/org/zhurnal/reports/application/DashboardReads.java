package org.zhurnal.reports.application;

import java.time.LocalDate;
import java.util.List;

/** The region dashboard's figures per school, each read once for the whole region. */
public interface DashboardReads {

    record School(long id, String name, Long municipalityId, String municipalityName) {
    }

    /**
     * One school's counts: pupils on the lists today; students with decided marks of the last ended period
     * ({@code period}, null if none) and among them those with only 4s and 5s and those without 2s and н/а; the
     * lessons held from {@code from} to {@code to}, those with a topic, those of grades 2–11 and those among them
     * with a mark; pupil-lessons (each lesson's class or group list) and absences.
     */
    record Counts(long schoolId, int pupils, Integer period, int attested, int quality, int progress, int lessons,
                  int withTopic, int markable, int withMarks, long pupilLessons, long absences) {
    }

    List<School> schools();

    /** The region's time zone (the first region's; one deployment serves one region). */
    java.time.ZoneId regionZone();

    List<Counts> counts(LocalDate today, int schoolYear, LocalDate from, LocalDate to);
}
