package org.zhurnal.smev.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The cases of W3C exclusive canonicalisation (without comments) that СМЭВ signatures depend on. */
class ExclusiveC14nTest {

    @Test
    void inheritedNamespacesAreRenderedOnlyWhereVisiblyUsed() {
        Document doc = SmevXml.parse("""
                <a:root xmlns:a="urn:a" xmlns:b="urn:b" xmlns:unused="urn:u" xmlns="urn:default">
                <a:child b:attr="1"><a:leaf/></a:child><a:plain/></a:root>""");
        Element child = (Element) doc.getDocumentElement().getFirstChild().getNextSibling();
        Element plain = (Element) child.getNextSibling();

        assertThat(c14n(child)).isEqualTo(
                "<a:child xmlns:a=\"urn:a\" xmlns:b=\"urn:b\" b:attr=\"1\"><a:leaf></a:leaf></a:child>");
        assertThat(c14n(plain)).isEqualTo("<a:plain xmlns:a=\"urn:a\"></a:plain>");
    }

    @Test
    void aDeclarationIsNotRepeatedBelowTheElementThatRendersIt() {
        Document doc = SmevXml.parse("<a:r xmlns:a=\"urn:a\"><a:c xmlns:a=\"urn:a\"><a:d xmlns:a=\"urn:other\"/></a:c></a:r>");
        assertThat(c14n(doc.getDocumentElement())).isEqualTo(
                "<a:r xmlns:a=\"urn:a\"><a:c><a:d xmlns:a=\"urn:other\"></a:d></a:c></a:r>");
    }

    @Test
    void declarationsComeFirstThenAttributesByNamespaceUriAndLocalName() {
        Document doc = SmevXml.parse("<e z=\"1\" y:c=\"3\" a=\"2\" x:b=\"4\" xmlns:y=\"urn:b\" xmlns:x=\"urn:a\"/>");
        assertThat(c14n(doc.getDocumentElement())).isEqualTo(
                "<e xmlns:x=\"urn:a\" xmlns:y=\"urn:b\" a=\"2\" z=\"1\" x:b=\"4\" y:c=\"3\"></e>");
    }

    @Test
    void whitespaceIsKeptAndSpecialCharactersEscaped() {
        Document doc = SmevXml.parse("<e a=\"t&#9;n&#10;&quot;&lt;\">\n  x &amp; y &gt; z\r\n <![CDATA[<c>]]> </e>");
        assertThat(c14n(doc.getDocumentElement())).isEqualTo(
                "<e a=\"t&#x9;n&#xA;&quot;&lt;\">\n  x &amp; y &gt; z\n &lt;c&gt; </e>");
    }

    @Test
    void commentsAreRemovedProcessingInstructionsKept() {
        Document doc = SmevXml.parse("<e><!-- примечание --><?pi data?>текст<!--x--></e>");
        assertThat(c14n(doc.getDocumentElement())).isEqualTo("<e><?pi data?>текст</e>");
    }

    @Test
    void aDocumentBuiltInMemoryGetsItsNamespacesDeclared() {
        Document doc = SmevXml.newDocument();
        Element root = doc.createElementNS("urn:a", "p:root");
        doc.appendChild(root);
        Element child = doc.createElementNS("urn:a", "p:child");
        child.setAttribute("Id", "X");
        root.appendChild(child);
        assertThat(c14n(child)).isEqualTo("<p:child xmlns:p=\"urn:a\" Id=\"X\"></p:child>");
    }

    private static String c14n(Element element) {
        return new String(ExclusiveC14n.apply(element), StandardCharsets.UTF_8);
    }
}
