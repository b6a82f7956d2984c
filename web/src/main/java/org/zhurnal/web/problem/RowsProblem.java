package org.zhurnal.web.problem;

import java.util.List;
import org.zhurnal.shared.error.InvalidRowsException.RowError;

/**
 * A problem with the rows of an uploaded table: the usual problem members and every row problem found
 * ({@code row} as the spreadsheet numbers it, {@code field} the column's header or null, a Russian message).
 */
public record RowsProblem(String type, String title, int status, String detail, List<RowError> errors) {
}
