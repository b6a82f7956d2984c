package org.zhurnal.it.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.zhurnal.calendar.application.SchoolCalendarService;
import org.zhurnal.classes.application.SchoolClassService;
import org.zhurnal.classes.application.StudentService;
import org.zhurnal.it.support.ClassesTestData;
import org.zhurnal.it.support.Db;
import org.zhurnal.it.support.DiaryTestData;
import org.zhurnal.it.support.JournalTestData;
import org.zhurnal.it.support.RealEar;
import org.zhurnal.it.support.RegionTestData;
import org.zhurnal.journal.application.StudentFinalMarkService;
import org.zhurnal.journal.application.StudentFinalMarks;
import org.zhurnal.school.application.SchoolService;
import org.zhurnal.shared.error.AccessDeniedException;
import org.zhurnal.shared.security.Role;

/**
 * The diary's «Итоговые»: a student's confirmed period and year marks (the latest version; drafts hidden), read
 * by the student and a legal representative through the diary's access rule; anybody else is refused.
 */
@ExtendWith(ArquillianExtension.class)
class StudentFinalMarksIT {

    @Deployment
    static EnterpriseArchive ear() {
        return RealEar.withTests(StudentFinalMarksIT.class, JournalTestData.class, ClassesTestData.class,
                RegionTestData.class, Db.class, DiaryTestData.class);
    }

    @Resource(lookup = "java:jboss/datasources/ZhurnalDS")
    DataSource db;

    @Inject
    SchoolService schools;

    @Inject
    SchoolCalendarService calendar;

    @Inject
    SchoolClassService classes;

    @Inject
    StudentService students;

    @Inject
    StudentFinalMarkService finals;

    @Test
    void confirmedMarksOnlyForWhoMayReadTheDiary() {
        JournalTestData data = JournalTestData.create(db, schools, calendar, classes, students, 5);
        DiaryTestData diary = DiaryTestData.create(db, data.school());
        long child = data.students().get(0);
        long classmate = data.students().get(1);
        long mother = diary.person("Алексеева", "Ольга", "Ивановна");
        diary.guardianship(mother, child, null);
        finalMark(data, child, 1, 1, 3, false, "DRAFT");
        finalMark(data, child, 1, 2, 4, false, "CONFIRMED");
        finalMark(data, child, 2, 1, 5, false, "DRAFT");
        finalMark(data, child, 0, 1, null, true, "CONFIRMED");
        finalMark(data, classmate, 1, 1, 2, false, "CONFIRMED");

        StudentFinalMarks marks = finals.of(JournalTestData.boundActor("it-mother-" + mother, mother, Role.PARENT), child);

        assertThat(marks.academicYearId()).isEqualTo(data.school().year());
        assertThat(marks.periods()).extracting(StudentFinalMarks.Period::number).containsExactly(1, 2, 3, 4);
        assertThat(marks.subjects()).hasSize(1);
        assertThat(marks.subjects().get(0).subjectId()).isEqualTo(data.subjectId());
        assertThat(marks.subjects().get(0).marks()).extracting(StudentFinalMarks.Mark::periodNumber,
                StudentFinalMarks.Mark::mark).containsExactly(tuple(0, "н/а"), tuple(1, "4"));
        assertThat(finals.of(JournalTestData.boundActor("it-self-" + child, child, Role.STUDENT), child).subjects())
                .hasSize(1);
        assertThatThrownBy(() -> finals.of(JournalTestData.boundActor("it-mother-" + mother, mother, Role.PARENT),
                classmate)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> finals.of(data.teacher(), child)).as("a subject teacher reads the journal, not the diary")
                .isInstanceOf(AccessDeniedException.class);
    }

    private void finalMark(JournalTestData data, long student, int period, int version, Integer value, boolean notAttested,
                           String state) {
        Db.update(db, "INSERT INTO final_mark (school_id, academic_year_id, school_class_id, subject_id, student_person_id, "
                + "period_number, version, value, not_attested, state, set_at, set_by_issuer, set_by_subject) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now() + (? * INTERVAL '1 second'), 'it', 'it')",
                data.school().school(), data.school().year(), data.classId(), data.subjectId(), student, period, version,
                value, notAttested, state, version);
    }
}
