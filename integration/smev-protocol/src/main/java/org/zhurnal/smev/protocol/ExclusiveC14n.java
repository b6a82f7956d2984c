package org.zhurnal.smev.protocol;

import java.io.ByteArrayOutputStream;
import org.apache.xml.security.Init;
import org.apache.xml.security.c14n.Canonicalizer;
import org.apache.xml.security.exceptions.XMLSecurityException;
import org.w3c.dom.Document;
import org.w3c.dom.Node;

/**
 * Exclusive XML canonicalisation without comments ({@value #ALGORITHM}, W3C "Exclusive XML Canonicalization
 * Version 1.0") of a DOM subtree, by Apache Santuario: namespace declarations only where visibly used (inherited
 * ones rendered on the subtree's element that uses them), declarations before attributes and both sorted, empty
 * elements as start and end tag, comments removed, whitespace kept, UTF-8.
 */
public final class ExclusiveC14n {

    public static final String ALGORITHM = Canonicalizer.ALGO_ID_C14N_EXCL_OMIT_COMMENTS;

    static {
        Init.init();
    }

    private ExclusiveC14n() {
    }

    /**
     * The canonical octets of the subtree rooted at {@code node}. A document built in memory (elements made with
     * a namespace but no {@code xmlns} attribute) first gets the declarations a serialiser would write (DOM level 3
     * namespace fix-up), since canonicalisation renders declared namespaces only.
     */
    public static byte[] apply(Node node) {
        try {
            Document doc = node instanceof Document d ? d : node.getOwnerDocument();
            doc.normalizeDocument();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Canonicalizer.getInstance(ALGORITHM).canonicalizeSubtree(node, out);
            return out.toByteArray();
        } catch (XMLSecurityException e) {
            throw new SmevSignatureException("Не удаётся канонизировать XML: " + e.getMessage(), e);
        }
    }
}
