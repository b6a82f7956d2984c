package org.zhurnal.staffimport.file;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.zhurnal.staffimport.domain.PositionNames;
import org.zhurnal.staffimport.domain.StaffColumn;

/**
 * The file a school fills in: the headers of {@link StaffColumn} and nothing else to import. The workbook
 * keeps every cell as text (so a SNILS or a date stays as typed) and has a second sheet on how to fill it;
 * the CSV is UTF-8 with BOM and «;», as Russian Excel opens it directly.
 */
public final class StaffTemplate {

    static final List<String> HOW_TO = List.of(
            "Как заполнить список сотрудников",
            "Одна строка — один сотрудник. Заголовки на листе «Сотрудники» не меняйте.",
            "Фамилия, Имя — обязательно; Отчество — если есть.",
            "Дата рождения — в формате ДД.ММ.ГГГГ, например 05.03.1985.",
            "СНИЛС — 11 цифр, например 112-233-445 95 или 11223344595.",
            "Должности — через запятую: " + PositionNames.allowed() + ".",
            "Пример: Иванова; Мария; Петровна; 05.03.1985; 112-233-445 95; учитель, заместитель директора",
            "Повторная загрузка того же списка ничего не дублирует: сотрудники находятся по СНИЛС.");
    private static final int[] WIDTHS = {20, 16, 20, 28, 18, 44};

    private StaffTemplate() {
    }

    public static byte[] write(StaffFileFormat format) {
        return format == StaffFileFormat.XLSX ? workbook() : csv();
    }

    private static byte[] csv() {
        String header = Arrays.stream(StaffColumn.values()).map(StaffColumn::templateHeader)
                .collect(Collectors.joining(";")) + "\r\n";
        byte[] text = header.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        return withBom;
    }

    private static byte[] workbook() {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            staffSheet(workbook);
            Sheet help = workbook.createSheet("Как заполнять");
            for (int i = 0; i < HOW_TO.size(); i++) {
                help.createRow(i).createCell(0).setCellValue(HOW_TO.get(i));
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Bold headers, a frozen header row, and text cells below so Excel does not turn a SNILS into a number. */
    private static void staffSheet(XSSFWorkbook workbook) {
        CellStyle text = workbook.createCellStyle();
        text.setDataFormat(workbook.createDataFormat().getFormat("@"));
        CellStyle bold = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
        bold.setDataFormat(text.getDataFormat());
        Sheet staff = workbook.createSheet("Сотрудники");
        Row header = staff.createRow(0);
        StaffColumn[] columns = StaffColumn.values();
        for (int i = 0; i < columns.length; i++) {
            header.createCell(i).setCellValue(columns[i].templateHeader());
            header.getCell(i).setCellStyle(bold);
            staff.setDefaultColumnStyle(i, text);
            staff.setColumnWidth(i, WIDTHS[i] * 256);
        }
        staff.createFreezePane(0, 1);
    }
}
