package org.zhurnal.studentimport.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.zhurnal.shared.error.InvalidRowsException;
import org.zhurnal.staffimport.file.StaffFileFormat;
import org.zhurnal.studentimport.domain.StudentColumn;

class StudentTemplateTest {

    @Test
    void bothTemplatesAreReadBackByTheirHeadersAndAskForStudents() {
        for (StaffFileFormat format : StaffFileFormat.values()) {
            assertThatThrownBy(() -> StudentSheetReader.read(format, StudentTemplate.write(format)))
                    .isInstanceOfSatisfying(InvalidRowsException.class, e -> assertThat(e.errors()).singleElement()
                            .satisfies(error -> assertThat(error.message()).startsWith("В файле нет ни одного обучающегося")));
        }
    }

    @Test
    void theWorkbookHasTheStudentsSheetAndHowToFillIt() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(StudentTemplate.write(StaffFileFormat.XLSX)))) {
            assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("Обучающиеся");
            assertThat(workbook.getSheetAt(0).getRow(0).getLastCellNum()).isEqualTo((short) StudentColumn.values().length);
            assertThat(workbook.getSheet("Как заполнять").getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("Как заполнить список обучающихся");
        }
        String csv = new String(StudentTemplate.write(StaffFileFormat.CSV), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFКласс (например, 5А);Фамилия;Имя;Отчество;").endsWith("Представитель 2: эл. почта\r\n");
    }

    @Test
    void representativeColumnsAreFoundWithOrWithoutTheColon() {
        byte[] file = ("Класс;Фамилия;Имя;Дата рождения;СНИЛС;Представитель 1 - фамилия;представитель 1 e-mail\r\n"
                + "5А;Петрова;Анна;12.04.2015;112-233-445 95;Петров;p@example.ru\r\n").getBytes(StandardCharsets.UTF_8);
        var line = StudentSheetReader.read(StaffFileFormat.CSV, file).get(0);
        assertThat(line.cell(StudentColumn.R1_SURNAME)).isEqualTo("Петров");
        assertThat(line.cell(StudentColumn.R1_EMAIL)).isEqualTo("p@example.ru");
        assertThat(line.cell(StudentColumn.PATRONYMIC)).isEmpty();
    }
}
