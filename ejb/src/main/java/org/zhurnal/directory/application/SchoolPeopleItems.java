package org.zhurnal.directory.application;

import java.time.LocalDate;
import java.util.List;

/** The rows of a school's people lists. */
public final class SchoolPeopleItems {

    private SchoolPeopleItems() {
    }

    /** A student on a class list of the school on the day. */
    public record StudentRow(Long personId, String displayName, LocalDate birthDate, Long classId, String className) {
    }

    /** A current legal representative of students of the school, with those children. */
    public record RepresentativeRow(Long personId, String displayName, List<Child> children) {

        public RepresentativeRow {
            children = List.copyOf(children);
        }
    }

    /** A child of a representative: who, which class, and how the representative is related (MOTHER…). */
    public record Child(Long personId, String displayName, String className, String kind) {
    }

    /** A person of the school in any role: staff, a student, a representative of a student. */
    public record PersonRow(Long personId, String displayName, List<Role> roles, String className) {

        public PersonRow {
            roles = List.copyOf(roles);
        }
    }

    public enum Role { STAFF, STUDENT, REPRESENTATIVE }
}
