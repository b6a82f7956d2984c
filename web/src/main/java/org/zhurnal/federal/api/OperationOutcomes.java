package org.zhurnal.federal.api;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Errors of the «Моя школа» API as FHIR-like {@code OperationOutcome} JSON: one issue with {@code severity},
 * {@code code} (FHIR issue type: {@code invalid}, {@code not-found}, {@code login}, {@code forbidden},
 * {@code exception}), {@code diagnostics} in Russian and, for a bad parameter, {@code expression} naming it.
 */
final class OperationOutcomes {

    static final MediaType JSON = MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8");

    private OperationOutcomes() {
    }

    static Response invalid(String parameter, String diagnostics) {
        JsonObjectBuilder issue = issue("invalid", diagnostics)
                .add("expression", Json.createArrayBuilder().add(parameter));
        return respond(400, issue);
    }

    static Response notFound(String diagnostics) {
        return respond(404, issue("not-found", diagnostics));
    }

    /** 401 (no valid token: {@code login}) or 403 (a valid token not allowed here: {@code forbidden}). */
    static Response refused(int status, String diagnostics) {
        boolean unauthorized = status == 401;
        return Response.fromResponse(respond(status, issue(unauthorized ? "login" : "forbidden", diagnostics)))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"zhurnal-myschool\", error=\""
                        + (unauthorized ? "invalid_token" : "insufficient_scope") + "\"")
                .build();
    }

    private static JsonObjectBuilder issue(String code, String diagnostics) {
        return Json.createObjectBuilder().add("severity", "error").add("code", code).add("diagnostics", diagnostics);
    }

    private static Response respond(int status, JsonObjectBuilder issue) {
        String body = Json.createObjectBuilder().add("resourceType", "OperationOutcome")
                .add("issue", Json.createArrayBuilder().add(issue)).build().toString();
        return Response.status(status).type(JSON).entity(body).build();
    }
}
