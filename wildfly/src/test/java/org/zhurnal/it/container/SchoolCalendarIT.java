package org.zhurnal.it.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhurnal.it.support.RegionTestData.JOURNAL_ADMIN;
import static org.zhurnal.it.support.RegionTestData.REGION_ADMIN;
import static org.zhurnal.it.support.RegionTestData.TEACHER;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.zhurnal.calendar.application.AcademicYearView;
import org.zhurnal.calendar.application.NewAcademicYear;
import org.zhurnal.calendar.application.NewAcademicYear.Dates;
import org.zhurnal.calendar.application.NewAcademicYear.DayOff;
import org.zhurnal.calendar.application.SchoolCalendarService;
import org.zhurnal.calendar.domain.BellSlot;
import org.zhurnal.calendar.domain.PeriodSystem;
import org.zhurnal.calendar.domain.WorkingWeek;
import org.zhurnal.it.support.Db;
import org.zhurnal.it.support.RealEar;
import org.zhurnal.it.support.RegionTestData;
import org.zhurnal.school.application.NewSchool;
import org.zhurnal.school.application.SchoolService;
import org.zhurnal.shared.error.AccessDeniedException;
import org.zhurnal.shared.error.ConflictException;
import org.zhurnal.shared.error.InvalidInputException;
import org.zhurnal.shared.error.NotFoundException;

/** A school's calendar through the real service, EAR and PostgreSQL: stored whole or not at all. */
@ExtendWith(ArquillianExtension.class)
class SchoolCalendarIT {

    @Deployment
    static EnterpriseArchive ear() {
        return RealEar.withTests(SchoolCalendarIT.class, RegionTestData.class, Db.class);
    }

    @Resource(lookup = "java:jboss/datasources/ZhurnalDS")
    DataSource db;

    @Inject
    SchoolService schools;

    @Inject
    SchoolCalendarService calendar;

    @Test
    void regionAdministratorOpensAYearWithHalfYearsAndDaysOff() {
        long school = newSchool();
        AcademicYearView year = calendar.openYear(REGION_ADMIN, school, halfYears("2026-09-01", "2027-05-31"));

        assertThat(year.label()).isEqualTo("2026/2027");
        assertThat(year.periods()).extracting(AcademicYearView.Period::number).containsExactly(1, 2);
        assertThat(calendar.year(REGION_ADMIN, school, year.id()).daysOff())
                .extracting(AcademicYearView.DayOff::day).containsExactly(LocalDate.parse("2026-11-04"));
        assertThat(calendar.years(REGION_ADMIN, school)).extracting(AcademicYearView::id).containsExactly(year.id());
    }

    @Test
    void overlappingYearIsAConflictAndABrokenCalendarWritesNothing() {
        long school = newSchool();
        calendar.openYear(REGION_ADMIN, school, halfYears("2026-09-01", "2027-05-31"));

        assertThatThrownBy(() -> calendar.openYear(REGION_ADMIN, school, halfYears("2027-05-01", "2028-04-30")))
                .isInstanceOf(ConflictException.class);
        NewAcademicYear wrongCount = new NewAcademicYear(LocalDate.parse("2027-09-01"), LocalDate.parse("2028-05-31"),
                PeriodSystem.QUARTERS, WorkingWeek.FIVE_DAYS, List.of(dates("2027-09-01", "2027-12-31")), List.of());
        assertThatThrownBy(() -> calendar.openYear(REGION_ADMIN, school, wrongCount))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("4 четверти");
        assertThat(Db.count(db, "SELECT count(*) FROM academic_year WHERE school_id = ?", school)).isEqualTo(1);
        assertThat(Db.count(db, "SELECT count(*) FROM reporting_period p JOIN academic_year y "
                + "ON y.id = p.academic_year_id WHERE y.school_id = ?", school)).isEqualTo(2);
    }

    @Test
    void bellSchedulesAreKeptInLessonOrderAndNamesAreUnique() {
        long school = newSchool();
        List<BellSlot> slots = List.of(slot(1, "08:30", "09:15"), slot(2, "09:25", "10:10"));
        calendar.defineBells(REGION_ADMIN, school, "Основное", slots);

        assertThat(calendar.bellSchedules(REGION_ADMIN, school)).singleElement()
                .satisfies(schedule -> assertThat(schedule.slots()).hasSize(2));
        assertThatThrownBy(() -> calendar.defineBells(REGION_ADMIN, school, "Основное", slots))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void othersAreRefusedAndUnknownSchoolsAreNotFound() {
        long school = newSchool();
        assertThatThrownBy(() -> calendar.years(TEACHER, school)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> calendar.openYear(JOURNAL_ADMIN, school, halfYears("2026-09-01", "2027-05-31")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(Db.count(db, "SELECT count(*) FROM academic_year WHERE school_id = ?", school)).isZero();
        assertThatThrownBy(() -> calendar.years(REGION_ADMIN, Long.MAX_VALUE)).isInstanceOf(NotFoundException.class);
    }

    private long newSchool() {
        String tag = RegionTestData.tag();
        return schools.create(REGION_ADMIN, new NewSchool("Средняя школа календаря " + tag, "СШ " + tag,
                RegionTestData.inn(), null, "г. Красноярск", null)).id();
    }

    private static NewAcademicYear halfYears(String from, String to) {
        LocalDate start = LocalDate.parse(from);
        LocalDate end = LocalDate.parse(to);
        return new NewAcademicYear(start, end, PeriodSystem.HALF_YEARS, WorkingWeek.FIVE_DAYS,
                List.of(new Dates(start, start.plusMonths(4).minusDays(1)), new Dates(start.plusMonths(4).plusDays(10), end)),
                List.of(new DayOff(LocalDate.parse("2026-11-04"), "День народного единства")).stream()
                        .filter(d -> !d.day().isBefore(start) && !d.day().isAfter(end)).toList());
    }

    private static Dates dates(String from, String to) {
        return new Dates(LocalDate.parse(from), LocalDate.parse(to));
    }

    private static BellSlot slot(int number, String from, String to) {
        return new BellSlot((short) number, LocalTime.parse(from), LocalTime.parse(to));
    }
}
