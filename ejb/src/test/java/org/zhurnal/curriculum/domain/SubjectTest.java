package org.zhurnal.curriculum.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.zhurnal.shared.error.BusinessException;

class SubjectTest {

    @Test
    void namesAreCleanedAndRequired() {
        Subject subject = Subject.ofRegion(1L, "  Русский   язык ", " Рус. яз. ");
        assertThat(subject.name()).isEqualTo("Русский язык");
        assertThat(subject.shortName()).isEqualTo("Рус. яз.");
        assertThat(subject.schoolId()).isEmpty();
        assertThatThrownBy(() -> Subject.ofRegion(1L, " ", "Р")).hasMessage("Укажите название предмета")
                .satisfies(e -> field(e, "name"));
        assertThatThrownBy(() -> Subject.ofRegion(1L, "Русский язык", null)).satisfies(e -> field(e, "shortName"));
        assertThatThrownBy(() -> Subject.ofRegion(1L, "Русский язык", "Р".repeat(31)))
                .hasMessage("Краткое название — не длиннее 30 символов");
    }

    @Test
    void aCatalogueSubjectIsUsableEverywhereAndASchoolsOwnOnlyThere() {
        assertThat(Subject.ofRegion(1L, "Физика", "Физика").isUsableAt(7L)).isTrue();
        Subject own = Subject.ofSchool(1L, 7L, "Робототехника", "Робот.");
        assertThat(own.schoolId()).contains(7L);
        assertThat(own.isUsableAt(7L)).isTrue();
        assertThat(own.isUsableAt(8L)).isFalse();
    }

    private static void field(Throwable e, String expected) {
        assertThat(((BusinessException) e).field()).contains(expected);
    }
}
