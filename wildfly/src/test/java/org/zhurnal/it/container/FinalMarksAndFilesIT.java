package org.zhurnal.it.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.util.List;
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
import org.zhurnal.it.support.JournalTestData;
import org.zhurnal.it.support.RealEar;
import org.zhurnal.it.support.RegionTestData;
import org.zhurnal.journal.application.FinalMarkService;
import org.zhurnal.journal.application.FinalSheet;
import org.zhurnal.journal.application.HomeworkFileService;
import org.zhurnal.journal.application.JournalEdit;
import org.zhurnal.journal.application.JournalEdit.MarkInput;
import org.zhurnal.journal.application.JournalEdit.StudentCells;
import org.zhurnal.journal.application.JournalGridService;
import org.zhurnal.journal.application.LessonJournalService;
import org.zhurnal.journal.domain.FinalMarkDecision;
import org.zhurnal.school.application.SchoolService;
import org.zhurnal.shared.error.AccessDeniedException;
import org.zhurnal.shared.error.InvalidInputException;

/** Final marks (proposals, versioned decisions, append-only) and homework files on the real stack. */
@ExtendWith(ArquillianExtension.class)
class FinalMarksAndFilesIT {

    @Deployment
    static EnterpriseArchive ear() {
        return RealEar.withTests(FinalMarksAndFilesIT.class, JournalTestData.class, ClassesTestData.class,
                RegionTestData.class, Db.class);
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
    LessonJournalService journal;

    @Inject
    JournalGridService grids;

    @Inject
    FinalMarkService finals;

    @Inject
    HomeworkFileService files;

    @Test
    void finalMarksAreProposedDecidedInVersionsAndNeverOverwritten() {
        JournalTestData data = data(5);
        long lesson = data.lesson(db, 0);
        long answer = JournalTestData.workKind(db, "ANSWER");
        long test = JournalTestData.workKind(db, "TEST");
        long student = data.students().get(0);
        journal.save(data.teacher(), lesson, new JournalEdit(0, null, List.of(new StudentCells(student, null, List.of(
                new MarkInput(1, 5, null, answer, null), new MarkInput(2, 5, null, answer, null),
                new MarkInput(3, 3, null, test, null))))));
        int period = Integer.parseInt(Db.column(db, "SELECT number FROM reporting_period WHERE academic_year_id = ? "
                + "AND CAST(now() AS date) BETWEEN starts_on AND ends_on", data.school().year()).get(0));

        FinalSheet sheet = finals.sheet(data.teacher(), data.classId(), data.subjectId(), null);
        FinalSheet.Cell proposal = sheet.students().get(0).cells().get(period - 1);
        assertThat(proposal.average()).isEqualByComparingTo("4.00");
        assertThat(proposal.proposed()).isEqualTo(4);
        assertThat(sheet.students().get(1).cells().get(period - 1).proposed()).as("no marks: н/а").isNull();

        finals.decide(data.teacher(), data.classId(), data.subjectId(), null, student, period,
                new FinalMarkDecision(4, false, null, true));
        assertThatThrownBy(() -> finals.decide(data.teacher(), data.classId(), data.subjectId(), null, student, period,
                new FinalMarkDecision(5, false, null, false))).hasMessageContaining("уже утверждена");
        FinalSheet after = finals.decide(data.teacher(), data.classId(), data.subjectId(), null, student, period,
                new FinalMarkDecision(5, false, "Пересдал контрольную", false));
        assertThat(after.students().get(0).cells().get(period - 1).current())
                .isEqualTo(new FinalSheet.Decided(5, false, "CONFIRMED", 2));
        assertThat(Db.column(db, "SELECT concat_ws('|', version, value, state, proposed) FROM final_mark "
                + "WHERE student_person_id = ? ORDER BY version", student)).containsExactly("1|4|CONFIRMED|4", "2|5|CONFIRMED|4");
        assertThat(Db.count(db, "SELECT count(*) FROM audit_event WHERE action = 'final-mark.decided' AND object_id = ?",
                Long.toString(student))).isEqualTo(2);
        assertThatThrownBy(() -> Db.update(db, "UPDATE final_mark SET value = 2 WHERE student_person_id = ?", student))
                .hasStackTraceContaining("append-only");
        assertThat(grids.grid(data.teacher(), data.classId(), data.subjectId(), null, null).students().get(0).finalMark())
                .isEqualTo(new FinalSheet.Decided(5, false, "CONFIRMED", 2));
    }

    @Test
    void homeworkFilesAreCheckedStoredAndDownloadedByThoseWhoMayReadTheLesson() {
        JournalTestData data = data(5);
        long lesson = data.lesson(db, 0);
        byte[] pdf = "%PDF-1.4 задание".getBytes(java.nio.charset.StandardCharsets.UTF_8);

        var added = files.add(data.teacher(), lesson, "C:\\Документы\\Задание.pdf", pdf);
        assertThat(added.name()).isEqualTo("Задание.pdf");
        assertThat(added.contentType()).isEqualTo("application/pdf");
        assertThatThrownBy(() -> files.add(data.teacher(), lesson, "virus.exe", pdf)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> files.add(RegionTestData.PARENT, lesson, "a.pdf", pdf)).isInstanceOf(AccessDeniedException.class);
        assertThat(journal.page(data.teacher(), lesson).files()).extracting(f -> f.name()).containsExactly("Задание.pdf");
        assertThat(files.download(data.teacher(), lesson, added.id()).content()).isEqualTo(pdf);
        assertThatThrownBy(() -> files.download(RegionTestData.PARENT, lesson, added.id()))
                .isInstanceOf(AccessDeniedException.class);
        files.remove(data.teacher(), lesson, added.id());
        assertThat(journal.page(data.teacher(), lesson).files()).isEmpty();
    }

    private JournalTestData data(int grade) {
        return JournalTestData.create(db, schools, calendar, classes, students, grade);
    }
}
