package org.zhurnal.school.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhurnal.shared.error.BusinessException;
import org.zhurnal.shared.error.ConflictException;
import org.zhurnal.shared.error.InvalidInputException;
import org.zhurnal.shared.error.NotFoundException;

class SchoolTest {

    private static final LocalDate SEPT_1 = LocalDate.of(2026, 9, 1);
    private final Region region = new Region("24", "Красноярский край", ZoneId.of("Asia/Krasnoyarsk"));

    @Test
    void aNewSchoolHasCleanedTextsAndNoOptionalParts() {
        School school = new School(region, null, "  Средняя   школа № 1 ", "СШ № 1", "7707083893", " ", "");
        assertThat(school.fullName()).isEqualTo("Средняя школа № 1");
        assertThat(school.ogrn()).isEmpty();
        assertThat(school.address()).isEmpty();
        assertThat(school.municipality()).isEmpty();
    }

    @Test
    void inputsAreCheckedInTheOrderOfTheForm() {
        assertThatThrownBy(() -> new School(region, null, " ", "", "1", "1", null)).satisfies(e -> field(e, "fullName"));
        assertThatThrownBy(() -> new School(region, null, "Школа", "", "1", "1", null)).satisfies(e -> field(e, "shortName"));
        assertThatThrownBy(() -> new School(region, null, "Школа", "Ш", "1", "1", null)).satisfies(e -> field(e, "inn"));
        assertThatThrownBy(() -> new School(region, null, "Школа", "Ш", "7707083893", "1", null))
                .satisfies(e -> field(e, "ogrn"));
        assertThatThrownBy(() -> new School(region, null, "Ш".repeat(501), "Ш", "7707083893", null, null))
                .hasMessage("Полное наименование — не длиннее 500 символов");
    }

    @Test
    void theMunicipalityMustBeOfTheSchoolsRegion() {
        Region other = new Region("54", "Новосибирская область", ZoneId.of("Asia/Novosibirsk"));
        Municipality elsewhere = new Municipality(other, "г. Новосибирск");
        assertThatThrownBy(() -> new School(region, elsewhere, "Школа", "Ш", "7707083893", null, null))
                .isInstanceOf(InvalidInputException.class).satisfies(e -> field(e, "municipalityId"));
        assertThat(new School(region, new Municipality(region, "г. Ачинск"), "Школа", "Ш", "7707083893", null, null)
                .municipality()).isPresent();
    }

    @Test
    void appointingOpensACurrentPositionFromThatDay() {
        School school = school();
        StaffPosition position = school.appoint(7L, Position.JOURNAL_ADMIN, SEPT_1);
        assertThat(position.isCurrent()).isTrue();
        assertThat(position.validFrom()).isEqualTo(SEPT_1);
        assertThat(school.currentHolders(Position.JOURNAL_ADMIN)).containsExactly(7L);
    }

    @Test
    void aPersonHoldsAPositionOnlyOnceAtATimeButMayHoldOthers() {
        School school = school();
        school.appoint(7L, Position.JOURNAL_ADMIN, SEPT_1);
        assertThatThrownBy(() -> school.appoint(7L, Position.JOURNAL_ADMIN, SEPT_1.plusDays(3)))
                .isInstanceOf(ConflictException.class)
                .hasMessage("Этот человек уже администратор журнала этой школы");
        school.appoint(7L, Position.TEACHER, SEPT_1);
        school.appoint(8L, Position.JOURNAL_ADMIN, SEPT_1);
        assertThat(school.currentHolders(Position.JOURNAL_ADMIN)).containsExactly(7L, 8L);
    }

    @Test
    void endingKeepsThePositionAsHistoryAndAllowsAReappointment() {
        School school = school();
        school.appoint(7L, Position.JOURNAL_ADMIN, SEPT_1);
        StaffPosition ended = school.endAppointment(7L, Position.JOURNAL_ADMIN, SEPT_1.plusMonths(2));
        assertThat(ended.isCurrent()).isFalse();
        assertThat(ended.validTo()).isEqualTo(SEPT_1.plusMonths(2));
        assertThat(school.currentHolders(Position.JOURNAL_ADMIN)).isEmpty();
        assertThat(school.positions()).hasSize(1);

        school.appoint(7L, Position.JOURNAL_ADMIN, SEPT_1.plusMonths(3));
        assertThat(school.positions()).hasSize(2);
        assertThat(school.currentHolders(Position.JOURNAL_ADMIN)).containsExactly(7L);
    }

    @Test
    void endingSomethingNotHeldIsNotFound() {
        School school = school();
        school.appoint(7L, Position.TEACHER, SEPT_1);
        assertThatThrownBy(() -> school.endAppointment(7L, Position.JOURNAL_ADMIN, SEPT_1))
                .isInstanceOf(NotFoundException.class).hasMessage("Администратор журнала не найден");
    }

    @Test
    void aPositionEndedOnItsFirstDayIsEmptyNotNegative() {
        School school = school();
        school.appoint(7L, Position.JOURNAL_ADMIN, SEPT_1);
        assertThat(school.endAppointment(7L, Position.JOURNAL_ADMIN, SEPT_1.minusDays(1)).validTo()).isEqualTo(SEPT_1);
    }

    @Test
    void appointingSeveralPositionsOpensOnlyThoseNotHeld() {
        School school = school();
        school.appoint(7L, Position.TEACHER, SEPT_1);
        List<StaffPosition> opened = school.appointAll(7L, EnumSet.of(Position.TEACHER, Position.DIRECTOR), SEPT_1);
        assertThat(opened).extracting(StaffPosition::position).containsExactly(Position.DIRECTOR);
        assertThat(school.currentPositions(7L)).containsExactly(Position.DIRECTOR, Position.TEACHER);
        assertThat(school.currentPositions(8L)).isEmpty();
    }

    @Test
    void appointingWhatIsAllHeldIsAConflictButMissingNoneIsFine() {
        School school = school();
        school.appointAll(7L, EnumSet.of(Position.TEACHER, Position.SECRETARY), SEPT_1);
        assertThatThrownBy(() -> school.appointAll(7L, EnumSet.of(Position.TEACHER, Position.SECRETARY), SEPT_1))
                .isInstanceOf(ConflictException.class).hasMessage("Этот человек уже занимает эти должности в этой школе");
        assertThatThrownBy(() -> school.appointAll(7L, EnumSet.noneOf(Position.class), SEPT_1))
                .isInstanceOf(InvalidInputException.class).satisfies(e -> field(e, "positions"));
        assertThat(school.appointMissing(7L, EnumSet.of(Position.TEACHER), SEPT_1)).isEmpty();
        assertThat(school.positions()).hasSize(2);
    }

    private School school() {
        return new School(region, null, "Средняя школа № 1", "СШ № 1", "7707083893", null, null);
    }

    private static void field(Throwable e, String expected) {
        assertThat(((BusinessException) e).field()).contains(expected);
    }
}
