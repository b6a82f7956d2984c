package org.zhurnal.reports.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The arithmetic of a progress report (отчёт об успеваемости) over period marks, a mark being 2–5 or н/а (null).
 * For a group of students (a class, a school), each with their period marks in every subject:
 * <ul>
 *   <li><b>attested</b>: students with at least one period mark (a grade-1 pupil has none);</li>
 *   <li><b>отличники</b>: only 5s; <b>хорошисты</b>: only 4s and 5s with at least one 4; <b>с одной «3»</b>:
 *       exactly one 3, the rest 4s and 5s — none of the three with an н/а;</li>
 *   <li><b>неуспевающие</b>: at least one 2; <b>н/а</b>: at least one н/а (a student can be both);</li>
 *   <li><b>успеваемость</b> (progress): the share of attested students with neither a 2 nor an н/а;
 *       <b>качество</b> (quality): the share of attested students with only 4s and 5s (отличники + хорошисты);
 *       both in per cent to one decimal, null without attested students;</li>
 *   <li><b>средний балл</b>: the mean of all numeric marks to two decimals (н/а left out), null without any.</li>
 * </ul>
 * For one subject the same shares are taken over marks instead of students.
 */
public final class ProgressTally {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The students' summary. */
    public record Students(int attested, int excellent, int good, int singleThree, int failing, int notAttested,
                           BigDecimal progressPercent, BigDecimal qualityPercent, BigDecimal averageMark) {
    }

    /** One subject's summary: marks by value. */
    public record Marks(int count, int fives, int fours, int threes, int twos, int notAttested,
                        BigDecimal progressPercent, BigDecimal qualityPercent, BigDecimal averageMark) {
    }

    private ProgressTally() {
    }

    /** Students by id with their period marks (null for н/а); students without marks are not attested. */
    public static Students ofStudents(Map<Long, List<Integer>> marksByStudent) {
        int attested = 0;
        int excellent = 0;
        int good = 0;
        int singleThree = 0;
        int failing = 0;
        int notAttested = 0;
        int successful = 0;
        List<Integer> all = new ArrayList<>();
        for (List<Integer> marks : marksByStudent.values()) {
            if (marks.isEmpty()) {
                continue;
            }
            attested++;
            int twos = 0;
            int threes = 0;
            int fours = 0;
            int missing = 0;
            for (Integer mark : marks) {
                if (mark == null) {
                    missing++;
                    continue;
                }
                all.add(mark);
                twos += mark <= 2 ? 1 : 0;
                threes += mark == 3 ? 1 : 0;
                fours += mark == 4 ? 1 : 0;
            }
            failing += twos > 0 ? 1 : 0;
            notAttested += missing > 0 ? 1 : 0;
            successful += twos == 0 && missing == 0 ? 1 : 0;
            if (twos == 0 && missing == 0) {
                excellent += threes == 0 && fours == 0 ? 1 : 0;
                good += threes == 0 && fours > 0 ? 1 : 0;
                singleThree += threes == 1 ? 1 : 0;
            }
        }
        return new Students(attested, excellent, good, singleThree, failing, notAttested, percent(successful, attested),
                percent(excellent + good, attested), average(all));
    }

    /** One subject's marks (null for н/а). */
    public static Marks ofMarks(List<Integer> marks) {
        int[] byValue = new int[6];
        int notAttested = 0;
        List<Integer> numeric = new ArrayList<>();
        for (Integer mark : marks) {
            if (mark == null) {
                notAttested++;
            } else {
                byValue[Math.max(2, Math.min(5, mark))]++;
                numeric.add(mark);
            }
        }
        int count = marks.size();
        return new Marks(count, byValue[5], byValue[4], byValue[3], byValue[2], notAttested,
                percent(count - byValue[2] - notAttested, count), percent(byValue[5] + byValue[4], count), average(numeric));
    }

    static BigDecimal percent(int part, int whole) {
        return whole == 0 ? null
                : BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    static BigDecimal average(List<Integer> marks) {
        if (marks.isEmpty()) {
            return null;
        }
        long sum = marks.stream().mapToLong(Integer::longValue).sum();
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(marks.size()), 2, RoundingMode.HALF_UP);
    }
}
