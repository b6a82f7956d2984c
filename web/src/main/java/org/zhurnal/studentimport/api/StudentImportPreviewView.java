package org.zhurnal.studentimport.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.zhurnal.studentimport.application.StudentImportPreview;
import org.zhurnal.web.problem.RowsProblem.RowErrorView;

/** A checked students list: rows, valid rows, the problems (row, column header, Russian message), the outcome. */
@JsonbPropertyOrder({"yearLabel", "rows", "validRows", "errorCount", "errors", "counts"})
public record StudentImportPreviewView(String yearLabel, int rows, int validRows, int errorCount,
                                       List<RowErrorView> errors, StudentImportCountsView counts) {

    static StudentImportPreviewView of(StudentImportPreview preview) {
        return new StudentImportPreviewView(preview.yearLabel(), preview.rows(), preview.validRows(),
                preview.errorCount(), preview.errors().stream()
                        .map(e -> new RowErrorView(e.row(), e.field(), e.message())).toList(),
                StudentImportCountsView.of(preview.counts()));
    }
}
