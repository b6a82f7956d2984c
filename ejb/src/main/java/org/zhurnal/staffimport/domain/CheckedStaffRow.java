package org.zhurnal.staffimport.domain;

import java.util.Set;
import org.zhurnal.people.domain.PersonDetails;
import org.zhurnal.school.domain.Position;

/** A row of a staff list that passed every check: the person as a card would take them, and the positions. */
public record CheckedStaffRow(int row, PersonDetails person, Set<Position> positions) {

    public CheckedStaffRow {
        positions = Set.copyOf(positions);
    }

    @Override
    public String toString() {
        return "CheckedStaffRow[row " + row + ", details hidden]";
    }
}
