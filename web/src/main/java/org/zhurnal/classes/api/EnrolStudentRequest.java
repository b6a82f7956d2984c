package org.zhurnal.classes.api;

import org.zhurnal.calendar.api.WireDates;
import org.zhurnal.classes.application.NewStudent;
import org.zhurnal.people.application.PersonCardInput;
import org.zhurnal.people.domain.Sex;

/**
 * Body of {@code POST /schools/{id}/students}: the child's names, birth date, sex ({@code MALE|FEMALE|null}),
 * SNILS (optional), the class, the arrival date and the order. Checked by the service; never logged.
 */
public record EnrolStudentRequest(String surname, String givenName, String patronymic, String birthDate, String sex,
                                  String snils, Long classId, String arrivedOn, String orderRef) {

    static final EnrolStudentRequest EMPTY = new EnrolStudentRequest(null, null, null, null, null, null, null, null, null);

    NewStudent toInput() {
        return new NewStudent(new PersonCardInput(surname, givenName, patronymic, birthDate, snils),
                WireDates.choice(Sex.class, sex, "sex"), classId, WireDates.date(arrivedOn, "arrivedOn"), orderRef);
    }

    @Override
    public String toString() {
        return "EnrolStudentRequest[details hidden]";
    }
}
