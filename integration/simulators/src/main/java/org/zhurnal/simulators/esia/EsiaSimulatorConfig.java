package org.zhurnal.simulators.esia;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.zhurnal.esia.protocol.Pem;

/**
 * Settings of the ESIA simulator.
 *
 * @param bindHost                host name or address to listen on
 * @param port                    TCP port; 0 picks a free one
 * @param publicBaseUrl           base URL as seen by browsers and relying parties (the issuer);
 *                                {@code null} means {@code http://localhost:{bound port}}
 * @param clientId                the only registered client (Keycloak's identity provider)
 * @param allowedRedirectPrefixes redirect URI prefixes accepted at authorization and logout; a prefix
 *                                matches only at a path boundary ({@code /}, {@code ?}, {@code #} or end)
 * @param clientCertificate       the client's registered GOST certificate: ESIA-protocol requests
 *                                ({@code /aas/oauth2/v2/ac}, {@code /v3/te}) must carry its hash and be signed
 *                                by its key; {@code null} refuses them all (ESIA-007002)
 * @param confirmedAccountsOnly   refuse unconfirmed accounts with ESIA-007055 (ESIA does so for systems
 *                                registered that way); otherwise they sign in with {@code trusted=false}
 */
public record EsiaSimulatorConfig(
        String bindHost,
        int port,
        String publicBaseUrl,
        String clientId,
        List<String> allowedRedirectPrefixes,
        X509Certificate clientCertificate,
        boolean confirmedAccountsOnly) {

    public static final int DEFAULT_PORT = 28280;
    public static final String DEFAULT_CLIENT_ID = "zhurnal-keycloak";

    public EsiaSimulatorConfig {
        Objects.requireNonNull(bindHost, "bindHost");
        requireText(clientId, "clientId");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        if (publicBaseUrl != null) {
            publicBaseUrl = stripTrailingSlash(publicBaseUrl);
        }
        allowedRedirectPrefixes = List.copyOf(allowedRedirectPrefixes);
        if (allowedRedirectPrefixes.isEmpty()) {
            throw new IllegalArgumentException("at least one allowed redirect URI prefix is required");
        }
    }

    /** A simulator on localhost whose public URL is derived from the bound port. */
    public static EsiaSimulatorConfig local(int port, String clientId, List<String> allowedRedirectPrefixes) {
        return new EsiaSimulatorConfig("localhost", port, null, clientId, allowedRedirectPrefixes, null, false);
    }

    /** The same settings with the client's GOST certificate registered. */
    public EsiaSimulatorConfig withClientCertificate(X509Certificate certificate) {
        return new EsiaSimulatorConfig(bindHost, port, publicBaseUrl, clientId, allowedRedirectPrefixes,
                certificate, confirmedAccountsOnly);
    }

    /** The same settings, refusing (or not) unconfirmed accounts with ESIA-007055. */
    public EsiaSimulatorConfig withConfirmedAccountsOnly(boolean only) {
        return new EsiaSimulatorConfig(bindHost, port, publicBaseUrl, clientId, allowedRedirectPrefixes,
                clientCertificate, only);
    }

    /**
     * Reads {@code ZHURNAL_ESIA_PORT} (default 28280), {@code ZHURNAL_ESIA_BIND_HOST} (default localhost),
     * {@code ZHURNAL_ESIA_URL} (optional public base URL), {@code ZHURNAL_ESIA_CLIENT_ID}
     * (default zhurnal-keycloak), {@code ZHURNAL_ESIA_REDIRECT_PREFIXES} (comma separated, required), {@code ZHURNAL_ESIA_CLIENT_CERT_FILE}
     * (PEM of the client's GOST certificate, optional) and {@code ZHURNAL_ESIA_CONFIRMED_ONLY} (true/false).
     */
    public static EsiaSimulatorConfig fromEnvironment(Map<String, String> env) {
        List<String> prefixes = Arrays.stream(env.getOrDefault("ZHURNAL_ESIA_REDIRECT_PREFIXES", "").split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .toList();
        return new EsiaSimulatorConfig(
                env.getOrDefault("ZHURNAL_ESIA_BIND_HOST", "localhost"),
                Integer.parseInt(env.getOrDefault("ZHURNAL_ESIA_PORT", String.valueOf(DEFAULT_PORT))),
                blankToNull(env.get("ZHURNAL_ESIA_URL")),
                env.getOrDefault("ZHURNAL_ESIA_CLIENT_ID", DEFAULT_CLIENT_ID),
                prefixes,
                certificateFrom(blankToNull(env.get("ZHURNAL_ESIA_CLIENT_CERT_FILE"))),
                Boolean.parseBoolean(env.getOrDefault("ZHURNAL_ESIA_CONFIRMED_ONLY", "false")));
    }

    /** True when {@code uri} starts with an allowed prefix that ends at a path boundary. */
    public boolean isAllowedRedirect(String uri) {
        if (uri == null || uri.isEmpty()) {
            return false;
        }
        for (String prefix : allowedRedirectPrefixes) {
            if (uri.startsWith(prefix)) {
                if (uri.length() == prefix.length() || prefix.endsWith("/")) {
                    return true;
                }
                char next = uri.charAt(prefix.length());
                if (next == '/' || next == '?' || next == '#') {
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return "EsiaSimulatorConfig[bindHost=" + bindHost + ", port=" + port + ", publicBaseUrl=" + publicBaseUrl
                + ", clientId=" + clientId + ", allowedRedirectPrefixes=" + allowedRedirectPrefixes
                + ", clientCertificate=" + (clientCertificate == null ? "none" : clientCertificate.getSubjectX500Principal())
                + ", confirmedAccountsOnly=" + confirmedAccountsOnly + "]";
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }

    private static X509Certificate certificateFrom(String file) {
        if (file == null) {
            return null;
        }
        try {
            return Pem.certificates(Files.readString(Path.of(file))).get(0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the client certificate " + file, e);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static String stripTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
