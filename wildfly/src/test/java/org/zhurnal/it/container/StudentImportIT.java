package org.zhurnal.it.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.zhurnal.it.support.RegionTestData.TEACHER;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.zhurnal.audit.application.AuditLog;
import org.zhurnal.calendar.application.SchoolCalendarService;
import org.zhurnal.classes.application.ClassItem;
import org.zhurnal.classes.application.NewClass;
import org.zhurnal.classes.application.SchoolClassService;
import org.zhurnal.it.support.ClassesTestData;
import org.zhurnal.it.support.Db;
import org.zhurnal.it.support.RealEar;
import org.zhurnal.it.support.RegionTestData;
import org.zhurnal.school.application.SchoolService;
import org.zhurnal.shared.error.AccessDeniedException;
import org.zhurnal.shared.error.InvalidRowsException;
import org.zhurnal.shared.error.InvalidRowsException.RowError;
import org.zhurnal.shared.security.Actor;
import org.zhurnal.staffimport.file.StaffFileFormat;
import org.zhurnal.studentimport.application.StudentImportCounts;
import org.zhurnal.studentimport.application.StudentImportPreview;
import org.zhurnal.studentimport.application.StudentImportService;

/**
 * Importing a school's students with their parents through the real service and PostgreSQL, as the school's
 * journal administrator: enrolled into their classes, guardianships made, idempotent, all or nothing.
 */
@ExtendWith(ArquillianExtension.class)
class StudentImportIT {

    private static final String HEADER = "Класс;Фамилия;Имя;Отчество;Дата рождения (ДД.ММ.ГГГГ);Пол;СНИЛС;"
            + "Представитель 1: кем приходится;Представитель 1: фамилия;Представитель 1: имя;Представитель 1: отчество;"
            + "Представитель 1: СНИЛС;Представитель 1: телефон;Представитель 1: эл. почта";

    @Deployment
    static EnterpriseArchive ear() {
        return RealEar.withTests(StudentImportIT.class, ClassesTestData.class, RegionTestData.class, Db.class);
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
    StudentImportService imports;

    @Inject
    AuditLog audit;

    private record School(ClassesTestData data, Actor admin, ClassItem fiveA) {
    }

    private School school() {
        ClassesTestData data = ClassesTestData.create(schools, calendar);
        Actor admin = data.journalAdmin(db);
        ClassItem fiveA = classes.create(admin, data.school(), new NewClass(data.year(), 5, "А", null));
        classes.create(admin, data.school(), new NewClass(data.year(), 5, "Б", null));
        return new School(data, admin, fiveA);
    }

    private static byte[] csv(List<String> lines) {
        StringBuilder text = new StringBuilder("\uFEFF").append(HEADER).append("\r\n");
        lines.forEach(line -> text.append(line).append("\r\n"));
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Two siblings in 5А with the same father, and a third child of 5Б without representatives. */
    private static List<String> family(String father, String anna, String ivan, String olga) {
        String dad = "отец;Петров;Сергей;Николаевич;" + RegionTestData.formatted(father) + ";8 913 123-45-67;";
        return new ArrayList<>(List.of(
                "5а;Петрова;Анна;Сергеевна;12.04.2015;Ж;" + RegionTestData.formatted(anna) + ";" + dad,
                "5 А;Петров;Иван;Сергеевич;01.02.2015;М;" + ivan + ";" + dad,
                "5Б;Орлова;Ольга;;03.03.2015;;" + olga + ";;;;;;;"));
    }

    @Test
    void theJournalAdministratorImportsStudentsWithParentsAndTheSameFileAgainChangesNothing() {
        School s = school();
        List<String> lines = family(RegionTestData.snils(), RegionTestData.snils(), RegionTestData.snils(),
                RegionTestData.snils());
        long idBefore = Db.count(db, "SELECT COALESCE(max(id), 0) FROM audit_event");

        StudentImportPreview preview = imports.preview(s.admin(), s.data().school(), null, StaffFileFormat.CSV, csv(lines));
        assertThat(preview.errors()).isEmpty();
        assertThat(preview.counts()).isEqualTo(new StudentImportCounts(3, 3, 0, 1, 2));
        assertThat(Db.count(db, "SELECT count(*) FROM student WHERE school_id = ?", s.data().school())).isZero();

        assertThat(imports.importFile(s.admin(), s.data().school(), null, StaffFileFormat.CSV, csv(lines), false))
                .isEqualTo(new StudentImportCounts(3, 3, 0, 1, 2));
        assertThat(classes.roster(s.admin(), s.fiveA().id(), null).students())
                .extracting(student -> student.displayName())
                .containsExactly("Петров Иван Сергеевич", "Петрова Анна Сергеевна");
        assertThat(Db.column(db, "SELECT DISTINCT concat_ws('|', g.kind, p.sex, c.phone) FROM guardianship g "
                + "JOIN person p ON p.id = g.guardian_person_id JOIN person_contact c ON c.person_id = p.id "
                + "JOIN student st ON st.person_id = g.child_person_id WHERE st.school_id = ?", s.data().school()))
                .containsExactly("FATHER|MALE|+79131234567");
        long people = Db.count(db, "SELECT count(*) FROM person");

        assertThat(imports.importFile(s.admin(), s.data().school(), null, StaffFileFormat.CSV, csv(lines), false))
                .isEqualTo(new StudentImportCounts(0, 0, 3, 0, 0));
        assertThat(Db.count(db, "SELECT count(*) FROM person")).isEqualTo(people);
        assertThat(Db.count(db, "SELECT count(*) FROM guardianship g JOIN student st ON st.person_id = "
                + "g.child_person_id WHERE st.school_id = ?", s.data().school())).isEqualTo(2);
        assertThat(Db.column(db, "SELECT DISTINCT action FROM audit_event WHERE id > ?", idBefore))
                .contains("students.imported", "student.enrolled", "guardianship.added", "person.card-created");
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void aBadRowRefusesTheWholeFileUnlessOnlyTheValidRowsAreAskedFor() {
        School s = school();
        List<String> lines = family(RegionTestData.snils(), RegionTestData.snils(), RegionTestData.snils(),
                RegionTestData.snils());
        lines.add("9В;Лебедева;;;31.02.2015;Ж;123-456-789 00;дядя;;;;;;");
        long people = Db.count(db, "SELECT count(*) FROM person");

        StudentImportPreview preview = imports.preview(s.admin(), s.data().school(), null, StaffFileFormat.CSV, csv(lines));
        assertThat(preview.rows()).isEqualTo(4);
        assertThat(preview.validRows()).isEqualTo(3);
        assertThat(preview.errors()).extracting(RowError::row, RowError::field).containsExactly(
                tuple(5, "Имя"), tuple(5, "Дата рождения"), tuple(5, "СНИЛС"),
                tuple(5, "Представитель 1: кем приходится"), tuple(5, "Представитель 1: фамилия"),
                tuple(5, "Представитель 1: имя"), tuple(5, "Представитель 1: СНИЛС"));

        assertThatThrownBy(() -> imports.importFile(s.admin(), s.data().school(), null, StaffFileFormat.CSV,
                csv(lines), false)).isInstanceOf(InvalidRowsException.class);
        assertThat(Db.count(db, "SELECT count(*) FROM person")).isEqualTo(people);
        assertThat(Db.count(db, "SELECT count(*) FROM student WHERE school_id = ?", s.data().school())).isZero();

        assertThat(imports.importFile(s.admin(), s.data().school(), null, StaffFileFormat.CSV, csv(lines), true))
                .isEqualTo(new StudentImportCounts(3, 3, 0, 1, 2));
        assertThat(Db.count(db, "SELECT count(*) FROM student WHERE school_id = ?", s.data().school())).isEqualTo(3);
    }

    @Test
    void aStudentOfAnotherClassOrACardOfSomebodyElseIsARowProblem() {
        School s = school();
        String anna = RegionTestData.snils();
        List<String> lines = family(RegionTestData.snils(), anna, RegionTestData.snils(), RegionTestData.snils());
        imports.importFile(s.admin(), s.data().school(), null, StaffFileFormat.CSV, csv(lines), false);
        List<String> moved = new ArrayList<>(lines);
        moved.set(0, lines.get(0).replace("5а;", "5Б;"));
        moved.set(1, lines.get(1).replace("Иван;", "Пётр;"));

        assertThat(imports.preview(s.admin(), s.data().school(), null, StaffFileFormat.CSV, csv(moved)).errors())
                .extracting(RowError::row, RowError::field)
                .containsExactly(tuple(2, "Класс"), tuple(3, "СНИЛС"));
    }

    @Test
    void nobodyButTheSchoolsAdministratorsImports() {
        School s = school();
        byte[] file = csv(family(RegionTestData.snils(), RegionTestData.snils(), RegionTestData.snils(),
                RegionTestData.snils()));
        assertThatThrownBy(() -> imports.importFile(TEACHER, s.data().school(), null, StaffFileFormat.CSV, file, false))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> imports.preview(TEACHER, s.data().school(), null, StaffFileFormat.CSV, file))
                .isInstanceOf(AccessDeniedException.class);
        School other = school();
        assertThatThrownBy(() -> imports.importFile(other.admin(), s.data().school(), null, StaffFileFormat.CSV, file,
                false)).isInstanceOf(AccessDeniedException.class);
        assertThat(Db.count(db, "SELECT count(*) FROM student WHERE school_id = ?", s.data().school())).isZero();
    }
}
