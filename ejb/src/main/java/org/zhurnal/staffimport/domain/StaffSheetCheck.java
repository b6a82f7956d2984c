package org.zhurnal.staffimport.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.zhurnal.people.domain.Person;
import org.zhurnal.people.domain.Snils;
import org.zhurnal.school.domain.Position;
import org.zhurnal.shared.error.InvalidRowsException.RowError;
import org.zhurnal.shared.text.SearchKey;

/**
 * Every row of a staff list checked before anything is stored: each row on its own, then across rows (a
 * person or a SNILS twice in the file), then against the person cards that already exist.
 */
public final class StaffSheetCheck {

    static final String SAME_PERSON_TWICE = "Сотрудник уже указан в строке %d: перечислите все его должности "
            + "в одной строке через запятую";
    static final String SNILS_TWICE = "Этот СНИЛС уже указан в строке %d у другого человека";
    static final String SNILS_OF_ANOTHER = "Этот СНИЛС уже указан в карточке другого человека. Проверьте СНИЛС, "
            + "ФИО и дату рождения.";

    private final List<CheckedStaffRow> rows = new ArrayList<>();
    private final List<RowError> errors = new ArrayList<>();

    private StaffSheetCheck() {
    }

    /** Checks every row; {@code today} (in the region) bounds birth dates. */
    public static StaffSheetCheck of(List<StaffSheetRow> sheet, LocalDate today) {
        StaffSheetCheck check = new StaffSheetCheck();
        Map<Snils, CheckedStaffRow> firstBySnils = new HashMap<>();
        for (StaffSheetRow row : sheet) {
            StaffRowCheck.check(row, today, check.errors).ifPresent(checked -> {
                CheckedStaffRow first = firstBySnils.putIfAbsent(checked.person().snils(), checked);
                if (first == null) {
                    check.rows.add(checked);
                } else {
                    check.errors.add(new RowError(checked.row(), StaffColumn.SNILS.header(),
                            String.format(samePerson(first, checked) ? SAME_PERSON_TWICE : SNILS_TWICE, first.row())));
                }
            });
        }
        return check;
    }

    private static boolean samePerson(CheckedStaffRow first, CheckedStaffRow second) {
        return SearchKey.of(first.person().name().full()).equals(SearchKey.of(second.person().name().full()))
                && Objects.equals(first.person().birthDate(), second.person().birthDate());
    }

    /** Adds a problem for every row whose SNILS is on the card of somebody else ({@code cards} by SNILS). */
    public void compareWith(Map<Snils, Person> cards) {
        for (CheckedStaffRow row : rows) {
            Person card = cards.get(row.person().snils());
            if (card != null && !card.isDescribedBy(row.person().name(), row.person().birthDate())) {
                errors.add(new RowError(row.row(), StaffColumn.SNILS.header(), SNILS_OF_ANOTHER));
            }
        }
    }

    /** Adds a problem for every row that names a position the importer may not appoint. */
    public void refusePosition(Position position, String message) {
        for (CheckedStaffRow row : rows) {
            if (row.positions().contains(position)) {
                errors.add(new RowError(row.row(), StaffColumn.POSITIONS.header(), message));
            }
        }
    }

    /** The rows that passed their own checks, each SNILS once. */
    public List<CheckedStaffRow> rows() {
        return List.copyOf(rows);
    }

    public List<Snils> snils() {
        return rows.stream().map(row -> row.person().snils()).toList();
    }

    /** Every problem found so far. */
    public List<RowError> errors() {
        return List.copyOf(errors);
    }
}
