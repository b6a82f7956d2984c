package org.zhurnal.identity.api;

import java.util.List;
import org.zhurnal.school.application.SchoolPositions;

/** A school and the positions the person currently holds there (position codes, e.g. JOURNAL_ADMIN). */
public record SchoolPositionsView(Long schoolId, String shortName, List<String> positions) {

    static List<SchoolPositionsView> of(List<SchoolPositions> schools) {
        return schools.stream().map(s -> new SchoolPositionsView(s.schoolId(), s.shortName(),
                s.positions().stream().map(Enum::name).toList())).toList();
    }
}
