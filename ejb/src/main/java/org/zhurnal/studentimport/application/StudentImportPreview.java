package org.zhurnal.studentimport.application;

import java.util.List;
import org.zhurnal.shared.error.InvalidRowsException.RowError;

/**
 * A students list checked without storing anything: how many rows it has, how many would be imported, the
 * problems of the others (each naming its row and column, at most {@link org.zhurnal.shared.error.InvalidRowsException#MAX_LISTED}),
 * their total, and what importing the valid rows would do.
 */
public record StudentImportPreview(String yearLabel, int rows, int validRows, int errorCount, List<RowError> errors,
                                   StudentImportCounts counts) {

    public StudentImportPreview {
        errors = List.copyOf(errors);
    }
}
