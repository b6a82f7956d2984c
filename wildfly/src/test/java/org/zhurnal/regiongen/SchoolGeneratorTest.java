package org.zhurnal.regiongen;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The generator without a database: what it would COPY for the reference school of the small region. */
class SchoolGeneratorTest {

    private static RegionTables first;

    @BeforeAll
    static void generateOnce() {
        first = generate(42, GeneratorSettings.YEAR_END);
    }

    @Test
    void sameSeedGivesTheSameRows() {
        RegionTables again = generate(42, GeneratorSettings.YEAR_END);
        assertThat(first.finalMark.rows()).isPositive();
        assertThat(first.inviteCode.rows()).isPositive();
        for (int i = 0; i < first.inForeignKeyOrder().size(); i++) {
            assertThat(again.inForeignKeyOrder().get(i).pending())
                    .as(first.inForeignKeyOrder().get(i).name())
                    .isEqualTo(first.inForeignKeyOrder().get(i).pending());
        }
        assertThat(generate(43, GeneratorSettings.YEAR_END).person.pending()).isNotEqualTo(first.person.pending());
    }

    @Test
    void theReferenceSchoolHas33ClassesOf25Pupils() {
        assertThat(first.schoolClass.rows()).isEqualTo(33);
        assertThat(first.student.rows()).isEqualTo(825);
        assertThat(first.guardianship.rows()).isBetween(825L + 400, 825L * 2);
    }

    @Test
    void noTeacherAndNoClassIsTwiceInOneSlot() {
        Map<String, String> assignmentTeacher = new HashMap<>();
        Map<String, String> assignmentClass = new HashMap<>();
        Map<String, String> assignmentGroup = new HashMap<>();
        for (String[] a : rows(first.teachingAssignment)) {
            assignmentTeacher.put(a[0], a[4]);
            assignmentClass.put(a[0], a[5]);
            assignmentGroup.put(a[0], a[6]);
        }
        Set<String> teacherSlots = new HashSet<>();
        Map<String, Set<String>> classSlots = new HashMap<>();
        for (String[] e : rows(first.timetableEntry)) {
            String slot = e[4] + "/" + e[7];
            assertThat(teacherSlots.add(assignmentTeacher.get(e[3]) + "@" + slot)).as("teacher twice at " + slot).isTrue();
            // a class slot holds one whole-class lesson or one lesson per group
            Set<String> users = classSlots.computeIfAbsent(assignmentClass.get(e[3]) + "@" + slot, k -> new HashSet<>());
            assertThat(users.add(assignmentGroup.get(e[3]))).as("class twice at " + slot).isTrue();
            assertThat(users.contains("\\N") && users.size() > 1).as("whole class and a group at " + slot).isFalse();
        }
    }

    @Test
    void gradeOneHasNoMarksAndNoHomeworkAndGradeTwoNoMarksInTheFirstQuarter() {
        Map<String, Integer> gradeOfClass = rows(first.schoolClass).stream()
                .collect(Collectors.toMap(c -> c[0], c -> Integer.parseInt(c[3])));
        Map<String, String[]> lessons = rows(first.lesson).stream().collect(Collectors.toMap(l -> l[1], l -> l));
        for (String[] lesson : lessons.values()) {
            if (gradeOfClass.get(lesson[4]) == 1) {
                assertThat(lesson[16]).as("homework in grade 1").isEqualTo("\\N");
            }
        }
        LocalDate secondQuarter = SchoolYearCalendar.PERIODS.get(1).startsOn();
        for (String[] mark : rows(first.mark)) {
            int grade = gradeOfClass.get(mark[11]);
            assertThat(grade).isGreaterThan(1);
            if (grade == 2) {
                assertThat(LocalDate.parse(mark[9])).isAfterOrEqualTo(secondQuarter);
            }
            assertThat(Integer.parseInt(mark[5])).isBetween(2, 5);
        }
    }

    @Test
    void aboutTenMarksPerSubjectPerQuarterAndMostlyPresent() {
        long pupilsWithMarks = 825 - 75; // grade 1 has none
        double perPupilSubjectQuarter = first.mark.rows() / (double) pupilsWithMarks / 13 / 4;
        assertThat(perPupilSubjectQuarter).isBetween(6.0, 14.0);
        double lessonsAttended = first.lesson.rows() * 20.0; // rough audience
        assertThat(first.attendance.rows() / lessonsAttended).isBetween(0.01, 0.10);
    }

    @Test
    void marksStopAtTheAsOfDateAndLaterLessonsHaveNoTopic() {
        LocalDate asOf = LocalDate.of(2026, 11, 20);
        RegionTables partial = generate(42, asOf);
        assertThat(rows(partial.mark)).allSatisfy(m -> assertThat(LocalDate.parse(m[9])).isBeforeOrEqualTo(asOf));
        assertThat(rows(partial.lesson)).filteredOn(l -> LocalDate.parse(l[9]).isAfter(asOf))
                .isNotEmpty().allSatisfy(l -> assertThat(l[15]).isEqualTo("\\N"));
        assertThat(rows(partial.reportingPeriod)).filteredOn(p -> !p[5].equals("\\N")).hasSize(1);
    }

    /** With the test key, so the invite codes are generated and compared too. */
    private static RegionTables generate(long seed, LocalDate asOf) {
        return GeneratedSchool.of(seed, asOf, GeneratedSchool.TEST_KEY, 0).tables();
    }

    private static List<String[]> rows(CopyTable table) {
        return GeneratedSchool.rows(table);
    }
}
