package org.zhurnal.staffimport.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.zhurnal.shared.error.InvalidInputException;
import org.zhurnal.shared.error.InvalidRowsException;
import org.zhurnal.shared.error.InvalidRowsException.RowError;
import org.zhurnal.staffimport.domain.StaffSheetRow;

class StaffSheetReaderTest {

    private static final String HEADER = "Фамилия;Имя;Отчество;Дата рождения (ДД.ММ.ГГГГ);СНИЛС;Должности\r\n";

    @Test
    void csvRowsByHeaderWithTheRowNumbersExcelShows() {
        List<StaffSheetRow> rows = csv(HEADER + "Иванова;Мария;Петровна;05.03.1985;112-233-445 95;\"учитель, директор\"\r\n"
                + ";;;;;\r\nПетров;Иван;;;12345678964;учитель\r\n");
        assertThat(rows).extracting(StaffSheetRow::row, StaffSheetRow::surname, StaffSheetRow::positions)
                .containsExactly(tuple(2, "Иванова", "учитель, директор"), tuple(4, "Петров", "учитель"));
        assertThat(rows.get(0).birthDate()).isEqualTo("05.03.1985");
        assertThat(rows.get(0).toString()).doesNotContain("Иванова");
    }

    @Test
    void columnsMayComeInAnyOrderWithOthersBesideAndATitleAbove() {
        List<StaffSheetRow> rows = csv("Список сотрудников МБОУ СШ № 1;;\nСНИЛС;Табельный номер;должность;имя;ФАМИЛИЯ\n"
                + "112-233-445 95;17;учитель;Мария;Иванова\n");
        assertThat(rows).extracting(StaffSheetRow::row, StaffSheetRow::surname, StaffSheetRow::givenName,
                        StaffSheetRow::patronymic, StaffSheetRow::snils)
                .containsExactly(tuple(3, "Иванова", "Мария", "", "112-233-445 95"));
    }

    @Test
    void missingOrRepeatedColumnsAreReportedOnTheHeaderRow() {
        assertThatThrownBy(() -> csv("Фамилия;Имя;Фамилия\nИванова;Мария;Иванова\n"))
                .isInstanceOfSatisfying(InvalidRowsException.class, e -> assertThat(e.errors())
                        .extracting(RowError::row, RowError::field)
                        .containsExactly(tuple(1, "Фамилия"), tuple(1, "СНИЛС"), tuple(1, "Должности")));
    }

    @Test
    void anEmptyFileOrOneWithoutStaffIsRefused() {
        assertThatThrownBy(() -> csv("\r\n")).isInstanceOf(InvalidInputException.class).hasMessageStartingWith("Файл пуст");
        assertThatThrownBy(() -> csv(HEADER)).isInstanceOfSatisfying(InvalidRowsException.class,
                e -> assertThat(e.errors()).containsExactly(new RowError(2, null,
                        "В файле нет ни одного сотрудника: заполните строки под заголовками")));
    }

    @Test
    void workbookCellsAsTextDatesAndNumbersTypedIntoCells() throws IOException {
        byte[] file = workbook(sheet -> {
            row(sheet, 0, "Фамилия", "Имя", "Отчество", "Дата рождения", "СНИЛС", "Должности");
            Row ivanova = row(sheet, 2, "Иванова", "Мария", null, null, null, "учитель");
            ivanova.createCell(3).setCellValue(LocalDate.of(1985, 3, 5));
            ivanova.getCell(3).setCellStyle(dateStyle(sheet));
            ivanova.createCell(4).setCellValue(11223344595d);
        });
        List<StaffSheetRow> rows = StaffSheetReader.read(StaffFileFormat.XLSX, file);
        assertThat(rows).extracting(StaffSheetRow::row, StaffSheetRow::birthDate, StaffSheetRow::snils, StaffSheetRow::patronymic)
                .containsExactly(tuple(3, "05.03.1985", "11223344595", ""));
    }

    @Test
    void somethingThatIsNotAWorkbookIsUnreadable() {
        assertThatThrownBy(() -> StaffSheetReader.read(StaffFileFormat.XLSX, "PK\u0003\u0004broken".getBytes(StandardCharsets.ISO_8859_1)))
                .isInstanceOf(InvalidInputException.class).hasMessage(XlsxTable.UNREADABLE);
    }

    private static List<StaffSheetRow> csv(String text) {
        return StaffSheetReader.read(StaffFileFormat.CSV, text.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] workbook(java.util.function.Consumer<Sheet> fill) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fill.accept(workbook.createSheet("Лист1"));
            workbook.write(out);
            return out.toByteArray();
        }
    }

    static Row row(Sheet sheet, int index, String... cells) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < cells.length; i++) {
            if (cells[i] != null) {
                row.createCell(i).setCellValue(cells[i]);
            }
        }
        return row;
    }

    private static CellStyle dateStyle(Sheet sheet) {
        CellStyle style = sheet.getWorkbook().createCellStyle();
        style.setDataFormat(sheet.getWorkbook().createDataFormat().getFormat("dd.mm.yyyy"));
        return style;
    }
}
