package org.zhurnal.exchange.persistence;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The headers a dead letter keeps (format, source, channel…) as {@code name=value} lines: enough to hand
 * the message back to its route. Values never hold personal data.
 */
public final class MessageHeaders {

    public static final String SOURCE = "RegistrySource";

    private MessageHeaders() {
    }

    public static String format(Map<String, String> headers) {
        return headers.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue().replace('\n', ' '))
                .collect(Collectors.joining("\n"));
    }

    public static Map<String, String> parse(String text) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (text != null) {
            for (String line : text.split("\n")) {
                int eq = line.indexOf('=');
                if (eq > 0) {
                    headers.put(line.substring(0, eq), line.substring(eq + 1));
                }
            }
        }
        return headers;
    }
}
