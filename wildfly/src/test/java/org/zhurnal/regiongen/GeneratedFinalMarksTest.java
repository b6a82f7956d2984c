package org.zhurnal.regiongen;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The final marks the generator writes, checked against the marks it wrote (whole year and mid-year). */
class GeneratedFinalMarksTest {

    private static RegionTables year;
    private static Map<String, Integer> gradeOfClass;

    @BeforeAll
    static void generateOnce() {
        year = GeneratedSchool.of(7, GeneratorSettings.YEAR_END, null, 0).tables();
        gradeOfClass = GeneratedSchool.rows(year.schoolClass).stream()
                .collect(Collectors.toMap(c -> c[0], c -> Integer.parseInt(c[3])));
    }

    @Test
    void everyClosedPeriodMarkIsTheConfirmedProposalOfTheWeightedAverage() {
        Map<String, List<BigDecimal[]>> marks = marksByCell(year);
        List<String[]> periodMarks = GeneratedSchool.rows(year.finalMark).stream().filter(f -> !f[6].equals("0")).toList();
        assertThat(periodMarks).hasSizeGreaterThan(30_000);
        assertThat(periodMarks.stream().map(GeneratedFinalMarksTest::cellOf).collect(Collectors.toSet()))
                .as("a final mark for every cell with marks").containsAll(marks.keySet());
        for (String[] f : periodMarks) {
            assertThat(f[7]).isEqualTo("1");
            assertThat(f[11]).isEqualTo("CONFIRMED");
            assertThat(f[10]).isEqualTo("\\N");
            List<BigDecimal[]> list = marks.getOrDefault(cellOf(f), List.of());
            if (list.size() < 3) {
                assertThat(f[8]).as("н/а below three marks").isEqualTo("\\N");
                assertThat(f[9]).isEqualTo("t");
                continue;
            }
            BigDecimal sum = BigDecimal.ZERO;
            BigDecimal weights = BigDecimal.ZERO;
            for (BigDecimal[] m : list) {
                sum = sum.add(m[0].multiply(m[1]));
                weights = weights.add(m[1]);
            }
            BigDecimal average = sum.divide(weights, 2, RoundingMode.HALF_UP);
            int expected = average.compareTo(new BigDecimal("4.50")) >= 0 ? 5
                    : average.compareTo(new BigDecimal("3.50")) >= 0 ? 4
                    : average.compareTo(new BigDecimal("2.50")) >= 0 ? 3 : 2;
            assertThat(new BigDecimal(f[12])).isEqualByComparingTo(average);
            assertThat(Integer.parseInt(f[8])).as("value of " + cellOf(f)).isEqualTo(expected);
            assertThat(f[13]).isEqualTo(f[8]);
            assertThat(f[9]).isEqualTo("f");
        }
        assertThat(periodMarks.stream().filter(f -> f[9].equals("t")).count()).isLessThan(periodMarks.size() / 10);
    }

    @Test
    void gradeOneHasNoFinalMarksAndGradeTwoNoneForTheFirstQuarterNorTheYear() {
        for (String[] f : GeneratedSchool.rows(year.finalMark)) {
            int grade = gradeOfClass.get(f[3]);
            assertThat(grade).isGreaterThan(1);
            if (grade == 2) {
                assertThat(f[6]).isNotIn("0", "1");
            }
        }
    }

    @Test
    void theYearMarkRoundsTheAverageOfTheFourPeriodMarksOrIsNotAttested() {
        Map<String, List<String[]>> byStudentSubject = GeneratedSchool.rows(year.finalMark).stream()
                .collect(Collectors.groupingBy(f -> f[3] + "/" + f[4] + "/" + f[5]));
        long yearMarks = 0;
        for (List<String[]> cells : byStudentSubject.values()) {
            String[] yearMark = cells.stream().filter(f -> f[6].equals("0")).findFirst().orElse(null);
            if (gradeOfClass.get(cells.get(0)[3]) == 2) {
                assertThat(yearMark).isNull();
                continue;
            }
            assertThat(cells).hasSize(5);
            List<String[]> periods = cells.stream().filter(f -> !f[6].equals("0")).toList();
            if (periods.stream().anyMatch(f -> f[9].equals("t"))) {
                assertThat(yearMark[9]).isEqualTo("t");
            } else {
                double average = periods.stream().mapToInt(f -> Integer.parseInt(f[8])).average().orElseThrow();
                int expected = average >= 4.5 ? 5 : average >= 3.5 ? 4 : average >= 2.5 ? 3 : 2;
                assertThat(Integer.parseInt(yearMark[8])).isEqualTo(expected);
            }
            yearMarks++;
        }
        assertThat(yearMarks).isGreaterThan(5_000);
    }

    @Test
    void midYearOnlyTheClosedFirstQuarterHasFinalMarks() {
        RegionTables partial = GeneratedSchool.of(7, LocalDate.of(2026, 11, 20), null, 0).tables();
        assertThat(GeneratedSchool.rows(partial.finalMark)).isNotEmpty()
                .allSatisfy(f -> assertThat(f[6]).isEqualTo("1"));
    }

    /** Marks by "class/subject/student/period", each {value, weight} (a double mark's halves count apart). */
    private static Map<String, List<BigDecimal[]>> marksByCell(RegionTables tables) {
        Map<String, List<BigDecimal[]>> marks = new HashMap<>();
        for (String[] m : GeneratedSchool.rows(tables.mark)) {
            int period = SchoolYearCalendar.periodOf(LocalDate.parse(m[9])).number();
            List<BigDecimal[]> list = marks.computeIfAbsent(m[11] + "/" + m[10] + "/" + m[3] + "/" + period,
                    k -> new ArrayList<>());
            list.add(new BigDecimal[] {new BigDecimal(m[5]), new BigDecimal(m[8])});
            if (!m[6].equals("\\N")) {
                list.add(new BigDecimal[] {new BigDecimal(m[6]), new BigDecimal(m[8])});
            }
        }
        return marks;
    }

    private static String cellOf(String[] finalMark) {
        return finalMark[3] + "/" + finalMark[4] + "/" + finalMark[5] + "/" + finalMark[6];
    }
}
