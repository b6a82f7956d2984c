package org.zhurnal.staffimport.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.zhurnal.shared.error.InvalidRowsException;

class StaffTemplateTest {

    @Test
    void theCsvTemplateIsUtf8WithBomAndSemicolons() {
        byte[] csv = StaffTemplate.write(StaffFileFormat.CSV);
        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8))
                .isEqualTo("Фамилия;Имя;Отчество;Дата рождения (ДД.ММ.ГГГГ);СНИЛС;Должности\r\n");
    }

    @Test
    void theWorkbookTemplateHasTheHeadersTextCellsAndHowToFillItIn() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(StaffTemplate.write(StaffFileFormat.XLSX)))) {
            assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("Сотрудники");
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(4).getStringCellValue()).isEqualTo("СНИЛС");
            assertThat(workbook.getSheetAt(0).getColumnStyle(4).getDataFormatString()).isEqualTo("@");
            assertThat(workbook.getSheetAt(1).getRow(5).getCell(0).getStringCellValue()).startsWith("Должности — через запятую");
        }
    }

    @Test
    void anUnfilledTemplateReadsAsAListWithoutStaff() {
        for (StaffFileFormat format : StaffFileFormat.values()) {
            assertThatThrownBy(() -> StaffSheetReader.read(format, StaffTemplate.write(format)))
                    .isInstanceOfSatisfying(InvalidRowsException.class,
                            e -> assertThat(e.errors().get(0).message()).startsWith("В файле нет ни одного сотрудника"));
        }
    }
}
