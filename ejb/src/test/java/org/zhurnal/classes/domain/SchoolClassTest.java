package org.zhurnal.classes.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhurnal.classes.domain.Fixtures.date;

import org.junit.jupiter.api.Test;
import org.zhurnal.calendar.domain.AcademicYear;
import org.zhurnal.school.domain.Position;
import org.zhurnal.school.domain.School;
import org.zhurnal.shared.error.BusinessException;
import org.zhurnal.shared.error.ConflictException;
import org.zhurnal.shared.error.InvalidInputException;

class SchoolClassTest {

    private final AcademicYear year = Fixtures.year(10);

    @Test
    void aClassBelongsToTheYearsSchool() {
        SchoolClass fiveA = SchoolClass.open(year, ClassName.of(5, "а"));
        assertThat(fiveA.schoolId()).isEqualTo(Fixtures.SCHOOL_ID);
        assertThat(fiveA.academicYearId()).isEqualTo(10L);
        assertThat(fiveA.name()).hasToString("5А");
        assertThat(fiveA.classTeacherPersonId()).isEmpty();
    }

    @Test
    void theClassTeacherTeachesAtTheSchoolNow() {
        School school = Fixtures.school();
        school.appoint(7L, Position.TEACHER, date("2025-09-01"));
        school.appoint(8L, Position.SECRETARY, date("2025-09-01"));
        school.appoint(9L, Position.TEACHER, date("2020-09-01"));
        school.endAppointment(9L, Position.TEACHER, date("2026-06-30"));
        SchoolClass fiveA = SchoolClass.open(year, ClassName.of(5, "А"));

        fiveA.assignClassTeacher(school, 7L);
        assertThat(fiveA.classTeacherPersonId()).contains(7L);
        for (long notATeacherNow : new long[] {8L, 9L, 42L}) {
            assertThatThrownBy(() -> fiveA.assignClassTeacher(school, notATeacherNow))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("Классным руководителем можно назначить только учителя этой школы")
                    .satisfies(e -> assertThat(((BusinessException) e).field()).contains("classTeacherPersonId"));
        }
        assertThat(fiveA.classTeacherPersonId()).contains(7L);
    }

    @Test
    void beforeTheSchoolHasTeachersAnyCurrentStaffMemberWillDo() {
        School school = Fixtures.school();
        school.appoint(3L, Position.JOURNAL_ADMIN, date("2025-09-01"));
        SchoolClass fiveA = SchoolClass.open(year, ClassName.of(5, "А"));

        fiveA.assignClassTeacher(school, 3L);
        assertThat(fiveA.classTeacherPersonId()).contains(3L);
        assertThatThrownBy(() -> fiveA.assignClassTeacher(school, 4L)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void groupNamesAreUniqueInTheClassRegardlessOfCaseAndYo() {
        SchoolClass fiveA = SchoolClass.open(year, ClassName.of(5, "А"));
        assertThat(fiveA.addGroup("  Английский,  группа 1 ").name()).isEqualTo("Английский, группа 1");
        fiveA.addGroup("Английский, группа 2");

        assertThatThrownBy(() -> fiveA.addGroup("АНГЛИЙСКИЙ, ГРУППА 1")).isInstanceOf(ConflictException.class)
                .satisfies(e -> assertThat(((BusinessException) e).field()).contains("name"));
        assertThatThrownBy(() -> fiveA.addGroup(" ")).isInstanceOf(InvalidInputException.class)
                .hasMessage("Укажите название группы");
        assertThat(fiveA.groups()).hasSize(2);
    }
}
