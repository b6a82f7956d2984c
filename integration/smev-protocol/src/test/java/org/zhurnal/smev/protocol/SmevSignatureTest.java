package org.zhurnal.smev.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

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
    void ourSignatureVerifiesThroughSantuarioIndependently() throws Exception {
        String request = SmevMessages.getRequest("urn://zhurnal/epgu/progress/1.0.0", "ProgressRequest",
                OffsetDateTime.parse("2026-11-22T10:00:00+07:00"), SIGNER);
        Document doc = SmevXml.parse(request);
        Element holder = SmevXml.require(doc, SmevMessages.TYPES, "CallerInformationSystemSignature");

        assertThat(SantuarioVerifier.verifies(holder)).isTrue();
        assertThat(SantuarioVerifier.referenceOctets(holder)).isEqualTo(
                SmevTransform.apply(ExclusiveC14n.apply(SmevSignature.byId(doc, "SIGNED_BY_CALLER"))));
    }

    @Test
    void aSignatureSurvivesBeingMovedIntoAnotherEnvelopeWithOtherNamespaces() throws Exception {
        String ack = SmevMessages.ack("3f1c2a40-c8a2-11f0-8de9-0242ac120002", true, SIGNER);
        String wrapped = ack.replaceFirst("<([A-Za-z0-9]+:)?Envelope ", "<$1Envelope xmlns:extra=\"urn:extra\" ");
        Document doc = SmevXml.parse(wrapped);
        Element holder = SmevXml.require(doc, SmevMessages.TYPES, "CallerInformationSystemSignature");

        assertThat(wrapped).contains("xmlns:extra");
        assertThat(SmevSignature.verify(holder)).isEqualTo(SIGNER.certificate());
        assertThat(SantuarioVerifier.verifies(holder)).isTrue();
    }

    @Test
    void aChangedElementOrSignedInfoIsRefusedByBothVerifiers() throws Exception {
        String ack = SmevMessages.ack("3f1c2a40-c8a2-11f0-8de9-0242ac120002", true, SIGNER);
        Document changedElement = SmevXml.parse(ack.replace("accepted=\"true\"", "accepted=\"false\""));
        Element holder = SmevXml.require(changedElement, SmevMessages.TYPES, "CallerInformationSystemSignature");
        assertThatThrownBy(() -> SmevSignature.verify(holder)).isInstanceOf(SmevSignatureException.class)
                .hasMessage("Подписанный элемент изменён после подписания");
        assertThat(SantuarioVerifier.verifies(holder)).isFalse();

        Document changedDigest = SmevXml.parse(ack);
        Element digest = (Element) changedDigest.getElementsByTagNameNS(SmevSignature.DS, "DigestValue").item(0);
        Element reference = (Element) digest.getParentNode();
        Element signedInfo = (Element) reference.getParentNode();
        signedInfo.appendChild(changedDigest.createComment("комментарий не подписан, c14n его убирает"));
        Element otherHolder = SmevXml.require(changedDigest, SmevMessages.TYPES, "CallerInformationSystemSignature");
        assertThat(SmevSignature.verify(otherHolder)).isEqualTo(SIGNER.certificate());
        ((Element) signedInfo.getElementsByTagNameNS(SmevSignature.DS, "SignatureMethod").item(0))
                .setAttribute("extra", "1");
        assertThatThrownBy(() -> SmevSignature.verify(otherHolder)).isInstanceOf(SmevSignatureException.class)
                .hasMessage("Подпись не сходится");
        assertThat(SantuarioVerifier.verifies(otherHolder)).isFalse();
    }

    @Test
    void anUnknownTransformIsRefused() {
        String ack = SmevMessages.ack("3f1c2a40-c8a2-11f0-8de9-0242ac120002", true, SIGNER);
        Document doc = SmevXml.parse(ack.replace(SmevTransform.ALGORITHM, "http://www.w3.org/TR/1999/REC-xslt-19991116"));
        assertThatThrownBy(() -> SmevSignature.verify(SmevXml.require(doc, SmevMessages.TYPES,
                "CallerInformationSystemSignature"))).isInstanceOf(SmevSignatureException.class)
                .hasMessageContaining("не поддерживается");
    }

    @Test
    void theTransformPutsQualifiedAttributesBeforeUnqualifiedOnes() throws Exception {
        String xml = "<a:root xmlns:a=\"urn:a\" xmlns:b=\"urn:b\" z=\"1\" b:y=\"2\" a:x=\"3\" c=\"4\"><a:c/></a:root>";
        String ours = new String(SmevTransform.apply(SmevXml.parse(xml).getDocumentElement()), StandardCharsets.UTF_8);
        assertThat(ours).isEqualTo("<ns1:root xmlns:ns1=\"urn:a\" xmlns:ns2=\"urn:b\" ns1:x=\"3\" ns2:y=\"2\" c=\"4\" z=\"1\">"
                + "<ns1:c></ns1:c></ns1:root>");
        assertThat(new String(SantuarioVerifier.StaxSmevTransform.transform(
                new java.io.ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))), StandardCharsets.UTF_8))
                .isEqualTo(ours);
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
