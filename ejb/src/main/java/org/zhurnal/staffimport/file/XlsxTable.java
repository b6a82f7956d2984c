package org.zhurnal.staffimport.file;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.zhurnal.shared.error.InvalidInputException;

/**
 * The first sheet of an Excel workbook (.xlsx) as text cells: dates as «ДД.ММ.ГГГГ», whole numbers without
 * a decimal part (a SNILS typed as a number), formulas as their last computed value.
 */
public final class XlsxTable {

    static final String UNREADABLE = "Не удалось прочитать файл Excel. Сохраните его в формате .xlsx "
            + "(«Книга Excel») или CSV и загрузите снова";
    private static final DateTimeFormatter RUSSIAN_DATE = DateTimeFormatter.ofPattern("dd.MM.uuuu");

    private XlsxTable() {
    }

    public static List<TableRow> read(byte[] bytes) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            if (workbook.getNumberOfSheets() == 0) {
                return List.of();
            }
            return rows(workbook.getSheetAt(0));
        } catch (IOException | RuntimeException unreadable) {
            throw new InvalidInputException("file", UNREADABLE);
        }
    }

    private static List<TableRow> rows(Sheet sheet) {
        List<TableRow> rows = new ArrayList<>();
        for (Row row : sheet) {
            List<String> cells = new ArrayList<>();
            for (int column = 0; column < Math.max(0, row.getLastCellNum()); column++) {
                Cell cell = row.getCell(column);
                cells.add(cell == null ? "" : text(cell, cell.getCellType()));
            }
            if (!TableRow.isBlank(cells)) {
                rows.add(new TableRow(row.getRowNum() + 1, cells));
            }
        }
        return rows;
    }

    private static String text(Cell cell, CellType type) {
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate().format(RUSSIAN_DATE)
                    : BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            case FORMULA -> text(cell, cell.getCachedFormulaResultType());
            default -> "";
        };
    }
}
