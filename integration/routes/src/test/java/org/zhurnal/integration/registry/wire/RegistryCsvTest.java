package org.zhurnal.integration.registry.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RegistryCsvTest {

    @Test
    void readsColumnsByHeaderWithQuotesAndTheDeclaredMessageId() {
        RegistryBatch batch = RegistryCsv.read("#messageId=REG-7\n"
                + "kind;recordId;orderRef;schoolInn\n"
                + "STUDENT_LEFT;R-1;\"№ 5; от \"\"01.09\"\"\";2466001234\r\n"
                + "CLASS_OPENED;R-2;;2466001234\n");

        assertThat(batch.messageId()).isEqualTo("REG-7");
        assertThat(batch.records()).extracting(RegistryRecord::recordId).containsExactly("R-1", "R-2");
        assertThat(batch.records().get(0).orderRef()).isEqualTo("№ 5; от \"01.09\"");
        assertThat(batch.records().get(0).schoolInn()).isEqualTo("2466001234");
    }

    @Test
    void unknownColumnsAreIgnoredPaddedHeadersMatchAndShortRowsLeaveTheRestEmpty() {
        RegistryBatch batch = RegistryCsv.read("recordId; extra ;kind; surname \n"
                + "R-1;x;STUDENT_LEFT;Смирнов\n"
                + "R-2;y\n");

        assertThat(batch.records().get(0).kind()).isEqualTo("STUDENT_LEFT");
        assertThat(batch.records().get(0).surname()).isEqualTo("Смирнов");
        assertThat(batch.records().get(1).recordId()).isEqualTo("R-2");
        assertThat(batch.records().get(1).kind()).isNull();
        assertThat(batch.records().get(1).snils()).isNull();
    }

    @Test
    void withoutADeclaredIdTheSameContentHasTheSameMessageId() {
        String csv = "recordId;kind\nR-1;CLASS_OPENED\n";
        assertThat(RegistryCsv.read(csv).messageId()).startsWith("sha256:").isEqualTo(RegistryCsv.read(csv).messageId());
        assertThat(RegistryCsv.read(csv + "R-2;CLASS_OPENED\n").messageId()).isNotEqualTo(RegistryCsv.read(csv).messageId());
    }

    @Test
    void aFileWithoutHeaderIsMalformed() {
        assertThatThrownBy(() -> RegistryCsv.read("R-1;CLASS_OPENED\n")).isInstanceOf(MalformedBatchException.class)
                .hasMessage("В файле CSV нет строки заголовка с колонками recordId и kind");
    }

    @Test
    void xmlWithADoctypeIsRefused() {
        assertThatThrownBy(() -> RegistryXml.read("""
                <?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>
                <contingentChanges messageId="M"><change><recordId>&e;</recordId></change></contingentChanges>"""))
                .isInstanceOf(MalformedBatchException.class);
    }
}
