package org.zhurnal.staffimport.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.zhurnal.shared.error.InvalidInputException;
import org.zhurnal.staffimport.file.StaffFileFormat;

class UploadedFileTest {

    private static final byte[] CSV = "Фамилия;Имя".getBytes(StandardCharsets.UTF_8);
    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04, 1, 2};

    @Test
    void aBodyUpToFiveMegabytesIsRead() {
        assertThat(UploadedFile.read(new ByteArrayInputStream(new byte[UploadedFile.MAX_BYTES]))).isPresent();
        assertThat(UploadedFile.read(new ByteArrayInputStream(new byte[UploadedFile.MAX_BYTES + 1]))).isEmpty();
        assertThat(UploadedFile.read(null)).contains(new byte[0]);
    }

    @Test
    void aWorkbookIsKnownByItsContentWhateverTheDeclaredType() {
        assertThat(UploadedFile.format("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ZIP))
                .contains(StaffFileFormat.XLSX);
        assertThat(UploadedFile.format("application/octet-stream", ZIP)).contains(StaffFileFormat.XLSX);
    }

    @Test
    void textUnderTheTypesBrowsersGiveCsvFilesIsCsv() {
        assertThat(UploadedFile.format("text/csv; charset=UTF-8", CSV)).contains(StaffFileFormat.CSV);
        assertThat(UploadedFile.format("application/vnd.ms-excel", CSV)).contains(StaffFileFormat.CSV);
        assertThat(UploadedFile.format("TEXT/PLAIN", CSV)).contains(StaffFileFormat.CSV);
        assertThat(UploadedFile.format("application/json", CSV)).isEmpty();
        assertThat(UploadedFile.format(null, CSV)).isEmpty();
    }

    @Test
    void emptyFilesAndOldExcelFilesAreRefusedWithAReason() {
        assertThatThrownBy(() -> UploadedFile.format("text/csv", new byte[0])).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("Файл пуст");
        byte[] xls = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0};
        assertThatThrownBy(() -> UploadedFile.format("application/vnd.ms-excel", xls))
                .hasMessageStartingWith("Файлы .xls (Excel 97–2003) не поддерживаются");
    }
}
