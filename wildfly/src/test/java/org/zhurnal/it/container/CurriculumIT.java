package org.zhurnal.it.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.zhurnal.it.support.RegionTestData.JOURNAL_ADMIN;
import static org.zhurnal.it.support.RegionTestData.REGION_ADMIN;
import static org.zhurnal.it.support.RegionTestData.TEACHER;
import static org.zhurnal.it.support.RegionTestData.hasField;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.zhurnal.calendar.application.NewAcademicYear;
import org.zhurnal.calendar.application.SchoolCalendarService;
import org.zhurnal.calendar.domain.PeriodSystem;
import org.zhurnal.calendar.domain.WorkingWeek;
import org.zhurnal.curriculum.application.CurriculumLine;
import org.zhurnal.curriculum.application.CurriculumService;
import org.zhurnal.curriculum.application.NewSubject;
import org.zhurnal.curriculum.application.SubjectItem;
import org.zhurnal.curriculum.application.SubjectService;
import org.zhurnal.curriculum.domain.CurriculumPlan.Line;
import org.zhurnal.it.support.Db;
import org.zhurnal.it.support.RealEar;
import org.zhurnal.it.support.RegionTestData;
import org.zhurnal.school.application.NewSchool;
import org.zhurnal.school.application.SchoolService;
import org.zhurnal.shared.error.AccessDeniedException;
import org.zhurnal.shared.error.ConflictException;
import org.zhurnal.shared.error.InvalidInputException;
import org.zhurnal.shared.error.NotFoundException;

/** Subjects and curricula through the real services, EAR and PostgreSQL. */
@ExtendWith(ArquillianExtension.class)
class CurriculumIT {

    @Deployment
    static EnterpriseArchive ear() {
        return RealEar.withTests(CurriculumIT.class, RegionTestData.class, Db.class);
    }

    @Resource(lookup = "java:jboss/datasources/ZhurnalDS")
    DataSource db;

    @Inject
    SchoolService schools;

    @Inject
    SchoolCalendarService calendar;

    @Inject
    SubjectService subjects;

    @Inject
    CurriculumService curricula;

    @Test
    void theCatalogueAndASchoolsOwnSubjectsAreListedByNameAndNamesAreUniqueRegardlessOfCaseAndYo() {
        long school = school();
        String tag = RegionTestData.tag();
        SubjectItem catalogue = subjects.create(REGION_ADMIN, new NewSubject("Астрономия " + tag, "Астр.", null));
        SubjectItem own = subjects.create(REGION_ADMIN, new NewSubject("Ёмкие задачи " + tag, "Задачи", school));

        assertThat(subjects.list(REGION_ADMIN, school)).contains(catalogue, own);
        assertThat(subjects.list(REGION_ADMIN, null)).contains(catalogue).doesNotContain(own);
        assertThat(subjects.list(REGION_ADMIN, school())).contains(catalogue).doesNotContain(own);
        assertThatThrownBy(() -> subjects.create(REGION_ADMIN, new NewSubject("АСТРОНОМИЯ " + tag, "А", null)))
                .isInstanceOf(ConflictException.class).satisfies(e -> hasField(e, "name"));
        assertThatThrownBy(() -> subjects.create(REGION_ADMIN, new NewSubject("емкие задачи " + tag, "З", school)))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> subjects.create(REGION_ADMIN, new NewSubject("астрономия " + tag, "А", school)))
                .isInstanceOf(ConflictException.class).hasMessage("Такой предмет уже есть в региональном каталоге");
        assertThat(Db.column(db, "SELECT action FROM audit_event WHERE object_type = 'SUBJECT' AND object_id = ?",
                own.id().toString())).containsExactly("subject.created");
    }

    @Test
    void aPlanIsStoredWithDerivedHoursAWeekAndReplacedAsAWhole() {
        long school = school();
        long year = year(school);
        long maths = subject(school);
        long reading = subject(school);
        curricula.replace(REGION_ADMIN, school, year, List.of(new Line(1, reading, 132), new Line(5, maths, 170)));

        List<CurriculumLine> lines = curricula.get(REGION_ADMIN, school, year).items();
        assertThat(lines).extracting(CurriculumLine::grade, CurriculumLine::hoursPerWeek)
                .containsExactly(tuple(1, new BigDecimal("4.0")),
                        tuple(5, new BigDecimal("5.0")));

        curricula.replace(REGION_ADMIN, school, year, List.of(new Line(6, maths, 136)));
        assertThat(curricula.get(REGION_ADMIN, school, year).items())
                .extracting(CurriculumLine::grade, CurriculumLine::subjectId, CurriculumLine::hoursPerYear)
                .containsExactly(tuple(6, maths, 136));
    }

    @Test
    void aRefusedPlanLeavesThePreviousOneUntouched() {
        long school = school();
        long year = year(school);
        long maths = subject(school);
        curricula.replace(REGION_ADMIN, school, year, List.of(new Line(5, maths, 170), new Line(6, maths, 170)));
        long audited = Db.count(db, "SELECT count(*) FROM audit_event WHERE object_type = 'ACADEMIC_YEAR' AND object_id = ?",
                String.valueOf(year));

        assertThatThrownBy(() -> curricula.replace(REGION_ADMIN, school, year,
                List.of(new Line(7, maths, 136), new Line(7, maths, 102))))
                .isInstanceOf(InvalidInputException.class).satisfies(e -> hasField(e, "items"))
                .hasMessageContaining("Строка 2");
        long otherSchoolsSubject = subject(school());
        assertThatThrownBy(() -> curricula.replace(REGION_ADMIN, school, year, List.of(new Line(7, otherSchoolsSubject, 34))))
                .isInstanceOf(InvalidInputException.class).hasMessage("Строка 1: предмет не найден");

        assertThat(Db.column(db, "SELECT grade || ':' || hours_per_year FROM curriculum_item WHERE academic_year_id = ? "
                + "ORDER BY grade", year)).containsExactly("5:170", "6:170");
        assertThat(Db.count(db, "SELECT count(*) FROM audit_event WHERE object_type = 'ACADEMIC_YEAR' AND object_id = ?",
                String.valueOf(year))).isEqualTo(audited);
    }

    @Test
    void theYearMustBeTheSchoolsOwn() {
        long school = school();
        long elsewhere = year(school());
        assertThatThrownBy(() -> curricula.replace(REGION_ADMIN, school, elsewhere, List.of()))
                .isInstanceOf(InvalidInputException.class).satisfies(e -> hasField(e, "yearId"));
        assertThatThrownBy(() -> curricula.get(REGION_ADMIN, school, elsewhere)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> curricula.get(REGION_ADMIN, school, null)).satisfies(e -> hasField(e, "yearId"));
    }

    @Test
    void onlyTheRegionAdministratorKeepsTheCatalogueAndSetsUpSchoolsForNow() {
        long school = school();
        long year = year(school);
        long subjectsBefore = Db.count(db, "SELECT count(*) FROM subject");
        for (var actor : List.of(TEACHER, JOURNAL_ADMIN)) {
            assertThatThrownBy(() -> subjects.create(actor, new NewSubject("Черчение", "Черч.", null)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> subjects.create(actor, new NewSubject("Черчение", "Черч.", school)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> subjects.list(actor, null)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> curricula.replace(actor, school, year, List.of()))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> curricula.get(actor, school, year)).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(Db.count(db, "SELECT count(*) FROM subject")).isEqualTo(subjectsBefore);
    }

    private long subject(long school) {
        return subjects.create(REGION_ADMIN, new NewSubject("Предмет " + RegionTestData.tag(), "Пр.", school)).id();
    }

    private long year(long school) {
        return calendar.openYear(REGION_ADMIN, school, new NewAcademicYear(LocalDate.parse("2026-09-01"),
                LocalDate.parse("2027-05-31"), PeriodSystem.HALF_YEARS, WorkingWeek.FIVE_DAYS,
                List.of(new NewAcademicYear.Dates(LocalDate.parse("2026-09-01"), LocalDate.parse("2026-12-28")),
                        new NewAcademicYear.Dates(LocalDate.parse("2027-01-09"), LocalDate.parse("2027-05-31"))),
                List.of())).id();
    }

    private long school() {
        return schools.create(REGION_ADMIN, new NewSchool("Школа для учебного плана " + RegionTestData.tag(), "Школа",
                RegionTestData.inn(), null, null, null)).id();
    }
}
