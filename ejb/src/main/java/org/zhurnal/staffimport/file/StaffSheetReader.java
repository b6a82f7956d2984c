package org.zhurnal.staffimport.file;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zhurnal.shared.error.InvalidInputException;
import org.zhurnal.shared.error.InvalidRowsException;
import org.zhurnal.shared.error.InvalidRowsException.RowError;
import org.zhurnal.staffimport.domain.StaffColumn;
import org.zhurnal.staffimport.domain.StaffSheetRow;

/**
 * Reads a staff list file into rows. The header row is the first of the top rows that names at least two
 * known columns (a title above it is skipped); columns are found by their headers in any order, and the rows
 * below it are the staff. Problems of the layout are reported as row problems, like those of the data.
 */
public final class StaffSheetReader {

    public static final int MAX_ROWS = 10_000;
    private static final int HEADER_SEARCH_ROWS = 10;

    private StaffSheetReader() {
    }

    public static List<StaffSheetRow> read(StaffFileFormat format, byte[] content) {
        List<TableRow> table = format == StaffFileFormat.XLSX ? XlsxTable.read(content) : CsvTable.read(content);
        if (table.isEmpty()) {
            throw new InvalidInputException("file", "Файл пуст: заполните шаблон и загрузите его снова");
        }
        int headerIndex = headerIndex(table);
        TableRow header = table.get(headerIndex);
        Map<StaffColumn, Integer> columns = columns(header);
        List<TableRow> staff = table.subList(headerIndex + 1, table.size());
        if (staff.isEmpty()) {
            throw new InvalidRowsException(List.of(new RowError(header.number() + 1, null,
                    "В файле нет ни одного сотрудника: заполните строки под заголовками")));
        }
        if (staff.size() > MAX_ROWS) {
            throw new InvalidInputException("file", "В файле больше 10 000 сотрудников: разделите его на части");
        }
        return staff.stream().map(row -> new StaffSheetRow(row.number(), cell(row, columns, StaffColumn.SURNAME),
                cell(row, columns, StaffColumn.GIVEN_NAME), cell(row, columns, StaffColumn.PATRONYMIC),
                cell(row, columns, StaffColumn.BIRTH_DATE), cell(row, columns, StaffColumn.SNILS),
                cell(row, columns, StaffColumn.POSITIONS))).toList();
    }

    private static int headerIndex(List<TableRow> table) {
        for (int i = 0; i < Math.min(HEADER_SEARCH_ROWS, table.size()); i++) {
            long known = table.get(i).cells().stream().map(StaffColumn::ofHeader).filter(Optional::isPresent).count();
            if (known >= 2) {
                return i;
            }
        }
        return 0;
    }

    private static Map<StaffColumn, Integer> columns(TableRow header) {
        Map<StaffColumn, Integer> columns = new EnumMap<>(StaffColumn.class);
        List<RowError> errors = new ArrayList<>();
        for (int i = 0; i < header.cells().size(); i++) {
            int index = i;
            StaffColumn.ofHeader(header.cell(i)).ifPresent(column -> {
                if (columns.putIfAbsent(column, index) != null) {
                    errors.add(new RowError(header.number(), column.header(),
                            "Столбец «" + column.header() + "» встречается дважды"));
                }
            });
        }
        for (StaffColumn column : StaffColumn.values()) {
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

    private static String cell(TableRow row, Map<StaffColumn, Integer> columns, StaffColumn column) {
        Integer index = columns.get(column);
        return index == null ? "" : row.cell(index).strip();
    }
}
