package org.zhurnal.staffimport.file;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * An empty list for a school to fill in: its headers and nothing else to import. The workbook keeps every
 * cell as text (so a SNILS or a date stays as typed), freezes the header row and has a second sheet on how
 * to fill it; the CSV is UTF-8 with BOM and «;», as Russian Excel opens it directly.
 */
public record SheetTemplate(String sheetName, List<String> headers, List<Integer> widths, List<String> howTo) {

    public SheetTemplate {
        headers = List.copyOf(headers);
        widths = List.copyOf(widths);
        howTo = List.copyOf(howTo);
    }

    public byte[] write(StaffFileFormat format) {
        return format == StaffFileFormat.XLSX ? workbook() : csv();
    }

    private byte[] csv() {
        byte[] text = (String.join(";", headers) + "\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        return withBom;
    }

    private byte[] workbook() {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            listSheet(workbook);
            Sheet help = workbook.createSheet("Как заполнять");
            for (int i = 0; i < howTo.size(); i++) {
                help.createRow(i).createCell(0).setCellValue(howTo.get(i));
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Bold headers, a frozen header row, and text cells below so Excel does not turn a SNILS into a number. */
    private void listSheet(XSSFWorkbook workbook) {
        CellStyle text = workbook.createCellStyle();
        text.setDataFormat(workbook.createDataFormat().getFormat("@"));
        CellStyle bold = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
        bold.setDataFormat(text.getDataFormat());
        Sheet sheet = workbook.createSheet(sheetName);
        Row header = sheet.createRow(0);
        for (int i = 0; i < headers.size(); i++) {
            header.createCell(i).setCellValue(headers.get(i));
            header.getCell(i).setCellStyle(bold);
            sheet.setDefaultColumnStyle(i, text);
            sheet.setColumnWidth(i, (i < widths.size() ? widths.get(i) : 20) * 256);
        }
        sheet.createFreezePane(0, 1);
    }
}
