package org.zhurnal.plans.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.zhurnal.plans.domain.TopicInput;
import org.zhurnal.shared.error.InvalidInputException;
import org.zhurnal.staffimport.file.StaffFileFormat;

class PlanSheetTest {

    @Test
    void aCsvWithATitleAboveTheHeaderAndColumnsInAnyOrderIsRead() {
        String csv = "Календарно-тематическое планирование, математика 5 класс;;;;\n"
                + "№;Вид урока;Тема урока;Кол-во часов;Домашнее задание\n"
                + "1;;Натуральные числа;2;№ 1-5\n"
                + "2;к/р;\"Контрольная работа; вариант 1\";1;\n";

        List<TopicInput> topics = PlanSheet.read(StaffFileFormat.CSV, csv.getBytes(StandardCharsets.UTF_8));

        assertThat(topics).containsExactly(new TopicInput(3, "Натуральные числа", "2", "", "№ 1-5"),
                new TopicInput(4, "Контрольная работа; вариант 1", "1", "к/р", ""));
    }

    @Test
    void anExcelWorkbookIsReadWithNumbersAsText() throws IOException {
        byte[] workbook;
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = book.createSheet("КТП");
            sheet.createRow(0).createCell(0).setCellValue("Тема");
            sheet.getRow(0).createCell(1).setCellValue("Часы");
            sheet.createRow(1).createCell(0).setCellValue("Дроби");
            sheet.getRow(1).createCell(1).setCellValue(4);
            book.write(out);
            workbook = out.toByteArray();
        }

        assertThat(PlanSheet.read(StaffFileFormat.XLSX, workbook))
                .containsExactly(new TopicInput(2, "Дроби", "4", "", ""));
    }

    @Test
    void aFileWithoutATopicColumnIsRefusedWithTheColumnsNeeded() {
        assertThatThrownBy(() -> PlanSheet.read(StaffFileFormat.CSV, "a;b\n1;2\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("«Тема»");
    }
}
