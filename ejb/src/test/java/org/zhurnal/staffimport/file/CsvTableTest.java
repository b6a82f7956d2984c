package org.zhurnal.staffimport.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTableTest {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @Test
    void utf8WithBomAndSemicolonsAsRussianExcelSavesIt() {
        List<TableRow> rows = CsvTable.read(concat(BOM, "Фамилия;Имя\r\nИванова;Мария\r\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(rows).containsExactly(new TableRow(1, List.of("Фамилия", "Имя")), new TableRow(2, List.of("Иванова", "Мария")));
    }

    @Test
    void commasAndTabsAreSeparatorsWhenTheHeaderUsesThem() {
        assertThat(CsvTable.read("Фамилия,Имя\nИванова,Мария".getBytes(StandardCharsets.UTF_8)).get(1).cells())
                .containsExactly("Иванова", "Мария");
        assertThat(CsvTable.read("Фамилия\tИмя\nИванова\tМария, Анна".getBytes(StandardCharsets.UTF_8)).get(1).cells())
                .containsExactly("Иванова", "Мария, Анна");
        assertThat(CsvTable.separatorOf("\"Фамилия;Имя\",Отчество")).isEqualTo(',');
        assertThat(CsvTable.separatorOf("Фамилия")).isEqualTo(';');
    }

    @Test
    void quotedCellsKeepSeparatorsQuotesAndLineBreaksInOneSpreadsheetRow() {
        String csv = "Ф;Должности\n\"Иванова\";\"учитель, директор\"\n\"О\"\"Коннор\";\"учитель\nдиректор\"\nПетров;учитель\n";
        List<TableRow> rows = CsvTable.read(csv.getBytes(StandardCharsets.UTF_8));
        assertThat(rows.get(1).cells()).containsExactly("Иванова", "учитель, директор");
        assertThat(rows.get(2).cells()).containsExactly("О\"Коннор", "учитель\nдиректор");
        assertThat(rows.get(3).number()).isEqualTo(4);
    }

    @Test
    void blankLinesAreSkippedButStillCountAsRows() {
        List<TableRow> rows = CsvTable.read("Ф;И\r\n\r\n;\r\nИванова;Мария".getBytes(StandardCharsets.UTF_8));
        assertThat(rows).extracting(TableRow::number).containsExactly(1, 4);
    }

    @Test
    void windows1251AndUtf16AreReadToo() {
        assertThat(CsvTable.read("Фамилия;Имя\nЁжикова;Мария".getBytes(Charset.forName("windows-1251"))).get(1).cells())
                .containsExactly("Ёжикова", "Мария");
        byte[] utf16 = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, "Фамилия\tИмя\nИванова\tМария".getBytes(StandardCharsets.UTF_16LE));
        assertThat(CsvTable.read(utf16).get(1).cells()).containsExactly("Иванова", "Мария");
        assertThat(CsvTable.decode("Фамилия".getBytes(StandardCharsets.UTF_8))).isEqualTo("Фамилия");
    }

    @Test
    void aShortRowHasEmptyCellsPastItsEnd() {
        TableRow row = CsvTable.read("А;Б;В\nИванова".getBytes(StandardCharsets.UTF_8)).get(1);
        assertThat(row.cell(0)).isEqualTo("Иванова");
        assertThat(row.cell(2)).isEmpty();
    }

    static byte[] concat(byte[] first, byte[] second) {
        byte[] both = new byte[first.length + second.length];
        System.arraycopy(first, 0, both, 0, first.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }
}
