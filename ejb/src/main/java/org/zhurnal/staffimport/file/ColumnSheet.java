package org.zhurnal.staffimport.file;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zhurnal.shared.error.InvalidInputException;
import org.zhurnal.shared.error.InvalidRowsException;
import org.zhurnal.shared.error.InvalidRowsException.RowError;

/**
 * Reads a list file (.xlsx or CSV) into rows of known columns. The header row is the first of the top rows
 * that names at least two known columns (a title above it is skipped); columns are found by their headers in
 * any order, other columns are ignored, and the rows below the header are the list. Problems of the layout
 * (a missing or repeated column, no rows) are reported as row problems, like those of the data.
 */
public final class ColumnSheet {

    public static final int MAX_ROWS = 10_000;
    private static final int HEADER_SEARCH_ROWS = 10;

    private ColumnSheet() {
    }

    /** What the refusals say about the rows of this list («В файле нет ни одного сотрудника…»). */
    public record Messages(String noRows, String tooManyRows) {
    }

    public static <C extends Enum<C> & SheetColumn> List<SheetLine<C>> read(StaffFileFormat format, byte[] content,
                                                                             Class<C> type, Messages messages) {
        List<TableRow> table = format == StaffFileFormat.XLSX ? XlsxTable.read(content) : CsvTable.read(content);
        if (table.isEmpty()) {
            throw new InvalidInputException("file", "Файл пуст: заполните шаблон и загрузите его снова");
        }
        C[] all = type.getEnumConstants();
        int headerIndex = headerIndex(table, all);
        TableRow header = table.get(headerIndex);
        Map<C, Integer> columns = columns(header, type);
        List<TableRow> rows = table.subList(headerIndex + 1, table.size());
        if (rows.isEmpty()) {
            throw new InvalidRowsException(List.of(new RowError(header.number() + 1, null, messages.noRows())));
        }
        if (rows.size() > MAX_ROWS) {
            throw new InvalidInputException("file", messages.tooManyRows());
        }
        return rows.stream().map(row -> line(row, columns, type)).toList();
    }

    private static <C extends Enum<C>> SheetLine<C> line(TableRow row, Map<C, Integer> columns, Class<C> type) {
        Map<C, String> cells = new EnumMap<>(type);
        columns.forEach((column, index) -> cells.put(column, row.cell(index).strip()));
        return new SheetLine<>(row.number(), cells);
    }

    /** The column a header cell names, if any. */
    public static <C extends Enum<C> & SheetColumn> Optional<C> ofHeader(C[] columns, String cell) {
        String key = SheetColumn.key(cell);
        for (C column : columns) {
            if (column.isNamedBy(key)) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }

    private static <C extends Enum<C> & SheetColumn> int headerIndex(List<TableRow> table, C[] all) {
        for (int i = 0; i < Math.min(HEADER_SEARCH_ROWS, table.size()); i++) {
            long known = table.get(i).cells().stream().map(cell -> ofHeader(all, cell)).filter(Optional::isPresent).count();
            if (known >= 2) {
                return i;
            }
        }
        return 0;
    }

    private static <C extends Enum<C> & SheetColumn> Map<C, Integer> columns(TableRow header, Class<C> type) {
        C[] all = type.getEnumConstants();
        Map<C, Integer> columns = new EnumMap<>(type);
        List<RowError> errors = new ArrayList<>();
        for (int i = 0; i < header.cells().size(); i++) {
            int index = i;
            ofHeader(all, header.cell(i)).ifPresent(column -> {
                if (columns.putIfAbsent(column, index) != null) {
                    errors.add(new RowError(header.number(), column.header(),
                            "Столбец «" + column.header() + "» встречается дважды"));
                }
            });
        }
        for (C column : EnumSet.allOf(type)) {
            if (column.required() && !columns.containsKey(column)) {
                errors.add(new RowError(header.number(), column.header(), "Нет столбца «" + column.header()
                        + "». Скачайте шаблон и перенесите данные в него"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRowsException(errors);
        }
        return columns;
    }
}
