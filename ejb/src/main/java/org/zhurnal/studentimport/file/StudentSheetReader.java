package org.zhurnal.studentimport.file;

import java.util.List;
import org.zhurnal.staffimport.file.ColumnSheet;
import org.zhurnal.staffimport.file.SheetLine;
import org.zhurnal.staffimport.file.StaffFileFormat;
import org.zhurnal.studentimport.domain.StudentColumn;

/** Reads a students list file into rows ({@link ColumnSheet} with the columns of {@link StudentColumn}). */
public final class StudentSheetReader {

    private static final ColumnSheet.Messages MESSAGES = new ColumnSheet.Messages(
            "В файле нет ни одного обучающегося: заполните строки под заголовками",
            "В файле больше 10 000 обучающихся: разделите его на части");

    private StudentSheetReader() {
    }

    public static List<SheetLine<StudentColumn>> read(StaffFileFormat format, byte[] content) {
        return ColumnSheet.read(format, content, StudentColumn.class, MESSAGES);
    }
}
