package org.zhurnal.smev.protocol;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** Namespace-aware, DTD-free XML reading and writing for СМЭВ messages. */
public final class SmevXml {

    private SmevXml() {
    }

    public static Document newDocument() {
        return builder().newDocument();
    }

    /** Parses a message; anything that is not well-formed XML (or declares a DTD) is a {@link SmevProtocolException}. */
    public static Document parse(String xml) {
        try {
            return builder().parse(new ByteArrayInputStream((xml == null ? "" : xml).getBytes(StandardCharsets.UTF_8)));
        } catch (SAXException | java.io.IOException e) {
            throw new SmevProtocolException("Сообщение СМЭВ не является XML: " + e.getClass().getSimpleName());
        }
    }

    public static String write(Node node) {
        try {
            Transformer transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, node instanceof Document ? "no" : "yes");
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            StringWriter out = new StringWriter();
            transformer.transform(new DOMSource(node), new StreamResult(out));
            return out.toString();
        } catch (TransformerException e) {
            throw new IllegalStateException("cannot write XML", e);
        }
    }

    /** The first descendant element with this namespace and local name. */
    public static Optional<Element> find(Node parent, String namespace, String localName) {
        NodeList found = parent instanceof Document d ? d.getElementsByTagNameNS(namespace, localName)
                : ((Element) parent).getElementsByTagNameNS(namespace, localName);
        return found.getLength() == 0 ? Optional.empty() : Optional.of((Element) found.item(0));
    }

    public static Element require(Node parent, String namespace, String localName) {
        return find(parent, namespace, localName).orElseThrow(() ->
                new SmevProtocolException("В сообщении СМЭВ нет элемента " + localName));
    }

    public static String text(Node parent, String namespace, String localName) {
        return require(parent, namespace, localName).getTextContent().strip();
    }

    /** The first child element, or empty. */
    public static Optional<Element> firstElement(Element parent) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    public static Element add(Node parent, String namespace, String qualifiedName) {
        Document doc = parent instanceof Document d ? d : parent.getOwnerDocument();
        Element e = doc.createElementNS(namespace, qualifiedName);
        parent.appendChild(e);
        return e;
    }

    public static Element add(Node parent, String namespace, String qualifiedName, String text) {
        Element e = add(parent, namespace, qualifiedName);
        e.setTextContent(text);
        return e;
    }

    private static DocumentBuilder builder() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }
}
