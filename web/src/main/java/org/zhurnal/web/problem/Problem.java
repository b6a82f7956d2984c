package org.zhurnal.web.problem;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

/**
 * An RFC 9457 problem detail. {@code title} and {@code detail} are Russian, written for the person
 * using the UI; {@code field} names the offending input where there is one.
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "field"})
public record Problem(String type, String title, int status, String detail, String field) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Problem of(String slug, String title, int status, String detail) {
        return new Problem("/problems/" + slug, title, status, detail, null);
    }

    public Problem withField(String offendingField) {
        return new Problem(type, title, status, detail, offendingField);
    }
}
