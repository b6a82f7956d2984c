package org.zhurnal.web.problem;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.zhurnal.shared.error.InvalidRowsException;

/**
 * A problem with the rows of an uploaded table: the usual problem members and every row problem found
 * ({@code row} as the spreadsheet numbers it, {@code field} the column's header or null, a Russian message).
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "errors"})
public record RowsProblem(String type, String title, int status, String detail, List<RowErrorView> errors) {

    /** One row problem on the wire; {@code field} is written as null when the whole row is meant. */
    @JsonbNillable
    @JsonbPropertyOrder({"row", "field", "message"})
    public record RowErrorView(int row, String field, String message) {
    }

    static RowsProblem of(InvalidRowsException refusal) {
        return new RowsProblem("/problems/invalid-rows", "Ошибки в файле", InvalidRowsMapper.UNPROCESSABLE,
                refusal.getMessage(), refusal.errors().stream()
                        .map(error -> new RowErrorView(error.row(), error.field(), error.message())).toList());
    }
}
