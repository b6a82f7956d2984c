package org.zhurnal.simulators.esia;

/** A request failure answered as ESIA-style JSON {@code {"error": ..., "error_description": ...}}. */
final class EsiaError extends RuntimeException {

    private final int status;
    private final String error;

    EsiaError(int status, String error, String description) {
        super(description, null, false, false);
        this.status = status;
        this.error = error;
    }

    static EsiaError badRequest(String error, String description) {
        return new EsiaError(400, error, description);
    }

    int status() {
        return status;
    }

    String error() {
        return error;
    }

    String description() {
        return getMessage();
    }
}
