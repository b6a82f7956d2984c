package org.zhurnal.classes.application;

import java.time.LocalDate;
import org.zhurnal.people.application.PersonCardInput;
import org.zhurnal.people.domain.Sex;

/**
 * Enrolling a student: the person's details (SNILS optional), the class and the arrival date, and the
 * order (приказ о зачислении) it is based on.
 */
public record NewStudent(PersonCardInput person, Sex sex, Long classId, LocalDate arrivedOn, String orderRef) {

    @Override
    public String toString() {
        return "NewStudent[details hidden, classId=" + classId + "]";
    }
}
