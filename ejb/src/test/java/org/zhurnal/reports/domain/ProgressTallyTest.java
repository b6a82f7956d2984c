package org.zhurnal.reports.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProgressTallyTest {

    @Test
    void studentsAreCountedByTheirWorstMarksAndSharesAreOverTheAttested() {
        Map<Long, List<Integer>> students = new LinkedHashMap<>();
        students.put(1L, List.of(5, 5, 5));          // отличник
        students.put(2L, List.of(5, 4, 4));          // хорошист
        students.put(3L, List.of(5, 4, 3));          // с одной «3»
        students.put(4L, List.of(3, 3, 4));          // троечник: counted nowhere but in progress
        students.put(5L, List.of(2, 5, 5));          // неуспевающий
        students.put(6L, Arrays.asList(5, null, 5)); // н/а
        students.put(7L, List.of());                 // no period marks (e.g. grade 1): not attested at all

        ProgressTally.Students tally = ProgressTally.ofStudents(students);

        assertThat(tally.attested()).isEqualTo(6);
        assertThat(tally.excellent()).isEqualTo(1);
        assertThat(tally.good()).isEqualTo(1);
        assertThat(tally.singleThree()).isEqualTo(1);
        assertThat(tally.failing()).isEqualTo(1);
        assertThat(tally.notAttested()).isEqualTo(1);
        assertThat(tally.progressPercent()).as("4 of 6 without a 2 or н/а").isEqualByComparingTo("66.7");
        assertThat(tally.qualityPercent()).as("2 of 6 with only 4s and 5s").isEqualByComparingTo("33.3");
        assertThat(tally.averageMark()).as("72 / 17 marks, н/а left out").isEqualByComparingTo("4.24");
    }

    @Test
    void aStudentWithA2AndAnНаIsBothFailingAndNotAttestedAndNeverGood() {
        ProgressTally.Students tally = ProgressTally.ofStudents(Map.of(1L, Arrays.asList(2, null, 5)));
        assertThat(tally.failing()).isEqualTo(1);
        assertThat(tally.notAttested()).isEqualTo(1);
        assertThat(tally.excellent() + tally.good() + tally.singleThree()).isZero();
        assertThat(tally.progressPercent()).isEqualByComparingTo("0.0");
    }

    @Test
    void withoutAttestedStudentsThereAreNoShares() {
        ProgressTally.Students tally = ProgressTally.ofStudents(Map.of(1L, List.of()));
        assertThat(tally.progressPercent()).isNull();
        assertThat(tally.qualityPercent()).isNull();
        assertThat(tally.averageMark()).isNull();
    }

    @Test
    void aSubjectsSharesAreOverItsMarks() {
        ProgressTally.Marks marks = ProgressTally.ofMarks(Arrays.asList(5, 5, 4, 3, 2, null, 4, 5));
        assertThat(marks.count()).isEqualTo(8);
        assertThat(marks.fives()).isEqualTo(3);
        assertThat(marks.fours()).isEqualTo(2);
        assertThat(marks.threes()).isEqualTo(1);
        assertThat(marks.twos()).isEqualTo(1);
        assertThat(marks.notAttested()).isEqualTo(1);
        assertThat(marks.progressPercent()).as("6 of 8").isEqualByComparingTo("75.0");
        assertThat(marks.qualityPercent()).as("5 of 8").isEqualByComparingTo("62.5");
        assertThat(marks.averageMark()).as("28 / 7").isEqualByComparingTo("4.00");
    }
}
