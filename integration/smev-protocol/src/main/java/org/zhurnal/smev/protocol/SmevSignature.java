package org.zhurnal.smev.protocol;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.zhurnal.esia.protocol.Gost;
import org.zhurnal.esia.protocol.Streebog;

/**
 * XMLDSig signatures as СМЭВ 3 uses them: a detached {@code ds:Signature} (inside e.g.
 * {@code CallerInformationSystemSignature}) over the element with the referenced {@code Id}; the reference's
 * transforms exclusive canonicalisation ({@link ExclusiveC14n}, Apache Santuario) and then the СМЭВ transform
 * ({@link SmevTransform}) over its octets, digest Streebog-256; {@code SignedInfo} canonicalised by exclusive
 * canonicalisation (its {@code CanonicalizationMethod}) and signed GOST R 34.10-2012-256; the signer's certificate
 * in {@code KeyInfo}. GOST through BouncyCastle ({@link Gost}, {@link Streebog}). Verification applies the
 * transforms the reference names and refuses any other algorithm.
 */
public final class SmevSignature {

    public static final String DS = "http://www.w3.org/2000/09/xmldsig#";
    public static final String EXC_C14N = "http://www.w3.org/2001/10/xml-exc-c14n#";
    public static final String SIGNATURE_METHOD = "urn:ietf:params:xml:ns:cpxmlsec:algorithms:gostr34102012-gostr34112012-256";
    public static final String DIGEST_METHOD = "urn:ietf:params:xml:ns:cpxmlsec:algorithms:gostr34112012-256";

    private SmevSignature() {
    }

    /** Signs the element with this {@code Id} and appends the {@code ds:Signature} to {@code holder}. */
    public static void sign(Element target, Element holder, PrivateKey key, X509Certificate certificate) {
        Document doc = holder.getOwnerDocument();
        String id = target.getAttribute("Id");
        if (id.isEmpty()) {
            throw new IllegalArgumentException("the signed element has no Id");
        }
        Element signature = doc.createElementNS(DS, "ds:Signature");
        Element signedInfo = child(signature, "SignedInfo");
        child(signedInfo, "CanonicalizationMethod").setAttribute("Algorithm", EXC_C14N);
        child(signedInfo, "SignatureMethod").setAttribute("Algorithm", SIGNATURE_METHOD);
        Element reference = child(signedInfo, "Reference");
        reference.setAttribute("URI", "#" + id);
        Element transforms = child(reference, "Transforms");
        child(transforms, "Transform").setAttribute("Algorithm", EXC_C14N);
        child(transforms, "Transform").setAttribute("Algorithm", SmevTransform.ALGORITHM);
        child(reference, "DigestMethod").setAttribute("Algorithm", DIGEST_METHOD);
        child(reference, "DigestValue").setTextContent(base64(Streebog.hash256(referenced(target))));
        holder.appendChild(signature);
        try {
            Signature signer = Signature.getInstance(Gost.SIGNATURE, Gost.provider());
            signer.initSign(key);
            signer.update(ExclusiveC14n.apply(signedInfo));
            child(signature, "SignatureValue").setTextContent(base64(signer.sign()));
            child(child(child(signature, "KeyInfo"), "X509Data"), "X509Certificate")
                    .setTextContent(base64(certificate.getEncoded()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign with GOST R 34.10-2012", e);
        }
    }

    /**
     * Verifies the {@code ds:Signature} in {@code holder} over the element it references (found in the same
     * document by {@code Id}) and returns the signer's certificate; throws when anything does not match.
     */
    public static X509Certificate verify(Element holder) {
        Element signature = first(holder, "Signature");
        Element signedInfo = first(signature, "SignedInfo");
        Element reference = first(signedInfo, "Reference");
        String uri = reference.getAttribute("URI");
        if (!uri.startsWith("#")) {
            throw new SmevSignatureException("Подпись не ссылается на подписанный элемент");
        }
        if (!SIGNATURE_METHOD.equals(first(signedInfo, "SignatureMethod").getAttribute("Algorithm"))
                || !DIGEST_METHOD.equals(first(reference, "DigestMethod").getAttribute("Algorithm"))) {
            throw new SmevSignatureException("Подпись не по ГОСТ Р 34.10-2012 (256)");
        }
        if (!EXC_C14N.equals(first(signedInfo, "CanonicalizationMethod").getAttribute("Algorithm"))) {
            throw new SmevSignatureException("SignedInfo канонизирован не исключающей канонизацией");
        }
        Element target = byId(holder.getOwnerDocument(), uri.substring(1));
        byte[] digest = Streebog.hash256(transformed(target, first(reference, "Transforms")));
        if (!Arrays.equals(digest, decode(first(reference, "DigestValue").getTextContent()))) {
            throw new SmevSignatureException("Подписанный элемент изменён после подписания");
        }
        try {
            X509Certificate certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(decode(first(signature, "X509Certificate")
                            .getTextContent())));
            PublicKey key = KeyFactory.getInstance(Gost.KEY_ALGORITHM, Gost.provider())
                    .generatePublic(new X509EncodedKeySpec(certificate.getPublicKey().getEncoded()));
            Signature verifier = Signature.getInstance(Gost.SIGNATURE, Gost.provider());
            verifier.initVerify(key);
            verifier.update(ExclusiveC14n.apply(signedInfo));
            if (!verifier.verify(decode(first(signature, "SignatureValue").getTextContent()))) {
                throw new SmevSignatureException("Подпись не сходится");
            }
            return certificate;
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new SmevSignatureException("Подпись не проверяется: " + e.getClass().getSimpleName(), e);
        }
    }

    /** What the reference's digest is over when we sign: exc-c14n, then the СМЭВ transform. */
    private static byte[] referenced(Element target) {
        return SmevTransform.apply(ExclusiveC14n.apply(target));
    }

    /**
     * The referenced element through the transforms the reference names, in order: exc-c14n and the СМЭВ transform
     * (СМЭВ requires the latter last); any other transform is refused.
     */
    private static byte[] transformed(Element target, Element transforms) {
        NodeList list = transforms.getElementsByTagNameNS(DS, "Transform");
        byte[] octets = null;
        for (int i = 0; i < list.getLength(); i++) {
            String algorithm = ((Element) list.item(i)).getAttribute("Algorithm");
            if (EXC_C14N.equals(algorithm)) {
                octets = octets == null ? ExclusiveC14n.apply(target)
                        : ExclusiveC14n.apply(SmevXml.parse(new String(octets, StandardCharsets.UTF_8)).getDocumentElement());
            } else if (SmevTransform.ALGORITHM.equals(algorithm)) {
                octets = octets == null ? SmevTransform.apply(target) : SmevTransform.apply(octets);
            } else {
                throw new SmevSignatureException("Преобразование подписи не поддерживается: " + algorithm);
            }
        }
        if (list.getLength() == 0
                || !SmevTransform.ALGORITHM.equals(((Element) list.item(list.getLength() - 1)).getAttribute("Algorithm"))) {
            throw new SmevSignatureException("В подписи нет преобразования СМЭВ " + SmevTransform.ALGORITHM);
        }
        return octets;
    }

    /** The element of the document with this {@code Id} attribute. */
    public static Element byId(Document doc, String id) {
        NodeList all = doc.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (id.equals(e.getAttribute("Id"))) {
                return e;
            }
        }
        throw new SmevSignatureException("Подписанный элемент " + id + " не найден");
    }

    private static Element first(Element parent, String localName) {
        if (parent == null) {
            throw new SmevSignatureException("Нет подписи");
        }
        NodeList found = parent.getElementsByTagNameNS(DS, localName);
        if (found.getLength() == 0) {
            throw new SmevSignatureException("В подписи нет элемента " + localName);
        }
        return (Element) found.item(0);
    }

    private static Element child(Node parent, String localName) {
        Element e = (parent.getOwnerDocument() == null ? (Document) parent : parent.getOwnerDocument())
                .createElementNS(DS, "ds:" + localName);
        parent.appendChild(e);
        return e;
    }

    private static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    private static byte[] decode(String text) {
        return Base64.getMimeDecoder().decode(text.strip());
    }
}
