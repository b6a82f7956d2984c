package org.zhurnal.reports.application;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.zhurnal.reports.application.DashboardReads.Counts;

/**
 * The region administrator's dashboard: per municipality and school the pupils, quality and progress of the
 * last ended reporting period (decided final marks), attendance and journal-keeping completeness of the lessons
 * of the last two weeks ({@code from}–{@code to}), as of {@code dataAsOf}.
 */
public record RegionDashboard(Instant dataAsOf, LocalDate from, LocalDate to, Figures region,
                              List<Municipality> municipalities) {

    public record Municipality(Long id, String name, Figures figures, List<School> schools) {
    }

    public record School(long id, String name, Integer periodNumber, Figures figures) {
    }

    /**
     * Percentages to one decimal, null when there is nothing to divide by: quality (only 4s and 5s) and progress
     * (no 2 and no н/а) over the students with final marks; attendance as 100 − absences per pupil-lesson;
     * topics and marks as the share of the lessons with a topic, and of grade 2–11 lessons with a mark.
     */
    public record Figures(int pupils, int attested, BigDecimal qualityPercent, BigDecimal progressPercent,
                          BigDecimal attendancePercent, int lessons, BigDecimal topicPercent, BigDecimal marksPercent) {

        public static Figures of(List<Counts> counts) {
            int pupils = 0;
            int attested = 0;
            int quality = 0;
            int progress = 0;
            int lessons = 0;
            int topics = 0;
            int markable = 0;
            int marked = 0;
            long pupilLessons = 0;
            long absences = 0;
            for (Counts c : counts) {
                pupils += c.pupils();
                attested += c.attested();
                quality += c.quality();
                progress += c.progress();
                lessons += c.lessons();
                topics += c.withTopic();
                markable += c.markable();
                marked += c.withMarks();
                pupilLessons += c.pupilLessons();
                absences += c.absences();
            }
            BigDecimal attendance = pupilLessons == 0 ? null : BigDecimal.valueOf(100).subtract(
                    BigDecimal.valueOf(absences * 100).divide(BigDecimal.valueOf(pupilLessons), 1, RoundingMode.HALF_UP));
            return new Figures(pupils, attested, percent(quality, attested), percent(progress, attested), attendance,
                    lessons, percent(topics, lessons), percent(marked, markable));
        }

        private static BigDecimal percent(long part, long whole) {
            return whole == 0 ? null : BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1,
                    RoundingMode.HALF_UP);
        }
    }
}
