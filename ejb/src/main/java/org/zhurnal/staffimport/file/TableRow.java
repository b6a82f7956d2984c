package org.zhurnal.staffimport.file;

import java.util.List;

/** One non-blank row of a table file: its number as a spreadsheet shows it (from 1) and its cells' texts. */
public record TableRow(int number, List<String> cells) {

    public TableRow {
        cells = List.copyOf(cells);
    }

    /** The cell's text, "" past the row's end. */
    public String cell(int column) {
        return column < cells.size() ? cells.get(column) : "";
    }

    static boolean isBlank(List<String> cells) {
        return cells.stream().allMatch(String::isBlank);
    }
}
