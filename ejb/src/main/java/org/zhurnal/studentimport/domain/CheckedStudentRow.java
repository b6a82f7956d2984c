package org.zhurnal.studentimport.domain;

import java.util.List;
import org.zhurnal.guardians.domain.GuardianKind;
import org.zhurnal.people.domain.Contacts;
import org.zhurnal.people.domain.PersonDetails;
import org.zhurnal.people.domain.Sex;

/**
 * A row of a students list that passed its own checks: the class as named («5А», cleaned), the student and
 * their representatives. Personal data: never shown by {@link #toString()}.
 */
public record CheckedStudentRow(int row, String className, PersonDetails student, Sex sex,
                                List<Representative> representatives) {

    /** One legal representative of the row. */
    public record Representative(int number, PersonDetails person, GuardianKind kind, Contacts contacts) {

        @Override
        public String toString() {
            return "Representative[" + number + ", " + kind + ", details hidden]";
        }
    }

    public CheckedStudentRow {
        representatives = List.copyOf(representatives);
    }

    @Override
    public String toString() {
        return "CheckedStudentRow[row " + row + ", details hidden]";
    }
}
