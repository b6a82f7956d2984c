package org.zhurnal.school.application;

import java.util.List;
import org.zhurnal.school.domain.Position;

/** The positions a person currently holds at one school. */
public record SchoolPositions(Long schoolId, String shortName, List<Position> positions) {

    public SchoolPositions {
        positions = List.copyOf(positions);
    }
}
