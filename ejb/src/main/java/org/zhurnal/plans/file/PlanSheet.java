package org.zhurnal.plans.file;

import java.util.List;
import java.util.Locale;
import org.zhurnal.plans.domain.TopicInput;
import org.zhurnal.shared.error.InvalidInputException;
import org.zhurnal.staffimport.file.CsvTable;
import org.zhurnal.staffimport.file.StaffFileFormat;
import org.zhurnal.staffimport.file.TableRow;
import org.zhurnal.staffimport.file.XlsxTable;

/**
 * A thematic plan in a spreadsheet (.xlsx, first sheet) or CSV: a header row naming «Тема» and, in any order,
 * «Часы», «Вид» and «Домашнее задание» (a «№» column and a title above the header are ignored); each row below
 * is a topic, in order.
 */
public final class PlanSheet {

    private static final int HEADER_SEARCH_ROWS = 10;

    private PlanSheet() {
    }

    public static List<TopicInput> read(StaffFileFormat format, byte[] content) {
        List<TableRow> table = format == StaffFileFormat.XLSX ? XlsxTable.read(content) : CsvTable.read(content);
        int header = -1;
        for (int i = 0; i < Math.min(HEADER_SEARCH_ROWS, table.size()) && header < 0; i++) {
            if (column(table.get(i), "тема") >= 0) {
                header = i;
            }
        }
        if (header < 0) {
            throw new InvalidInputException("file", "В файле нет строки заголовков со столбцом «Тема». "
                    + "Нужны столбцы «Тема», «Часы», «Вид», «Домашнее задание»");
        }
        TableRow head = table.get(header);
        int title = column(head, "тема");
        int hours = column(head, "час");
        int kind = column(head, "вид");
        int homework = Math.max(column(head, "домашн"), column(head, "д/з"));
        List<TopicInput> topics = table.subList(header + 1, table.size()).stream()
                .map(row -> new TopicInput(row.number(), row.cell(title), cell(row, hours), cell(row, kind),
                        cell(row, homework)))
                .toList();
        if (topics.isEmpty()) {
            throw new InvalidInputException("file", "В файле нет ни одной темы под заголовками");
        }
        return topics;
    }

    private static String cell(TableRow row, int column) {
        return column < 0 ? "" : row.cell(column);
    }

    /** The first column whose header starts with «тема», or contains the other words. */
    private static int column(TableRow row, String start) {
        for (int i = 0; i < row.cells().size(); i++) {
            String header = row.cells().get(i).strip().toLowerCase(Locale.ROOT);
            if ("тема".equals(start) ? header.startsWith(start) : header.contains(start)) {
                return i;
            }
        }
        return -1;
    }
}
