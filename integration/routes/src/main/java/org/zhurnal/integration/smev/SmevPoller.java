package org.zhurnal.integration.smev;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.zhurnal.exchange.application.ExchangeCounts;
import org.zhurnal.exchange.application.ExchangeJournal;
import org.zhurnal.federal.application.ProgressStatements;
import org.zhurnal.federal.application.StoredAnswer;
import org.zhurnal.smev.protocol.SmevMessageIds;
import org.zhurnal.smev.protocol.SmevMessages;
import org.zhurnal.smev.protocol.SmevMessages.IncomingRequest;
import org.zhurnal.smev.protocol.SmevProtocolException;
import org.zhurnal.smev.protocol.SmevSignature;
import org.zhurnal.smev.protocol.SmevSignatureException;
import org.zhurnal.smev.protocol.SmevSigner;
import org.zhurnal.smev.protocol.SmevXml;

/**
 * One poll of СМЭВ 3 for requests of the progress service: {@code GetRequest} until the queue is empty (at most
 * {@code maxPerPoll}), and for each request the answer ({@link ProgressStatements}, recorded before it is sent),
 * {@code SendResponse}, then {@code Ack}. A request is acknowledged only after its answer was taken, so if
 * anything fails in between, СМЭВ hands the request out again and the recorded answer is sent again under the
 * same message id. An answer to {@code GetRequest} that is not a valid СМЭВ message (or whose СМЭВ signature does
 * not verify) is dead-lettered with its text.
 */
public class SmevPoller {

    public static final String SYSTEM = ProgressStatements.SYSTEM;

    private final ExchangeJournal journal;
    private final ProgressStatements statements;
    private final SmevClient client;
    private final SmevSigner signer;
    private final Optional<X509Certificate> smevCertificate;
    private final BiConsumer<String, String> deadLetter;
    private final Clock clock;
    private final int maxPerPoll;

    public SmevPoller(ExchangeJournal journal, ProgressStatements statements, SmevClient client, SmevSigner signer,
                      Optional<X509Certificate> smevCertificate, BiConsumer<String, String> deadLetter, Clock clock,
                      int maxPerPoll) {
        this.journal = journal;
        this.statements = statements;
        this.client = client;
        this.signer = signer;
        this.smevCertificate = smevCertificate;
        this.deadLetter = deadLetter;
        this.clock = clock;
        this.maxPerPoll = maxPerPoll;
    }

    /** Returns how many requests were answered. */
    public int pollOnce() {
        for (int handled = 0; handled < maxPerPoll; handled++) {
            String answer;
            try {
                answer = client.call("GetRequest", SmevMessages.getRequest(ProgressXml.NS, ProgressXml.REQUEST,
                        OffsetDateTime.now(clock), signer));
            } catch (RuntimeException unavailable) {
                noteFailedPoll(unavailable);
                throw unavailable;
            }
            Optional<IncomingRequest> incoming;
            try {
                incoming = SmevMessages.readGetRequestResponse(answer);
                incoming.ifPresent(request -> checkSmevSignature(answer));
            } catch (SmevProtocolException | SmevSignatureException poison) {
                long id = journal.begin(SYSTEM, ExchangeJournal.Direction.IN, "SOAP", "GetRequest");
                journal.fail(id, ExchangeCounts.NONE, poison.getMessage());
                deadLetter.accept(answer, poison.getMessage());
                return handled;
            }
            if (incoming.isEmpty()) {
                return handled;
            }
            answer(incoming.get());
        }
        return maxPerPoll;
    }

    private void answer(IncomingRequest request) {
        boolean again = journal.messageProcessed(SYSTEM, request.messageId());
        long id = journal.begin(SYSTEM, ExchangeJournal.Direction.IN, "SOAP", request.messageId());
        try {
            StoredAnswer stored = statements.answer(ProgressXml.read(request), SmevMessageIds.next(), ProgressXml::render);
            client.call("SendResponse", SmevMessages.sendResponse(stored.responseMessageId(), request.replyTo(),
                    stored.content(), signer));
            client.call("Ack", SmevMessages.ack(request.messageId(), true, signer));
            statements.acknowledged(request.messageId());
            journal.finish(id, SYSTEM, request.messageId(), again ? new ExchangeCounts(1, 0, 1, 0)
                    : new ExchangeCounts(1, stored.refused() ? 0 : 1, 0, stored.refused() ? 1 : 0), again);
        } catch (RuntimeException e) {
            journal.fail(id, new ExchangeCounts(1, 0, 0, 0), e.getClass().getName().startsWith("org.zhurnal.")
                    ? e.getMessage() : "Сбой ответа на запрос: " + e.getClass().getSimpleName());
            throw e;
        }
    }

    private void noteFailedPoll(RuntimeException failure) {
        try {
            long id = journal.begin(SYSTEM, ExchangeJournal.Direction.IN, "SOAP", "GetRequest");
            journal.fail(id, ExchangeCounts.NONE, failure.getClass().getName().startsWith("org.zhurnal.")
                    ? failure.getMessage() : "Сбой опроса СМЭВ: " + failure.getClass().getSimpleName());
        } catch (RuntimeException databaseDown) {
            failure.addSuppressed(databaseDown);
        }
    }

    private void checkSmevSignature(String answer) {
        if (smevCertificate.isEmpty()) {
            return;
        }
        var holder = SmevXml.require(SmevXml.parse(answer), SmevMessages.TYPES, "SMEVSignature");
        if (!smevCertificate.get().equals(SmevSignature.verify(holder))) {
            throw new SmevSignatureException("Ответ подписан не сертификатом СМЭВ");
        }
    }
}
