package org.zhurnal.staffimport.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.zhurnal.school.domain.Position;

class PositionNamesTest {

    @Test
    void russianNamesInAnyCaseSeparatedByCommas() {
        assertThat(PositionNames.parse("учитель, директор")).containsExactly(Position.DIRECTOR, Position.TEACHER);
        assertThat(PositionNames.parse("Заместитель директора; АДМИНИСТРАТОР ЖУРНАЛА, Секретарь."))
                .containsExactly(Position.DEPUTY_DIRECTOR, Position.JOURNAL_ADMIN, Position.SECRETARY);
        assertThat(PositionNames.parse("учитель,учитель")).containsExactly(Position.TEACHER);
    }

    @Test
    void specialisationsAndShortFormsAsStaffListsWriteThem() {
        assertThat(PositionNames.parse("учитель математики, учитель-логопед")).containsExactly(Position.TEACHER);
        assertThat(PositionNames.parse("заместитель директора по УВР")).containsExactly(Position.DEPUTY_DIRECTOR);
        assertThat(PositionNames.parse("зам. директора по ВР")).containsExactly(Position.DEPUTY_DIRECTOR);
        assertThat(PositionNames.parse("замдиректора")).containsExactly(Position.DEPUTY_DIRECTOR);
        assertThat(PositionNames.parse("администратор электронного журнала")).containsExactly(Position.JOURNAL_ADMIN);
        assertThat(PositionNames.parse("директор школы")).containsExactly(Position.DIRECTOR);
    }

    @Test
    void unknownNamesAreListedWithTheAllowedOnes() {
        assertThatThrownBy(() -> PositionNames.parse("учитель, завхоз"))
                .hasMessage("Неизвестная должность: «завхоз». Допустимы: учитель, директор, заместитель директора, "
                        + "администратор журнала, секретарь");
        assertThatThrownBy(() -> PositionNames.parse("завхоз, вахтёр"))
                .hasMessageStartingWith("Неизвестные должности: «завхоз», «вахтёр».");
        assertThatThrownBy(() -> PositionNames.parse("директорат")).hasMessageStartingWith("Неизвестная должность");
    }

    @Test
    void atLeastOnePositionIsNeeded() {
        assertThatThrownBy(() -> PositionNames.parse(" , ")).hasMessageStartingWith("Укажите хотя бы одну должность");
        assertThatThrownBy(() -> PositionNames.parse(null)).hasMessageStartingWith("Укажите хотя бы одну должность");
    }
}
