package org.zhurnal.guardians.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zhurnal.shared.error.AccessDeniedException;
import org.zhurnal.shared.security.Actor;
import org.zhurnal.shared.security.PersonName;
import org.zhurnal.shared.security.Role;
import org.zhurnal.shared.security.SchoolAccess;

class PersonalDataAccessTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-11-22");
    private static final long SCHOOL = 1L;
    private static final long PUPIL = 10L;
    private static final long SIBLING = 11L;
    private static final long PARENT = 20L;
    private static final long CLASS_TEACHER = 30L;
    private static final long JOURNAL_ADMIN = 40L;

    private final PersonalDataAccess access = access(List.of(
            new PupilPlace(PUPIL, SCHOOL, 100L, CLASS_TEACHER),
            new PupilPlace(SIBLING, SCHOOL, 101L, 31L)));

    private static PersonalDataAccess access(List<PupilPlace> known) {
        PersonalDataAccess access = new PersonalDataAccess();
        // The parent's places are the children's; a pupil's are their own.
        access.places = (person, day) -> person == PARENT ? known
                : known.stream().filter(place -> place.pupilPersonId() == person).toList();
        access.schoolAccess = new SchoolAccess() {
            @Override
            public boolean mayAdminister(Actor actor, Long school) {
                return actor != null && (actor.has(Role.REGION_ADMIN)
                        || Long.valueOf(JOURNAL_ADMIN).equals(actor.personId()) && school == SCHOOL);
            }
        };
        return access;
    }

    private static Actor actor(Long person, Role... roles) {
        return new Actor("iss", "sub", new PersonName("А", "Б", null), Set.of(roles), person);
    }

    @Test
    void theClassTeacherKeepsTheirClassesPupilsAndTheirParents() {
        assertThat(access.requireStudent(actor(CLASS_TEACHER, Role.TEACHER), PUPIL, TODAY))
                .extracting(PupilPlace::pupilPersonId).containsExactly(PUPIL);
        assertThat(access.requirePerson(actor(CLASS_TEACHER, Role.TEACHER), PARENT, TODAY))
                .extracting(PupilPlace::pupilPersonId).containsExactly(PUPIL);
        assertThatThrownBy(() -> access.requireStudent(actor(CLASS_TEACHER, Role.TEACHER), SIBLING, TODAY))
                .as("another class").isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theSchoolsAdministratorsKeepAllItsPupilsButNotAsStudentsThoseWhoAreNot() {
        assertThat(access.requireStudent(actor(JOURNAL_ADMIN), SIBLING, TODAY)).hasSize(1);
        assertThat(access.requireStudent(actor(null, Role.REGION_ADMIN), PUPIL, TODAY)).hasSize(1);
        assertThatThrownBy(() -> access.requireStudent(actor(JOURNAL_ADMIN), PARENT, TODAY))
                .as("a parent is no student").isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void everybodyElseIsRefused() {
        for (Actor refused : new Actor[] {null, actor(null, Role.JOURNAL_ADMIN, Role.CLASS_TEACHER), actor(PARENT, Role.PARENT),
                actor(PUPIL, Role.STUDENT), actor(41L, Role.JOURNAL_ADMIN)}) {
            assertThatThrownBy(() -> access.requireStudent(refused, PUPIL, TODAY)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> access.requirePerson(refused, PARENT, TODAY)).isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> access(List.of()).requireStudent(actor(null, Role.REGION_ADMIN), 99L, TODAY))
                .as("nobody by that id: refused, not found").isInstanceOf(AccessDeniedException.class);
    }
}
