package org.zhurnal.shared.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zhurnal.shared.error.AccessDeniedException;

class SchoolAccessTest {

    private static final long SCHOOL_A = 1L;
    private static final long SCHOOL_B = 2L;
    private static final long ADMIN_OF_A = 10L;
    private static final PersonName NAME = new PersonName("Кузнецов", "Андрей", "Сергеевич");

    private final SchoolAccess access = new SchoolAccess();

    SchoolAccessTest() {
        access.staff = (person, school) -> person == ADMIN_OF_A && school == SCHOOL_A;
    }

    @Test
    void theRegionAdministratorAdministersEverySchool() {
        Actor regionAdmin = new Actor("iss", "r", NAME, Set.of(Role.REGION_ADMIN));
        assertThat(access.requireAdministration(regionAdmin, SCHOOL_A)).isSameAs(regionAdmin);
        assertThat(access.mayAdminister(regionAdmin, SCHOOL_B)).isTrue();
    }

    @Test
    void aBoundJournalAdministratorAdministersOnlyTheirSchool() {
        Actor journalAdmin = new Actor("iss", "j", NAME, Set.of(Role.JOURNAL_ADMIN)).boundTo(ADMIN_OF_A);
        assertThat(access.requireAdministration(journalAdmin, SCHOOL_A)).isSameAs(journalAdmin);
        assertThatThrownBy(() -> access.requireAdministration(journalAdmin, SCHOOL_B))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void withoutABindingOrAnActorNothingIsAllowed() {
        Actor unbound = new Actor("iss", "j", NAME, Set.of(Role.JOURNAL_ADMIN));
        assertThat(unbound.boundPerson()).isEmpty();
        assertThat(access.mayAdminister(unbound, SCHOOL_A)).isFalse();
        assertThat(access.mayAdminister(null, SCHOOL_A)).isFalse();
        Actor otherPerson = unbound.boundTo(11L);
        assertThat(access.mayAdminister(otherPerson, SCHOOL_A)).isFalse();
        assertThatThrownBy(() -> access.requireAdministration(null, SCHOOL_A)).isInstanceOf(AccessDeniedException.class);
    }
}
