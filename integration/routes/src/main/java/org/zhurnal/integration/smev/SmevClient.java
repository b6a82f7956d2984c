package org.zhurnal.integration.smev;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.zhurnal.smev.protocol.SmevMessages;
import org.zhurnal.smev.protocol.SmevProtocolException;
import org.zhurnal.smev.protocol.SmevXml;

/**
 * SOAP 1.1 over HTTP to the СМЭВ 3 adapter: a 200 answer is returned as text; a SOAP fault (our signature refused,
 * an unknown message) is a {@link org.zhurnal.smev.protocol.SmevFaultException}; no answer or any other status
 * is {@link SmevUnavailableException}. Both leave the request unacknowledged in СМЭВ's queue for the next poll.
 */
public class SmevClient {

    private final HttpClient http;
    private final URI uri;
    private final Duration timeout;

    public SmevClient(String url, Duration timeout) {
        this.uri = URI.create(url);
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    public String call(String action, String envelope) {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout)
                .header("Content-Type", "text/xml; charset=UTF-8").header("SOAPAction", "\"urn:" + action + "\"")
                .POST(HttpRequest.BodyPublishers.ofString(envelope, StandardCharsets.UTF_8)).build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new SmevUnavailableException("СМЭВ не ответила: " + e.getClass().getSimpleName(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SmevUnavailableException("Обращение к СМЭВ прервано", e);
        }
        if (response.statusCode() == 200) {
            return response.body();
        }
        if (response.statusCode() == 500 && response.body().contains(SmevMessages.SOAP)) {
            try {
                SmevMessages.failIfFault(SmevXml.parse(response.body()));
            } catch (SmevProtocolException notAFault) {
                // fall through: an error page, not a fault
            }
        }
        throw new SmevUnavailableException("СМЭВ ответила кодом " + response.statusCode(), null);
    }
}
