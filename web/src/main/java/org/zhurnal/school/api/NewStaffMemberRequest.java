package org.zhurnal.school.api;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.zhurnal.people.application.PersonCardInput;
import org.zhurnal.school.domain.Position;
import org.zhurnal.shared.error.InvalidInputException;

/**
 * Body of {@code POST /schools/{id}/staff}: the person (birth date {@code yyyy-MM-dd}, optional; SNILS) and
 * the positions by code («TEACHER», «DIRECTOR», …). Checked by the service; never logged.
 */
public record NewStaffMemberRequest(String surname, String givenName, String patronymic, String birthDate,
                                    String snils, List<String> positions) {

    PersonCardInput person() {
        return new PersonCardInput(surname, givenName, patronymic, birthDate, snils);
    }

    Set<Position> positionSet() {
        Set<Position> chosen = EnumSet.noneOf(Position.class);
        for (String code : Objects.requireNonNullElse(positions, List.<String>of())) {
            try {
                chosen.add(Position.valueOf(Objects.requireNonNullElse(code, "").strip()));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("positions", "Неизвестная должность: " + code);
            }
        }
        return chosen;
    }

    @Override
    public String toString() {
        return "NewStaffMemberRequest[details hidden]";
    }
}
