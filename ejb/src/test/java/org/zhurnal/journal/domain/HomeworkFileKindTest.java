package org.zhurnal.journal.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HomeworkFileKindTest {

    private static final byte[] PDF = "%PDF-1.7 …".getBytes(StandardCharsets.UTF_8);

    @Test
    void knownKindsByExtensionAndContent() {
        assertThat(HomeworkFileKind.of("Задание.PDF", PDF)).isEqualTo(HomeworkFileKind.PDF);
        assertThat(HomeworkFileKind.of("слова.txt", "дом, кот".getBytes(StandardCharsets.UTF_8)).contentType())
                .startsWith("text/plain");
        assertThat(HomeworkFileKind.of("a.docx", new byte[] {0x50, 0x4B, 0x03, 0x04, 1})).isEqualTo(HomeworkFileKind.DOCX);
    }

    @Test
    void refusesUnknownDisguisedEmptyAndLargeFiles() {
        assertThatThrownBy(() -> HomeworkFileKind.of("run.exe", PDF)).hasMessageContaining("не принимается");
        assertThatThrownBy(() -> HomeworkFileKind.of("fake.pdf", new byte[] {0x4D, 0x5A})).hasMessageContaining("не соответствует");
        assertThatThrownBy(() -> HomeworkFileKind.of("a.txt", new byte[] {65, 0, 66})).hasMessageContaining("не соответствует");
        assertThatThrownBy(() -> HomeworkFileKind.of("a.pdf", new byte[0])).hasMessageContaining("пуст");
        byte[] large = new byte[HomeworkFileKind.MAX_BYTES + 1];
        assertThatThrownBy(() -> HomeworkFileKind.of("a.pdf", large)).hasMessageContaining("10 МБ");
    }

    @Test
    void namesLoseTheirFolders() {
        assertThat(HomeworkFileKind.cleanName("C:\\Users\\t\\Задание 1.pdf")).isEqualTo("Задание 1.pdf");
        assertThat(HomeworkFileKind.cleanName("../../etc/passwd.txt")).isEqualTo("passwd.txt");
        assertThatThrownBy(() -> HomeworkFileKind.cleanName("  ")).hasMessageContaining("имя файла");
    }
}
