package org.zhurnal.simulators.esia;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.zhurnal.esia.protocol.ClientSecret;
import org.zhurnal.esia.protocol.EsiaTimestamp;
import org.zhurnal.esia.protocol.SignatureMode;
import org.zhurnal.esia.protocol.Streebog;

/**
 * The checks ESIA makes on a signed request (v2/ac and v3/te), in its order: mandatory parameters
 * (ESIA-007014), well-formed state and timestamp (ESIA-007003), timestamp within {@link #TOLERANCE} of the
 * clock (ESIA-007015), {@code client_certificate_hash} of the registered certificate (ESIA-007002), and
 * {@code client_secret} a valid GOST signature by that certificate's key in any {@link SignatureMode}
 * (ESIA-007053).
 */
final class SignedRequest {

    static final Duration TOLERANCE = Duration.ofMinutes(5);
    static final List<String> AUTHORIZATION_PARAMETERS = List.of("client_id", "client_secret", "redirect_uri",
            "scope", "response_type", "state", "timestamp", "client_certificate_hash");
    static final List<String> TOKEN_PARAMETERS = List.of("client_id", "client_secret", "redirect_uri", "scope",
            "grant_type", "code", "state", "timestamp", "client_certificate_hash");
    private static final Pattern UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final X509Certificate clientCertificate;
    private final String certificateHash;
    private final Clock clock;

    SignedRequest(X509Certificate clientCertificate, Clock clock) {
        this.clientCertificate = clientCertificate;
        this.certificateHash = clientCertificate == null ? null : Streebog.certificateHash(clientCertificate);
        this.clock = clock;
    }

    /** Checks a {@code /v2/ac} request; returns the signature mode that verified. */
    SignatureMode checkAuthorization(Map<String, String> params) {
        require(params, AUTHORIZATION_PARAMETERS);
        return check(params, ClientSecret.authorizationMessage(params.get("client_id"), params.get("scope"),
                params.get("timestamp"), params.get("state"), params.get("redirect_uri")));
    }

    /** Checks a {@code /v3/te} request; returns the signature mode that verified. */
    SignatureMode checkToken(Map<String, String> params) {
        require(params, TOKEN_PARAMETERS);
        return check(params, ClientSecret.tokenMessage(params.get("client_id"), params.get("scope"),
                params.get("timestamp"), params.get("state"), params.get("redirect_uri"), params.get("code")));
    }

    private static void require(Map<String, String> params, List<String> names) {
        for (String name : names) {
            String value = params.get(name);
            if (value == null || value.isBlank()) {
                throw EsiaCode.MISSING_PARAMETER.error();
            }
        }
    }

    private SignatureMode check(Map<String, String> params, String message) {
        if (!UUID.matcher(params.get("state")).matches()) {
            throw EsiaCode.INVALID_PARAMETER.error();
        }
        Instant timestamp = EsiaTimestamp.parse(params.get("timestamp"))
                .orElseThrow(EsiaCode.INVALID_PARAMETER::error);
        if (Duration.between(timestamp, clock.instant()).abs().compareTo(TOLERANCE) > 0) {
            throw EsiaCode.WRONG_TIME.error();
        }
        if (certificateHash == null || !certificateHash.equalsIgnoreCase(params.get("client_certificate_hash"))) {
            throw EsiaCode.CERTIFICATE_MISMATCH.error();
        }
        return ClientSecret.verify(message, params.get("client_secret"), clientCertificate,
                        EnumSet.allOf(SignatureMode.class))
                .orElseThrow(EsiaCode.BAD_CLIENT_SECRET::error);
    }
}
