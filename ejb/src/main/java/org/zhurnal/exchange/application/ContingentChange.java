package org.zhurnal.exchange.application;

import java.time.LocalDate;
import org.zhurnal.people.application.PersonCardInput;
import org.zhurnal.people.domain.Sex;

/**
 * A change of the contingent (students and classes) as this application understands it, whatever system
 * reported it: the anti-corruption mappers of the integration routes translate wire records into these.
 * Schools are named by INN and classes by grade and letter in the academic year of the change's date.
 */
public sealed interface ContingentChange {

    String schoolInn();

    LocalDate date();

    /** A student arrives at the school into the class (a new person card unless the SNILS finds one). */
    record EnrolStudent(String schoolInn, int grade, String letter, PersonCardInput person, Sex sex, LocalDate date,
                        String orderRef) implements ContingentChange {
        @Override
        public String toString() {
            return "EnrolStudent[details hidden, " + grade + letter + "]";
        }
    }

    /** The student (found by SNILS) leaves the school. */
    record StudentLeaves(String schoolInn, String snils, LocalDate date, String orderRef) implements ContingentChange {
        @Override
        public String toString() {
            return "StudentLeaves[details hidden]";
        }
    }

    /** The student (found by SNILS) moves to another class of the same school. */
    record StudentTransfers(String schoolInn, String snils, int grade, String letter, LocalDate date, String orderRef)
            implements ContingentChange {
        @Override
        public String toString() {
            return "StudentTransfers[details hidden, to " + grade + letter + "]";
        }
    }

    /** A class opens at the school in the academic year that includes the date. */
    record ClassOpens(String schoolInn, int grade, String letter, LocalDate date) implements ContingentChange {
    }
}
