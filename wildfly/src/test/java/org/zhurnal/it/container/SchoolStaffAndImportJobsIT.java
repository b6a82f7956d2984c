package org.zhurnal.it.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;
import static org.zhurnal.it.support.ClassesTestData.day;
import static org.zhurnal.it.support.RegionTestData.REGION_ADMIN;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.zhurnal.calendar.application.SchoolCalendarService;
import org.zhurnal.classes.application.ClassItem;
import org.zhurnal.classes.application.NewClass;
import org.zhurnal.classes.application.NewStudent;
import org.zhurnal.classes.application.SchoolClassService;
import org.zhurnal.classes.application.StudentService;
import org.zhurnal.importjobs.application.ImportJob;
import org.zhurnal.it.support.ClassesTestData;
import org.zhurnal.it.support.Db;
import org.zhurnal.it.support.RealEar;
import org.zhurnal.it.support.RegionTestData;
import org.zhurnal.it.support.StaffLists;
import org.zhurnal.movements.application.MovementHistoryService;
import org.zhurnal.people.application.PersonCardInput;
import org.zhurnal.people.domain.Sex;
import org.zhurnal.school.application.SchoolService;
import org.zhurnal.school.application.StaffMember;
import org.zhurnal.school.application.StaffService;
import org.zhurnal.school.domain.Position;
import org.zhurnal.shared.error.AccessDeniedException;
import org.zhurnal.shared.error.InvalidRowsException;
import org.zhurnal.shared.error.InvalidRowsException.RowError;
import org.zhurnal.shared.error.NotFoundException;
import org.zhurnal.shared.security.Actor;
import org.zhurnal.staffimport.application.ImportCounts;
import org.zhurnal.staffimport.application.StaffImportService;
import org.zhurnal.staffimport.file.StaffFileFormat;
import org.zhurnal.studentimport.application.StudentImportCounts;
import org.zhurnal.studentimport.application.StudentImportService;

/**
 * Issue 3's "journal administrator: everything inside own school" for staff (adding and importing, people of
 * other schools linked by SNILS, not duplicated), class teachers reading their own class's movements, and the
 * imports run as jobs that only their starter can follow.
 */
@ExtendWith(ArquillianExtension.class)
class SchoolStaffAndImportJobsIT {

    private static final Duration JOB_TIME = Duration.ofSeconds(60);

    @Deployment
    static EnterpriseArchive ear() {
        return RealEar.withTests(SchoolStaffAndImportJobsIT.class, ClassesTestData.class, RegionTestData.class,
                Db.class, StaffLists.class);
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
    StaffService staff;

    @Inject
    StaffImportService staffImports;

    @Inject
    StudentImportService studentImports;

    @Inject
    MovementHistoryService movements;

    @Test
    void theJournalAdministratorAddsStaffOfOwnSchoolLinkingAPersonKnownAtAnotherSchool() {
        ClassesTestData a = ClassesTestData.create(schools, calendar);
        ClassesTestData b = ClassesTestData.create(schools, calendar);
        Actor adminA = a.journalAdmin(db);
        String snils = RegionTestData.snils();
        StaffMember atB = staff.add(REGION_ADMIN, b.school(), card("Лебедева", snils), Set.of(Position.DEPUTY_DIRECTOR));
        long persons = Db.count(db, "SELECT count(*) FROM person");

        StaffMember atA = staff.add(adminA, a.school(), card("Лебедева", snils), Set.of(Position.TEACHER));

        assertThat(atA.personId()).isEqualTo(atB.personId());
        assertThat(atA.positions()).as("only school A's positions are told").containsExactly(Position.TEACHER);
        assertThat(Db.count(db, "SELECT count(*) FROM person")).isEqualTo(persons);
        StaffMember newcomer = staff.add(adminA, a.school(), card("Новикова", RegionTestData.snils()),
                Set.of(Position.SECRETARY));
        assertThat(newcomer.positions()).containsExactly(Position.SECRETARY);
        assertThat(staff.search(adminA, a.school(), null, 0, 20).total()).isEqualTo(3);

        assertThatThrownBy(() -> staff.add(adminA, b.school(), card("Новикова", RegionTestData.snils()),
                Set.of(Position.TEACHER))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> staff.add(adminA, a.school(), card("Орлова", RegionTestData.snils()),
                Set.of(Position.JOURNAL_ADMIN))).as("journal administrators are appointed by the region")
                .isInstanceOf(AccessDeniedException.class);
        assertThat(Db.count(db, "SELECT count(*) FROM person")).isEqualTo(persons + 1);
    }

    @Test
    void theJournalAdministratorImportsStaffOfOwnSchoolAsAJobThatOnlyTheyCanFollow() {
        ClassesTestData a = ClassesTestData.create(schools, calendar);
        ClassesTestData b = ClassesTestData.create(schools, calendar);
        Actor adminA = a.journalAdmin(db);
        Actor adminB = b.journalAdmin(db);
        List<String> lines = StaffLists.people(4).stream().map(line -> line.replace("\"учитель, администратор журнала\"",
                "учитель")).toList();
        staffImports.importFile(REGION_ADMIN, b.school(), StaffFileFormat.CSV, StaffLists.csv(lines.subList(0, 1)));
        long persons = Db.count(db, "SELECT count(*) FROM person");

        ImportJob job = staffImports.start(adminA, a.school(), StaffFileFormat.CSV, StaffLists.csv(lines));
        ImportJob done = finished(() -> staffImports.job(adminA, a.school(), job.id().toString()));

        assertThat(done.state()).isEqualTo(ImportJob.State.DONE);
        assertThat(done.result()).contains(new ImportCounts(3, 1, 0));
        assertThat(done.processed()).isEqualTo(done.total()).isEqualTo(4);
        assertThat(Db.count(db, "SELECT count(*) FROM person")).as("the person of school B is linked").isEqualTo(persons + 3);
        assertThat(Db.count(db, "SELECT count(*) FROM staff_position WHERE school_id = ?", b.school())).isEqualTo(2);

        assertThatThrownBy(() -> staffImports.job(REGION_ADMIN, a.school(), job.id().toString()))
                .as("another account").isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> staffImports.job(adminB, a.school(), job.id().toString()))
                .as("another school's administrator").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> studentImports.job(adminA, a.school(), job.id().toString()))
                .as("another list").isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> staffImports.job(adminA, a.school(), "not-a-job")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> staffImports.start(adminA, b.school(), StaffFileFormat.CSV, StaffLists.csv(lines)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> staffImports.importFile(adminA, b.school(), StaffFileFormat.CSV, StaffLists.csv(lines)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aRefusedImportJobReportsEveryBadRowAndStoresNothing() {
        ClassesTestData a = ClassesTestData.create(schools, calendar);
        Actor adminA = a.journalAdmin(db);
        List<String> lines = new java.util.ArrayList<>(StaffLists.people(2).stream()
                .map(line -> line.replaceAll(";[^;]*$", ";учитель")).toList());
        lines.add("Орлова;Наталья;Ивановна;01.02.1990;" + RegionTestData.formatted(RegionTestData.snils())
                + ";администратор журнала");
        lines.add("Орлов;Пётр;;31.02.1990;123-456-789 00;учитель");
        long persons = Db.count(db, "SELECT count(*) FROM person");

        ImportJob job = staffImports.start(adminA, a.school(), StaffFileFormat.CSV, StaffLists.csv(lines));
        ImportJob failed = finished(() -> staffImports.job(adminA, a.school(), job.id().toString()));

        assertThat(failed.state()).isEqualTo(ImportJob.State.FAILED);
        assertThat(failed.refusal()).get().isInstanceOfSatisfying(InvalidRowsException.class, refused ->
                assertThat(refused.errors()).extracting(RowError::row, RowError::field).containsExactly(
                        tuple(4, "Должности"), tuple(5, "Дата рождения"), tuple(5, "СНИЛС")));
        assertThat(Db.count(db, "SELECT count(*) FROM person")).isEqualTo(persons);
        assertThat(Db.count(db, "SELECT count(*) FROM staff_position WHERE school_id = ? AND position <> "
                + "'JOURNAL_ADMIN'", a.school())).isZero();
    }

    @Test
    void aStudentsImportJobCountsItsRowsAndReportsWhatItDid() {
        ClassesTestData a = ClassesTestData.create(schools, calendar);
        Actor adminA = a.journalAdmin(db);
        classes.create(adminA, a.school(), new NewClass(a.year(), 5, "А", null));
        StringBuilder file = new StringBuilder("\uFEFFКласс;Фамилия;Имя;Отчество;Дата рождения (ДД.ММ.ГГГГ);Пол;СНИЛС;"
                + "Представитель 1: кем приходится;Представитель 1: фамилия;Представитель 1: имя;Представитель 1: СНИЛС\r\n");
        for (int i = 0; i < 30; i++) {
            file.append("5А;Петров;Иван;Сергеевич;01.02.2015;М;").append(RegionTestData.formatted(RegionTestData.snils()))
                    .append(";отец;Петров;Сергей;").append(RegionTestData.formatted(RegionTestData.snils())).append("\r\n");
        }
        byte[] content = file.toString().getBytes(StandardCharsets.UTF_8);

        ImportJob job = studentImports.start(adminA, a.school(), null, StaffFileFormat.CSV, content, false);
        ImportJob done = finished(() -> studentImports.job(adminA, a.school(), job.id().toString()));

        assertThat(done.state()).as("%s", done.refusal()).isEqualTo(ImportJob.State.DONE);
        assertThat(done.result()).contains(new StudentImportCounts(30, 30, 0, 30, 30));
        assertThat(done.processed()).isEqualTo(done.total()).isEqualTo(30);
        ImportJob again = studentImports.start(adminA, a.school(), null, StaffFileFormat.CSV, content, false);
        assertThat(finished(() -> studentImports.job(adminA, a.school(), again.id().toString())).result())
                .contains(new StudentImportCounts(0, 0, 30, 0, 0));
    }

    @Test
    void aClassTeacherReadsTheMovementsOfOwnClassOnly() {
        ClassesTestData a = ClassesTestData.create(schools, calendar);
        ClassesTestData b = ClassesTestData.create(schools, calendar);
        long teacher = a.teacher(db, "Учителева", "Анна", "Павловна");
        long teacherB = b.teacher(db, "Другова", "Вера", "Павловна");
        ClassItem fiveA = classes.create(REGION_ADMIN, a.school(), new NewClass(a.year(), 5, "А", teacher));
        ClassItem fiveB = classes.create(REGION_ADMIN, a.school(), new NewClass(a.year(), 5, "Б", null));
        ClassItem otherSchool = classes.create(REGION_ADMIN, b.school(), new NewClass(b.year(), 5, "А", teacherB));
        long own = enrol(a.school(), "Своев", fiveA);
        long neighbour = enrol(a.school(), "Соседов", fiveB);
        long elsewhere = enrol(b.school(), "Чужов", otherSchool);
        Actor classTeacher = RegionTestData.TEACHER.boundTo(teacher);

        assertThat(movements.history(classTeacher, own).events()).extracting(e -> e.kind(), e -> e.className())
                .containsExactly(tuple("ARRIVE", "5А"));
        assertThatThrownBy(() -> movements.history(classTeacher, neighbour)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> movements.history(classTeacher, elsewhere)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> movements.history(RegionTestData.TEACHER.boundTo(teacherB), own))
                .isInstanceOf(AccessDeniedException.class);
    }

    private long enrol(long school, String surname, ClassItem schoolClass) {
        return students.enrol(REGION_ADMIN, school, new NewStudent(new PersonCardInput(surname, "Артём", "Игоревич",
                "2015-03-14", null), Sex.MALE, schoolClass.id(), day("2026-09-01"), "№ 1-у")).personId();
    }

    private static ImportJob finished(java.util.function.Supplier<ImportJob> job) {
        return await().atMost(JOB_TIME).until(job::get, found -> found.state() == ImportJob.State.DONE
                || found.state() == ImportJob.State.FAILED);
    }

    private static PersonCardInput card(String surname, String snils) {
        return new PersonCardInput(surname, "Ольга", "Петровна", "1980-05-04", snils);
    }
}
