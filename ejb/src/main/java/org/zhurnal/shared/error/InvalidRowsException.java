package org.zhurnal.shared.error;

import java.util.Comparator;
import java.util.List;

/**
 * Rows of an uploaded table break rules: every problem found, each with the row number as the user sees it
 * in the spreadsheet, the column at fault (its header, or {@code null} for the whole row) and a Russian
 * message. Like every business refusal it rolls the transaction back, so nothing of the table is stored.
 */
public class InvalidRowsException extends BusinessException {

    /** One problem of one row. */
    public record RowError(int row, String field, String message) {
    }

    /** At most this many problems are listed (a wholly wrong file of thousands of rows needs no more). */
    public static final int MAX_LISTED = 1000;

    private final List<RowError> errors;

    public InvalidRowsException(List<RowError> errors) {
        super(Kind.INVALID, null, summary(errors.size()));
        this.errors = errors.stream().sorted(Comparator.comparingInt(RowError::row)).limit(MAX_LISTED).toList();
    }

    private static String summary(int count) {
        return "В файле есть ошибки (" + count + (count > MAX_LISTED ? ", показаны первые " + MAX_LISTED : "")
                + "): ничего не загружено. Исправьте их и загрузите файл снова.";
    }

    /** The problems by row, at most {@link #MAX_LISTED}. */
    public List<RowError> errors() {
        return errors;
    }
}
