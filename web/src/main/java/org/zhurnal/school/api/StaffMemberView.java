package org.zhurnal.school.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.zhurnal.school.application.StaffMember;
import org.zhurnal.school.domain.Position;

/** A member of a school's staff: {@code positions} are the positions held there now («TEACHER», …). */
@JsonbPropertyOrder({"personId", "displayName", "positions"})
public record StaffMemberView(Long personId, String displayName, List<String> positions) {

    static StaffMemberView of(StaffMember member) {
        return new StaffMemberView(member.personId(), member.displayName(),
                member.positions().stream().map(Position::name).toList());
    }
}
