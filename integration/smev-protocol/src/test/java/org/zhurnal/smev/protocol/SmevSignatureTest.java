package org.zhurnal.smev.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** GOST signatures of СМЭВ envelopes: verified as signed, refused when the signed element changed; the transform. */
class SmevSignatureTest {

    static final SmevSigner SIGNER = SmevSigner.throwAway("Журнал ИС");

    @Test
    void aSignedAckVerifiesWithTheCertificateInKeyInfo() {
        String ack = SmevMessages.ack("3f1c2a40-c8a2-11f0-8de9-0242ac120002", true, SIGNER);
        Document doc = SmevXml.parse(ack);

        assertThat(SmevSignature.verify(SmevXml.require(doc, SmevMessages.TYPES, "CallerInformationSystemSignature")))
                .isEqualTo(SIGNER.certificate());
        assertThat(ack).contains(SmevSignature.SIGNATURE_METHOD).contains(SmevTransform.ALGORITHM)
                .contains("Id=\"SIGNED_BY_CALLER\"");
    }

    @Test
    void aChangedSignedElementIsRefused() {
        String request = SmevMessages.getRequest("urn://zhurnal/epgu/progress/1.0.0", "ProgressRequest",
                OffsetDateTime.parse("2026-11-22T10:00:00+07:00"), SIGNER);
        Document doc = SmevXml.parse(request.replace("ProgressRequest", "OtherRequest"));

        assertThatThrownBy(() -> SmevSignature.verify(SmevXml.require(doc, SmevMessages.TYPES,
                "CallerInformationSystemSignature"))).isInstanceOf(SmevSignatureException.class)
                .hasMessage("Подписанный элемент изменён после подписания");
    }

    @Test
    void theTransformRenamesPrefixesSortsAttributesAndDropsWhitespace() {
        Document doc = SmevXml.parse("""
                <?xml version="1.0"?>
                <a:root xmlns:a="urn:a" xmlns:unused="urn:u" z="1" b="2">
                  <child xmlns="urn:b" a:x="3">текст &amp; &lt;</child>
                  <a:empty/>
                </a:root>""");

        assertThat(new String(SmevTransform.apply(doc.getDocumentElement()), StandardCharsets.UTF_8)).isEqualTo(
                "<ns1:root xmlns:ns1=\"urn:a\" b=\"2\" z=\"1\"><ns2:child xmlns:ns2=\"urn:b\" ns1:x=\"3\">"
                        + "текст &amp; &lt;</ns2:child><ns1:empty></ns1:empty></ns1:root>");
    }
}
