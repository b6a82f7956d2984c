package org.zhurnal.simulators.esia;

/**
 * ESIA's error codes the simulator answers with, as documented in ESIA's guidelines and mirrored by public
 * clients (e.g. ofstudio/go-api-epgu {@code esia/aas/errors.go}). They travel in {@code error_description}
 * as {@code "ESIA-007053: ..."}, next to an OAuth {@code error}.
 */
enum EsiaCode {
    /** Certificate and client mnemonic do not match, or ESIA has no certificate for this client. */
    CERTIFICATE_MISMATCH("ESIA-007002", "invalid_client",
            "Несоответствие сертификата и мнемоники информационной системы или отсутствие сертификата"),
    /** A parameter has a wrong value or appears more than once. */
    INVALID_PARAMETER("ESIA-007003", "invalid_request", "Запрос включает в себя неверное значение параметра"),
    /** The client is not allowed this grant type. */
    UNSUPPORTED_GRANT("ESIA-007009", "unsupported_grant_type",
            "Сервис авторизации не поддерживает получение маркера доступа этим методом"),
    /** Authorization code invalid, expired, used, or issued for another redirect URI or client. */
    INVALID_GRANT("ESIA-007011", "invalid_grant", "Авторизационный код недействителен или просрочен"),
    /** Unsupported {@code response_type}. */
    UNSUPPORTED_RESPONSE_TYPE("ESIA-007012", "unsupported_response_type",
            "Тип авторизационного кода не поддерживается"),
    /** A mandatory parameter is missing. */
    MISSING_PARAMETER("ESIA-007014", "invalid_request", "Запрос не содержит обязательного параметра"),
    /** {@code timestamp} is too far from ESIA's clock. */
    WRONG_TIME("ESIA-007015", "invalid_request", "Неверное время запроса"),
    /** {@code redirect_uri} is not registered for the client. */
    REDIRECT_NOT_ALLOWED("ESIA-007023", "invalid_request",
            "Указанный в запросе redirect_uri отсутствует среди разрешенных для ИС"),
    /** {@code client_secret} is not a valid signature by the registered certificate. */
    BAD_CLIENT_SECRET("ESIA-007053", "invalid_client",
            "client_secret сформирован некорректно или не соответствует сертификату информационной системы"),
    /** Sign-in with an unconfirmed account to a system that admits confirmed accounts only. */
    UNCONFIRMED_ACCOUNT("ESIA-007055", "access_denied",
            "Вход в систему осуществляется с неподтвержденной учетной записью");

    private final String code;
    private final String oauthError;
    private final String text;

    EsiaCode(String code, String oauthError, String text) {
        this.code = code;
        this.oauthError = oauthError;
        this.text = text;
    }

    String code() {
        return code;
    }

    /** A failure to answer with: JSON at the token endpoint, a redirect at authorization. */
    EsiaError error() {
        return new EsiaError(400, oauthError, code + ": " + text);
    }

    static String codeOf(EsiaError error) {
        String description = error.description();
        return description != null && description.startsWith("ESIA-") ? description.substring(0, 11) : error.error();
    }
}
