package org.zhurnal.smev.protocol;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * The СМЭВ transform ({@value #ALGORITHM}) of an element, as the СМЭВ 3 methodological recommendations describe
 * it: no XML declaration, processing instructions or comments; whitespace-only text dropped; every namespace prefix
 * (the default namespace too) replaced by {@code ns1}, {@code ns2}… in order of first use, declared on the element
 * that first uses it in its subtree, unused declarations dropped; attributes sorted by namespace URI and local
 * name, those without a namespace after the qualified ones (and sorted by local name); the element's prefix declared
 * before its attributes' ones, in the attributes' order; empty elements as a start and end tag; UTF-8. In a
 * signature's reference it follows exclusive canonicalisation: {@link #apply(byte[])} takes that transform's octets.
 */
public final class SmevTransform {

    public static final String ALGORITHM = "urn://smev-gov-ru/xmldsig/transform";

    private SmevTransform() {
    }

    /** The transform of an octet stream (the output of the transform before it, e.g. exc-c14n). */
    public static byte[] apply(byte[] octets) {
        return apply(SmevXml.parse(new String(octets, StandardCharsets.UTF_8)).getDocumentElement());
    }

    public static byte[] apply(Element element) {
        StringBuilder out = new StringBuilder();
        new Writer(out).element(element);
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static final class Writer {
        private final StringBuilder out;
        private final Deque<Map<String, String>> scopes = new ArrayDeque<>();
        private int counter;

        Writer(StringBuilder out) {
            this.out = out;
        }

        void element(Element element) {
            Map<String, String> declared = new LinkedHashMap<>();
            scopes.push(declared);
            String name = qualified(element.getNamespaceURI(), element.getLocalName() == null
                    ? element.getTagName() : element.getLocalName(), declared);
            List<Attr> attributes = new ArrayList<>();
            NamedNodeMap map = element.getAttributes();
            for (int i = 0; i < map.getLength(); i++) {
                Attr attr = (Attr) map.item(i);
                if (!"http://www.w3.org/2000/xmlns/".equals(attr.getNamespaceURI())) {
                    attributes.add(attr);
                }
            }
            attributes.sort(Comparator.comparing((Attr a) -> unqualified(a))
                    .thenComparing(a -> unqualified(a) ? "" : a.getNamespaceURI())
                    .thenComparing(a -> a.getLocalName() == null ? a.getName() : a.getLocalName()));
            List<String> written = new ArrayList<>();
            for (Attr attr : attributes) {
                String local = attr.getLocalName() == null ? attr.getName() : attr.getLocalName();
                written.add(attr.getNamespaceURI() == null ? local
                        : qualified(attr.getNamespaceURI(), local, declared));
            }
            out.append('<').append(name);
            declared.forEach((uri, prefix) -> out.append(" xmlns:").append(prefix).append("=\"").append(escape(uri, true))
                    .append('"'));
            for (int i = 0; i < attributes.size(); i++) {
                out.append(' ').append(written.get(i)).append("=\"").append(escape(attributes.get(i).getValue(), true))
                        .append('"');
            }
            out.append('>');
            for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
                if (child instanceof Element e) {
                    element(e);
                } else if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                    String text = child.getNodeValue();
                    if (!text.isBlank()) {
                        out.append(escape(text, false));
                    }
                }
            }
            out.append("</").append(name).append('>');
            scopes.pop();
        }

        private String qualified(String uri, String local, Map<String, String> declared) {
            if (uri == null || uri.isEmpty()) {
                return local;
            }
            for (Map<String, String> scope : scopes) {
                String prefix = scope.get(uri);
                if (prefix != null) {
                    return prefix + ":" + local;
                }
            }
            String prefix = "ns" + (++counter);
            declared.put(uri, prefix);
            return prefix + ":" + local;
        }
    }

    private static boolean unqualified(Attr attr) {
        return attr.getNamespaceURI() == null || attr.getNamespaceURI().isEmpty();
    }

    static String escape(String text, boolean attribute) {
        StringBuilder sb = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append(attribute ? "&quot;" : "\"");
                case '\r' -> sb.append("&#xD;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

}
