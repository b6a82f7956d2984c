package org.zhurnal.identity.application;

import java.util.List;
import org.zhurnal.identity.domain.BindingState;
import org.zhurnal.school.application.SchoolPositions;

/** Where the signed-in account's binding stands; the schools and current positions once it is confirmed. */
public record BindingStatus(BindingState state, List<SchoolPositions> schools) {

    public static final BindingStatus NONE = new BindingStatus(BindingState.NONE, List.of());

    public BindingStatus {
        schools = List.copyOf(schools);
    }
}
