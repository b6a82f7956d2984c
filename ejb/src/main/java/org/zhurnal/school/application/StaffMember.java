package org.zhurnal.school.application;

import java.util.List;
import org.zhurnal.school.domain.Position;

/** A member of a school's staff: the person card's id, «Фамилия Имя Отчество» and the positions held now. */
public record StaffMember(Long personId, String displayName, List<Position> positions) {

    public StaffMember {
        positions = List.copyOf(positions);
    }
}
