package org.zhurnal.it.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhurnal.it.support.ClassesTestData.day;
import static org.zhurnal.it.support.RegionTestData.REGION_ADMIN;
import static org.zhurnal.it.support.RegionTestData.TEACHER;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.zhurnal.calendar.application.SchoolCalendarService;
import org.zhurnal.classes.application.NewClass;
import org.zhurnal.classes.application.NewStudent;
import org.zhurnal.classes.application.SchoolClassService;
import org.zhurnal.classes.application.StudentService;
import org.zhurnal.federal.application.AnalyticsExports;
import org.zhurnal.federal.application.AnalyticsFile;
import org.zhurnal.it.support.ClassesTestData;
import org.zhurnal.it.support.Db;
import org.zhurnal.it.support.DiaryTestData;
import org.zhurnal.it.support.RealEar;
import org.zhurnal.it.support.RegionTestData;
import org.zhurnal.people.application.PersonCardInput;
import org.zhurnal.people.domain.Sex;
import org.zhurnal.school.application.SchoolService;
import org.zhurnal.shared.error.AccessDeniedException;
import org.zhurnal.shared.error.InvalidInputException;

/**
 * The analytics export over the real database: a class's marks, absences and journal keeping become one
 * depersonalised line per subject, in CSV and JSON in the outbox; a re-run of the date replaces the files; only
 * the region administrator lists, downloads and re-runs.
 */
@ExtendWith(ArquillianExtension.class)
class AnalyticsExportIT {

    static final String DATE = "2026-11-20";

    @Deployment
    static EnterpriseArchive ear() {
        return RealEar.withTests(AnalyticsExportIT.class, ClassesTestData.class, RegionTestData.class, Db.class,
                DiaryTestData.class);
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
    AnalyticsExports exports;

    @Test
    void aClassSubjectBecomesOneDepersonalisedLineAndARerunReplacesTheFiles() {
        ClassesTestData school = ClassesTestData.create(schools, calendar);
        long fiveA = classes.create(REGION_ADMIN, school.school(), new NewClass(school.year(), 5, "А", null)).id();
        long efimov = enrol(school, "Ефимов", fiveA);
        long orlova = enrol(school, "Орлова", fiveA);
        DiaryTestData d = DiaryTestData.create(db, school);
        long teacher = school.teacher(db, "Иванова", "Мария", "Петровна");
        String subject = "Математика " + RegionTestData.tag();
        long maths = d.subject(subject);
        long monday = d.lesson(fiveA, null, maths, "2026-11-16", 1, teacher, null, "Дроби", null);
        long tuesday = d.lesson(fiveA, null, maths, "2026-11-17", 1, teacher, null, "Дроби", null);
        d.lesson(fiveA, null, maths, "2026-11-18", 1, teacher, null, null, null);
        d.lesson(fiveA, null, maths, "2026-11-23", 1, teacher, null, "После даты выгрузки", null);
        d.mark(monday, efimov, 1, 5, null, "ANSWER");
        d.mark(monday, efimov, 2, 4, null, "ANSWER");
        d.mark(monday, orlova, 1, 3, null, "ANSWER");
        d.mark(tuesday, efimov, 1, 5, null, "ANSWER");
        d.mark(tuesday, orlova, 1, 2, null, "ANSWER");
        d.attendance(tuesday, orlova, "ABSENT");
        d.attendance(monday, efimov, "ILL");

        assertThat(exports.run(REGION_ADMIN, DATE)).isPositive();
        int rows = exports.run(REGION_ADMIN, DATE);

        String csv = new String(exports.read(REGION_ADMIN, "zhurnal-analytics-" + DATE + ".csv"), StandardCharsets.UTF_8);
        String inn = Db.column(db, "SELECT inn FROM school WHERE id = ?", school.school()).get(0);
        assertThat(csv.lines().filter(line -> line.contains(subject))).containsExactly(String.join(";", DATE,
                String.valueOf(school.school()), inn, String.valueOf(fiveA), "5А", String.valueOf(maths), subject,
                "2", "3", "2", "5", "3.80", "0.6000", "0.8000", "1", "1", "0", "0.6667", "0.6667"));
        assertThat(csv.lines().count()).isEqualTo(rows + 1L);
        assertThat(csv).doesNotContain("Ефимов").doesNotContain("Орлова").doesNotContain("Иванова");
        String json = new String(exports.read(REGION_ADMIN, "zhurnal-analytics-" + DATE + ".json"), StandardCharsets.UTF_8);
        assertThat(json).contains("\"subject\":\"" + subject + "\"").contains("\"average\":3.80");
        assertThat(exports.files(REGION_ADMIN)).extracting(AnalyticsFile::name).containsOnlyOnce(
                "zhurnal-analytics-" + DATE + ".csv", "zhurnal-analytics-" + DATE + ".json");
        assertThat(Db.column(db, "SELECT status || '|' || received FROM exchange_log WHERE system = 'ANALYTICS' "
                + "AND source = ? ORDER BY id DESC LIMIT 1", "zhurnal-analytics-" + DATE))
                .containsExactly("COMPLETED|" + rows);
        assertThat(Db.count(db, "SELECT count(*) FROM audit_event WHERE action = 'exchange.analytics-exported' "
                + "AND object_id = ?", "analytics:" + DATE)).isGreaterThanOrEqualTo(2);

        assertThatThrownBy(() -> exports.run(REGION_ADMIN, "2099-01-01")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> exports.files(TEACHER)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> exports.run(TEACHER, DATE)).isInstanceOf(AccessDeniedException.class);
    }

    private long enrol(ClassesTestData school, String surname, long classId) {
        return students.enrol(REGION_ADMIN, school.school(), new NewStudent(new PersonCardInput(surname, "Имя",
                null, "2015-03-14", null), Sex.MALE, classId, day("2026-09-01"), "№ 1-у")).personId();
    }
}
