package org.zhurnal.smev.protocol;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.Provider;
import java.security.PublicKey;
import java.security.Security;
import java.security.cert.X509Certificate;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLEventReader;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.events.Attribute;
import javax.xml.stream.events.StartElement;
import javax.xml.stream.events.XMLEvent;
import org.apache.xml.security.Init;
import org.apache.xml.security.algorithms.JCEMapper;
import org.apache.xml.security.algorithms.SignatureAlgorithm;
import org.apache.xml.security.algorithms.implementations.SignatureBaseRSA;
import org.apache.xml.security.signature.XMLSignature;
import org.apache.xml.security.signature.XMLSignatureException;
import org.apache.xml.security.signature.XMLSignatureInput;
import org.apache.xml.security.transforms.Transform;
import org.apache.xml.security.transforms.TransformSpi;
import org.apache.xml.security.transforms.TransformationException;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.zhurnal.esia.protocol.Gost;

/**
 * An XMLDSig verifier independent of {@link SmevSignature}: Apache Santuario's own {@link XMLSignature} (reference
 * resolution by Id, the transform chain, digest, {@code SignedInfo} canonicalisation, signature check) with the
 * GOST algorithms registered under their СМЭВ URIs (BouncyCastle) and the СМЭВ transform written anew over StAX,
 * the way the methodological recommendations' reference code does it — not through {@link SmevTransform}.
 */
final class SantuarioVerifier {

    private static final Provider BC = new BouncyCastleProvider();

    static {
        Init.init();
        if (Security.getProvider(BC.getName()) == null) {
            Security.addProvider(BC);
        }
        try {
            JCEMapper.register(SmevSignature.DIGEST_METHOD, new JCEMapper.Algorithm("", "GOST3411-2012-256", "MessageDigest"));
            JCEMapper.register(SmevSignature.SIGNATURE_METHOD, new JCEMapper.Algorithm("ECGOST3410-2012",
                    Gost.SIGNATURE, "Signature"));
            SignatureAlgorithm.register(SmevSignature.SIGNATURE_METHOD, GostSignature.class);
            Transform.register(SmevTransform.ALGORITHM, StaxSmevTransform.class);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private SantuarioVerifier() {
    }

    /** Whether the {@code ds:Signature} inside {@code holder} verifies with the certificate in its KeyInfo. */
    static boolean verifies(Element holder) throws Exception {
        Element signature = (Element) holder.getElementsByTagNameNS(SmevSignature.DS, "Signature").item(0);
        Document doc = holder.getOwnerDocument();
        markIds(doc.getDocumentElement());
        XMLSignature xmlSignature = new XMLSignature(signature, "", BC);
        X509Certificate certificate = xmlSignature.getKeyInfo().getX509Certificate();
        PublicKey key = KeyFactory.getInstance(Gost.KEY_ALGORITHM, BC)
                .generatePublic(new X509EncodedKeySpec(certificate.getPublicKey().getEncoded()));
        try {
            return xmlSignature.checkSignatureValue(key);
        } catch (XMLSignatureException refused) {
            return false;
        }
    }

    /** The digest Santuario computes for the signature's first reference over the wire bytes of its transforms. */
    static byte[] referenceOctets(Element holder) throws Exception {
        Element signature = (Element) holder.getElementsByTagNameNS(SmevSignature.DS, "Signature").item(0);
        markIds(holder.getOwnerDocument().getDocumentElement());
        XMLSignature xmlSignature = new XMLSignature(signature, "", BC);
        return xmlSignature.getSignedInfo().item(0).getContentsAfterTransformation().getBytes();
    }

    private static void markIds(Element element) {
        if (element.hasAttributeNS(null, "Id")) {
            element.setIdAttributeNS(null, "Id", true);
        }
        for (org.w3c.dom.Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child) {
                markIds(child);
            }
        }
    }

    /** GOST R 34.10-2012-256 over Streebog-256 through Santuario's JCA signature plumbing. */
    public static final class GostSignature extends SignatureBaseRSA {
        public GostSignature() throws XMLSignatureException {
            super(BC);
        }

        public GostSignature(Provider provider) throws XMLSignatureException {
            super(provider == null ? BC : provider);
        }

        @Override
        public String engineGetURI() {
            return SmevSignature.SIGNATURE_METHOD;
        }
    }

    /** The СМЭВ transform over the octets of the transform before it, by StAX events. */
    public static final class StaxSmevTransform extends TransformSpi {

        @Override
        protected String engineGetURI() {
            return SmevTransform.ALGORITHM;
        }

        @Override
        protected XMLSignatureInput enginePerformTransform(XMLSignatureInput input, OutputStream os, Element transform,
                                                           String baseURI, boolean secureValidation)
                throws IOException, TransformationException {
            try (InputStream in = input.getOctetStream()) {
                byte[] out = transform(in);
                if (os != null) {
                    os.write(out);
                    XMLSignatureInput result = new XMLSignatureInput((byte[]) null);
                    result.setOutputStream(os);
                    return result;
                }
                return new XMLSignatureInput(out);
            } catch (XMLStreamException e) {
                throw new TransformationException(e);
            }
        }

        static byte[] transform(InputStream in) throws XMLStreamException {
            XMLEventReader events = XMLInputFactory.newFactory().createXMLEventReader(in, "UTF-8");
            StringBuilder out = new StringBuilder();
            Deque<Map<String, String>> scopes = new ArrayDeque<>();
            Deque<String> names = new ArrayDeque<>();
            int[] counter = {0};
            while (events.hasNext()) {
                XMLEvent event = events.nextEvent();
                if (event.isStartElement()) {
                    StartElement start = event.asStartElement();
                    Map<String, String> declared = new LinkedHashMap<>();
                    scopes.push(declared);
                    String name = prefix(start.getName().getNamespaceURI(), scopes, declared, counter) + ":"
                            + start.getName().getLocalPart();
                    List<Attribute> attributes = new ArrayList<>();
                    for (Iterator<Attribute> it = start.getAttributes(); it.hasNext(); ) {
                        attributes.add(it.next());
                    }
                    attributes.sort(Comparator.comparing((Attribute a) -> a.getName().getNamespaceURI().isEmpty())
                            .thenComparing(a -> a.getName().getNamespaceURI())
                            .thenComparing(a -> a.getName().getLocalPart()));
                    StringBuilder attrs = new StringBuilder();
                    for (Attribute a : attributes) {
                        String uri = a.getName().getNamespaceURI();
                        attrs.append(' ').append(uri.isEmpty() ? "" : prefix(uri, scopes, declared, counter) + ":")
                                .append(a.getName().getLocalPart()).append("=\"")
                                .append(SmevTransform.escape(a.getValue(), true)).append('"');
                    }
                    out.append('<').append(name);
                    declared.forEach((uri, p) -> out.append(" xmlns:").append(p).append("=\"").append(uri).append('"'));
                    out.append(attrs).append('>');
                    names.push(name);
                } else if (event.isEndElement()) {
                    out.append("</").append(names.pop()).append('>');
                    scopes.pop();
                } else if (event.isCharacters() && !event.asCharacters().getData().isBlank()) {
                    out.append(SmevTransform.escape(event.asCharacters().getData(), false));
                }
            }
            return out.toString().getBytes(StandardCharsets.UTF_8);
        }

        private static String prefix(String uri, Deque<Map<String, String>> scopes, Map<String, String> declared,
                                     int[] counter) {
            for (Map<String, String> scope : scopes) {
                if (scope.containsKey(uri)) {
                    return scope.get(uri);
                }
            }
            String prefix = "ns" + (++counter[0]);
            declared.put(uri, prefix);
            return prefix;
        }
    }
}
