package org.zhurnal.staffimport.file;

import java.util.Map;

/**
 * One row of a list under its header: the row number as the spreadsheet shows it and the texts of the known
 * columns (trimmed; "" when empty or when the file has no such column). Personal data: not in {@link #toString()}.
 */
public record SheetLine<C extends Enum<C>>(int row, Map<C, String> cells) {

    public SheetLine {
        cells = Map.copyOf(cells);
    }

    public String cell(C column) {
        return cells.getOrDefault(column, "");
    }

    @Override
    public String toString() {
        return "SheetLine[row " + row + ", details hidden]";
    }
}
