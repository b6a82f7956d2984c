package org.zhurnal.smev.protocol;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The SOAP 1.1 envelopes of СМЭВ 3 message exchange (namespaces 1.3) that a service provider's information system
 * sends and reads: {@code GetRequestRequest} (with a {@code MessageTypeSelector} for the service's root element),
 * {@code GetRequestResponse} (a {@code RequestMessage} or nothing), {@code SendResponseRequest} with
 * {@code MessagePrimaryContent} or {@code RequestRejected}, and {@code AckRequest}. Every request is signed in
 * {@code CallerInformationSystemSignature} over the element with {@code Id="SIGNED_BY_CALLER"}.
 */
public final class SmevMessages {

    public static final String SOAP = "http://schemas.xmlsoap.org/soap/envelope/";
    public static final String TYPES = "urn://x-artefacts-smev-gov-ru/services/message-exchange/types/1.3";
    public static final String BASIC = "urn://x-artefacts-smev-gov-ru/services/message-exchange/types/basic/1.3";
    public static final String FAULTS = "urn://x-artefacts-smev-gov-ru/services/message-exchange/types/faults/1.3";
    public static final String SIGNED_BY_CALLER = "SIGNED_BY_CALLER";
    public static final String SIGNED_BY_SMEV = "SIGNED_BY_SMEV";

    /** A request taken from the queue: its СМЭВ id, where the answer goes, and the business content. */
    public record IncomingRequest(String messageId, String replyTo, Element content) {
    }

    private SmevMessages() {
    }

    public static String getRequest(String namespaceUri, String rootElement, OffsetDateTime now, SmevSigner signer) {
        Document doc = SmevXml.newDocument();
        Element request = SmevXml.add(body(doc), TYPES, "ns:GetRequestRequest");
        Element selector = SmevXml.add(request, BASIC, "basic:MessageTypeSelector");
        selector.setAttribute("Id", SIGNED_BY_CALLER);
        SmevXml.add(selector, BASIC, "basic:NamespaceURI", namespaceUri);
        SmevXml.add(selector, BASIC, "basic:RootElementLocalName", rootElement);
        SmevXml.add(selector, BASIC, "basic:Timestamp", now.toString());
        return signed(doc, selector, request, signer);
    }

    /** The request in a {@code GetRequestResponse}, or empty when the queue had nothing. */
    public static Optional<IncomingRequest> readGetRequestResponse(String xml) {
        Document doc = SmevXml.parse(xml);
        failIfFault(doc);
        SmevXml.require(doc, TYPES, "GetRequestResponse");
        Optional<Element> message = SmevXml.find(doc, TYPES, "RequestMessage");
        if (message.isEmpty()) {
            return Optional.empty();
        }
        Element data = SmevXml.require(message.get(), TYPES, "SenderProvidedRequestData");
        Element primary = SmevXml.require(data, BASIC, "MessagePrimaryContent");
        Element content = SmevXml.firstElement(primary)
                .orElseThrow(() -> new SmevProtocolException("Пустое содержание запроса СМЭВ"));
        return Optional.of(new IncomingRequest(SmevXml.text(data, TYPES, "MessageID"),
                SmevXml.text(message.get(), TYPES, "ReplyTo"), content));
    }

    /**
     * A {@code SendResponseRequest} answering to {@code replyTo} with our message id and {@code answer}: the XML of
     * a {@code MessagePrimaryContent} or a {@code RequestRejected} element (as {@link #primaryContent} and
     * {@link #rejection} make them).
     */
    public static String sendResponse(String messageId, String replyTo, String answer, SmevSigner signer) {
        Document doc = SmevXml.newDocument();
        Element request = SmevXml.add(body(doc), TYPES, "ns:SendResponseRequest");
        Element data = SmevXml.add(request, TYPES, "ns:SenderProvidedResponseData");
        data.setAttribute("Id", SIGNED_BY_CALLER);
        SmevXml.add(data, TYPES, "ns:MessageID", messageId);
        SmevXml.add(data, TYPES, "ns:To", replyTo);
        data.appendChild(doc.importNode(SmevXml.parse(answer).getDocumentElement(), true));
        return signed(doc, data, request, signer);
    }

    /** A {@code basic:MessagePrimaryContent} holding the business answer (an XML element as text). */
    public static String primaryContent(String contentXml) {
        Document doc = SmevXml.newDocument();
        Element primary = SmevXml.add(doc, BASIC, "basic:MessagePrimaryContent");
        primary.appendChild(doc.importNode(SmevXml.parse(contentXml).getDocumentElement(), true));
        return SmevXml.write(primary);
    }

    /** A {@code RequestRejected}: {@code ACCESS_DENIED}, {@code NO_DATA}, {@code UNKNOWN_REQUEST_DESCRIPTION}, {@code FAILURE}. */
    public static String rejection(String code, String description) {
        Document doc = SmevXml.newDocument();
        Element rejected = SmevXml.add(doc, TYPES, "ns:RequestRejected");
        SmevXml.add(rejected, TYPES, "ns:RejectionReasonCode", code);
        SmevXml.add(rejected, TYPES, "ns:RejectionReasonDescription", description);
        return SmevXml.write(rejected);
    }

    public static String ack(String messageId, boolean accepted, SmevSigner signer) {
        Document doc = SmevXml.newDocument();
        Element request = SmevXml.add(body(doc), TYPES, "ns:AckRequest");
        Element target = SmevXml.add(request, BASIC, "basic:AckTargetMessage", messageId);
        target.setAttribute("Id", SIGNED_BY_CALLER);
        target.setAttribute("accepted", String.valueOf(accepted));
        return signed(doc, target, request, signer);
    }

    /** A SOAP fault in СМЭВ's manner: {@code faultcode} and the fault detail element named {@code detailName}. */
    public static String fault(String detailName, String message) {
        Document doc = SmevXml.newDocument();
        Element fault = SmevXml.add(body(doc), SOAP, "soap:Fault");
        SmevXml.add(fault, null, "faultcode", "soap:Client");
        SmevXml.add(fault, null, "faultstring", message);
        SmevXml.add(SmevXml.add(fault, null, "detail"), FAULTS, "f:" + detailName, message);
        return SmevXml.write(doc);
    }

    /** Throws {@link SmevFaultException} when the answer is a SOAP fault. */
    public static void failIfFault(Document doc) {
        Optional<Element> fault = SmevXml.find(doc, SOAP, "Fault");
        if (fault.isPresent()) {
            String text = SmevXml.find(fault.get(), null, "faultstring").map(Node::getTextContent).orElse("");
            throw new SmevFaultException("СМЭВ вернула ошибку: " + (text.length() > 300 ? text.substring(0, 300) : text));
        }
    }

    /** The body element under the envelope of a new document. */
    public static Element body(Document doc) {
        Element envelope = SmevXml.add(doc, SOAP, "soap:Envelope");
        return SmevXml.add(envelope, SOAP, "soap:Body");
    }

    private static String signed(Document doc, Element target, Element request, SmevSigner signer) {
        Element holder = SmevXml.add(request, TYPES, "ns:CallerInformationSystemSignature");
        SmevSignature.sign(target, holder, signer.key(), signer.certificate());
        return SmevXml.write(doc);
    }
}
