package org.zhurnal.simulators.smev;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.zhurnal.smev.protocol.SmevMessages;
import org.zhurnal.smev.protocol.SmevProtocolException;
import org.zhurnal.smev.protocol.SmevSignature;
import org.zhurnal.smev.protocol.SmevSignatureException;
import org.zhurnal.smev.protocol.SmevSigner;
import org.zhurnal.smev.protocol.SmevXml;

/**
 * The СМЭВ 3 message exchange as a service provider sees it, for development and tests: SOAP 1.1 over HTTP at
 * {@value #PATH}. It holds a queue of requests (as the state portal would send them, {@link #enqueue}); a
 * {@code GetRequestRequest} takes the oldest one not acknowledged and not handed out within the lease (a request
 * not acknowledged comes again, as in СМЭВ), signed by the "portal" ({@code SenderInformationSystemSignature})
 * and by СМЭВ ({@code SMEVSignature}); {@code SendResponseRequest} and {@code AckRequest} are taken only with a
 * valid GOST signature of the caller (else a SOAP fault {@code SignatureVerificationFault}). Responses are kept
 * by the request they answer (the same response MessageID twice is kept once).
 */
public final class SmevSimulator implements AutoCloseable {

    public static final String PATH = "/smev3";

    /** How the exchange answers. */
    public enum Mode {
        NORMAL,
        /** 503 to everything. */
        DOWN,
        /** An HTML error page instead of a GetRequestResponse. */
        GARBAGE,
        /** A fault for every AckRequest (requests stay in the queue and come again after the lease). */
        ACK_FAILS,
        /**
         * Holds every call unanswered (at most a minute) until the mode changes, slower than any client waits, then
         * answers it 504 without doing it (the caller has given up long before).
         */
        SLOW
    }

    /** A request in the queue. */
    private static final class Queued {
        final String messageId;
        final String replyTo;
        final String content;
        Instant leasedUntil = Instant.MIN;
        boolean acknowledged;

        Queued(String messageId, String replyTo, String content) {
            this.messageId = messageId;
            this.replyTo = replyTo;
            this.content = content;
        }
    }

    /** A response as the simulator took it: its id, the request it answers, and the answer element's XML. */
    public record Response(String messageId, String requestMessageId, String answer, boolean rejected) {
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final SmevSigner smev = SmevSigner.throwAway("СМЭВ 3 (симулятор)");
    private final SmevSigner portal = SmevSigner.throwAway("ЕПГУ (симулятор)");
    private final List<Queued> queue = new ArrayList<>();
    private final Map<String, Response> responses = new LinkedHashMap<>();
    private final AtomicInteger calls = new AtomicInteger();
    private final List<String> faults = new ArrayList<>();
    private final Clock clock = Clock.systemUTC();
    private volatile Duration lease = Duration.ofSeconds(30);
    private volatile Mode mode = Mode.NORMAL;
    private final Object slowCalls = new Object();
    private volatile X509Certificate trusted;

    private SmevSimulator(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress("localhost", port), 64);
        executor = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "smev-simulator");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext(PATH, this::handle);
        server.start();
    }

    public static SmevSimulator start(int port) {
        try {
            return new SmevSimulator(port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String url() {
        return "http://localhost:" + server.getAddress().getPort() + PATH;
    }

    /** СМЭВ's own certificate, which a provider checks {@code SMEVSignature} against. */
    public X509Certificate smevCertificate() {
        return smev.certificate();
    }

    /** Only this certificate's signatures are taken (null: any valid GOST signature, as for a test contour). */
    public SmevSimulator trust(X509Certificate certificate) {
        this.trusted = certificate;
        return this;
    }

    public SmevSimulator mode(Mode newMode) {
        synchronized (slowCalls) {
            this.mode = newMode;
            slowCalls.notifyAll();
        }
        return this;
    }

    /** In {@link Mode#SLOW}, waits until the mode changes (bounded), as a congested СМЭВ would; whether it held. */
    private boolean heldWhileSlow() {
        long until = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(1);
        boolean held = false;
        synchronized (slowCalls) {
            while (mode == Mode.SLOW && System.nanoTime() < until) {
                held = true;
                try {
                    slowCalls.wait(1_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return true;
                }
            }
        }
        return held;
    }

    /** How long a request handed out waits for its acknowledgement before it is handed out again. */
    public SmevSimulator lease(Duration newLease) {
        this.lease = newLease;
        return this;
    }

    /** Puts a request (the business content, an XML element) into the provider's queue; returns its MessageID. */
    public synchronized String enqueue(String contentXml) {
        String id = UUID.randomUUID().toString();
        queue.add(new Queued(id, "REPLY-TO-" + UUID.randomUUID(), contentXml));
        return id;
    }

    public synchronized Optional<Response> responseTo(String requestMessageId) {
        return responses.values().stream().filter(r -> r.requestMessageId().equals(requestMessageId)).findFirst();
    }

    public synchronized List<Response> responses() {
        return List.copyOf(responses.values());
    }

    public synchronized boolean acknowledged(String requestMessageId) {
        return queue.stream().anyMatch(q -> q.messageId.equals(requestMessageId) && q.acknowledged);
    }

    public synchronized List<String> faults() {
        return List.copyOf(faults);
    }

    public int calls() {
        return calls.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        calls.incrementAndGet();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        if (heldWhileSlow()) {
            send(exchange, 504, "text/plain", "СМЭВ не успела ответить");
            return;
        }
        if (mode == Mode.DOWN) {
            send(exchange, 503, "text/plain", "СМЭВ недоступна");
            return;
        }
        try {
            Document doc = SmevXml.parse(body);
            Element request = SmevXml.firstElement(SmevXml.require(doc, SmevMessages.SOAP, "Body"))
                    .orElseThrow(() -> new SmevProtocolException("empty body"));
            verify(request);
            switch (request.getLocalName()) {
                case "GetRequestRequest" -> {
                    if (mode == Mode.GARBAGE) {
                        send(exchange, 200, "text/xml", "<html><body>502 Bad Gateway</body></html>");
                    } else {
                        send(exchange, 200, "text/xml", getRequestResponse(request));
                    }
                }
                case "SendResponseRequest" -> send(exchange, 200, "text/xml", sendResponse(request));
                case "AckRequest" -> {
                    if (mode == Mode.ACK_FAILS) {
                        fault(exchange, "SystemFault", "acknowledgements are not taken now");
                        return;
                    }
                    ack(SmevXml.text(request, SmevMessages.BASIC, "AckTargetMessage"));
                    Document answer = SmevXml.newDocument();
                    SmevXml.add(SmevMessages.body(answer), SmevMessages.TYPES, "ns:AckResponse");
                    send(exchange, 200, "text/xml", SmevXml.write(answer));
                }
                default -> fault(exchange, "InvalidContentFault", "unknown request " + request.getLocalName());
            }
        } catch (SmevSignatureException e) {
            fault(exchange, "SignatureVerificationFault", e.getMessage());
        } catch (SmevProtocolException e) {
            fault(exchange, "InvalidContentFault", e.getMessage());
        }
    }

    private void verify(Element request) {
        Element holder = SmevXml.find(request, SmevMessages.TYPES, "CallerInformationSystemSignature")
                .orElseThrow(() -> new SmevSignatureException("Нет подписи информационной системы"));
        X509Certificate signer = SmevSignature.verify(holder);
        if (trusted != null && !trusted.equals(signer)) {
            throw new SmevSignatureException("Сертификат не зарегистрирован в СМЭВ");
        }
    }

    private synchronized String getRequestResponse(Element request) {
        String namespace = SmevXml.text(request, SmevMessages.BASIC, "NamespaceURI");
        Instant now = clock.instant();
        Document doc = SmevXml.newDocument();
        Element response = SmevXml.add(SmevMessages.body(doc), SmevMessages.TYPES, "ns:GetRequestResponse");
        for (Queued q : queue) {
            if (q.acknowledged || q.leasedUntil.isAfter(now)) {
                continue;
            }
            Element content = SmevXml.parse(q.content).getDocumentElement();
            if (!namespace.equals(content.getNamespaceURI())) {
                continue;
            }
            q.leasedUntil = now.plus(lease);
            Element message = SmevXml.add(response, SmevMessages.TYPES, "ns:RequestMessage");
            Element req = SmevXml.add(message, SmevMessages.TYPES, "ns:Request");
            req.setAttribute("Id", SmevMessages.SIGNED_BY_SMEV);
            Element data = SmevXml.add(req, SmevMessages.TYPES, "ns:SenderProvidedRequestData");
            data.setAttribute("Id", SmevMessages.SIGNED_BY_CALLER);
            SmevXml.add(data, SmevMessages.TYPES, "ns:MessageID", q.messageId);
            SmevXml.add(data, SmevMessages.BASIC, "basic:MessagePrimaryContent").appendChild(doc.importNode(content, true));
            Element metadata = SmevXml.add(req, SmevMessages.TYPES, "ns:MessageMetadata");
            SmevXml.add(metadata, SmevMessages.TYPES, "ns:MessageType", "REQUEST");
            SmevXml.add(metadata, SmevMessages.TYPES, "ns:SendingTimestamp", OffsetDateTime.now(clock).toString());
            SmevXml.add(req, SmevMessages.TYPES, "ns:ReplyTo", q.replyTo);
            Element senderSignature = SmevXml.add(req, SmevMessages.TYPES, "ns:SenderInformationSystemSignature");
            SmevSignature.sign(data, senderSignature, portal.key(), portal.certificate());
            Element smevSignature = SmevXml.add(message, SmevMessages.TYPES, "ns:SMEVSignature");
            SmevSignature.sign(req, smevSignature, smev.key(), smev.certificate());
            break;
        }
        return SmevXml.write(doc);
    }

    private synchronized String sendResponse(Element request) {
        Element data = SmevXml.require(request, SmevMessages.TYPES, "SenderProvidedResponseData");
        String messageId = SmevXml.text(data, SmevMessages.TYPES, "MessageID");
        String to = SmevXml.text(data, SmevMessages.TYPES, "To");
        Queued answered = queue.stream().filter(q -> q.replyTo.equals(to)).findFirst()
                .orElseThrow(() -> new SmevProtocolException("Нет запроса с таким ReplyTo"));
        Optional<Element> rejected = SmevXml.find(data, SmevMessages.TYPES, "RequestRejected");
        Element answer = rejected.orElseGet(() -> SmevXml.require(data, SmevMessages.BASIC, "MessagePrimaryContent"));
        responses.putIfAbsent(messageId, new Response(messageId, answered.messageId, SmevXml.write(answer),
                rejected.isPresent()));
        Document doc = SmevXml.newDocument();
        Element response = SmevXml.add(SmevMessages.body(doc), SmevMessages.TYPES, "ns:SendResponseResponse");
        Element metadata = SmevXml.add(response, SmevMessages.TYPES, "ns:MessageMetadata");
        SmevXml.add(metadata, SmevMessages.TYPES, "ns:MessageId", messageId);
        SmevXml.add(metadata, SmevMessages.TYPES, "ns:SendingTimestamp", OffsetDateTime.now(clock).toString());
        return SmevXml.write(doc);
    }

    private synchronized void ack(String messageId) {
        queue.stream().filter(q -> q.messageId.equals(messageId)).findFirst()
                .orElseThrow(() -> new SmevProtocolException("Нет сообщения " + messageId)).acknowledged = true;
    }

    private void fault(HttpExchange exchange, String detail, String message) throws IOException {
        synchronized (this) {
            faults.add(detail + ": " + message);
        }
        send(exchange, 500, "text/xml", SmevMessages.fault(detail, message));
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type + "; charset=UTF-8");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
