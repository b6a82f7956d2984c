package org.zhurnal.staffimport.file;

import java.util.List;
import org.zhurnal.staffimport.domain.StaffColumn;
import org.zhurnal.staffimport.domain.StaffSheetRow;

/** Reads a staff list file into rows ({@link ColumnSheet} with the columns of {@link StaffColumn}). */
public final class StaffSheetReader {

    public static final int MAX_ROWS = ColumnSheet.MAX_ROWS;
    private static final ColumnSheet.Messages MESSAGES = new ColumnSheet.Messages(
            "В файле нет ни одного сотрудника: заполните строки под заголовками",
            "В файле больше 10 000 сотрудников: разделите его на части");

    private StaffSheetReader() {
    }

    public static List<StaffSheetRow> read(StaffFileFormat format, byte[] content) {
        return ColumnSheet.read(format, content, StaffColumn.class, MESSAGES).stream()
                .map(line -> new StaffSheetRow(line.row(), line.cell(StaffColumn.SURNAME),
                        line.cell(StaffColumn.GIVEN_NAME), line.cell(StaffColumn.PATRONYMIC),
                        line.cell(StaffColumn.BIRTH_DATE), line.cell(StaffColumn.SNILS), line.cell(StaffColumn.POSITIONS)))
                .toList();
    }
}
