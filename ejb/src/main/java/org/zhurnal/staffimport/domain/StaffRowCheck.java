package org.zhurnal.staffimport.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.zhurnal.people.domain.PersonDetails;
import org.zhurnal.people.domain.PersonRules;
import org.zhurnal.people.domain.Snils;
import org.zhurnal.school.domain.Position;
import org.zhurnal.shared.error.InvalidInputException;
import org.zhurnal.shared.error.InvalidRowsException.RowError;
import org.zhurnal.shared.security.PersonName;

/**
 * Checks one row of a staff list as a person card and an appointment would check it, but collects every
 * problem of the row (each naming its column) instead of stopping at the first.
 */
final class StaffRowCheck {

    static final String DATE_FORMAT = "Дата рождения — в формате ДД.ММ.ГГГГ, например 05.03.1985";

    private final StaffSheetRow row;
    private final List<RowError> errors = new ArrayList<>();

    private StaffRowCheck(StaffSheetRow row) {
        this.row = row;
    }

    /** The checked row, or empty with the row's problems added to {@code errors}. */
    static Optional<CheckedStaffRow> check(StaffSheetRow row, LocalDate today, List<RowError> errors) {
        StaffRowCheck check = new StaffRowCheck(row);
        Optional<CheckedStaffRow> checked = check.run(today);
        errors.addAll(check.errors);
        return checked;
    }

    private Optional<CheckedStaffRow> run(LocalDate today) {
        String surname = attempt(() -> PersonRules.surname(row.surname()));
        String givenName = attempt(() -> PersonRules.givenName(row.givenName()));
        String patronymic = attempt(() -> Optional.ofNullable(PersonRules.patronymic(row.patronymic())).orElse(""));
        LocalDate birthDate = attempt(() -> PersonRules.birthDate(date(row.birthDate()).orElse(null), today));
        Snils snils = attempt(() -> Snils.parse(digitsRestored(row.snils())));
        Set<Position> positions = attempt(() -> PositionNames.parse(row.positions()));
        if (!errors.isEmpty()) {
            return Optional.empty();
        }
        PersonDetails person = new PersonDetails(new PersonName(surname, givenName, patronymic), birthDate, snils);
        return Optional.of(new CheckedStaffRow(row.row(), person, positions));
    }

    /** The value, or {@code null} with the refusal recorded against its column. */
    private <T> T attempt(Supplier<T> check) {
        try {
            return check.get();
        } catch (InvalidInputException refused) {
            String field = refused.field().orElseThrow();
            errors.add(new RowError(row.row(), StaffColumn.ofField(field).header(), refused.getMessage()));
            return null;
        }
    }

    static Optional<LocalDate> date(String text) {
        return SheetCells.date(text, "birthDate", DATE_FORMAT);
    }

    static String digitsRestored(String snils) {
        return SheetCells.snilsDigitsRestored(snils);
    }
}
