package org.zhurnal.esia.keycloak;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import org.keycloak.broker.oidc.OAuth2IdentityProviderConfig;
import org.keycloak.models.IdentityProviderModel;
import org.zhurnal.esia.protocol.Pem;
import org.zhurnal.esia.protocol.SignatureMode;

/**
 * The identity provider's configuration map (realm JSON {@code identityProviders[].config}). Besides
 * Keycloak's {@code clientId}, {@code authorizationUrl} (…/aas/oauth2/v2/ac), {@code tokenUrl}
 * (…/aas/oauth2/v3/te), {@code logoutUrl} (…/idp/ext/Logout, empty: no ESIA logout) and {@code defaultScope}:
 * <ul>
 * <li>{@value #API_URL}: base of ESIA's REST API ({@code /rs/prns/{oid}} is appended);</li>
 * <li>{@value #CLIENT_KEY_FILE} / {@value #CLIENT_KEY}: the client's GOST private key, PKCS#8 PEM file or text;</li>
 * <li>{@value #CLIENT_CERTIFICATE_FILE} / {@value #CLIENT_CERTIFICATE}: the client's certificate registered at ESIA;</li>
 * <li>{@value #SIGNATURE_MODE}: {@code cms-detached} (default), {@code raw} or {@code raw-reversed};</li>
 * <li>{@value #ESIA_CERTIFICATES_FILE} / {@value #ESIA_CERTIFICATES}: ESIA's token-signing certificate(s), PEM,
 * several allowed (rotation);</li>
 * <li>{@value #TOKEN_SIGNATURE_ORDER}: byte order of GOST token signatures, {@code raw} (default) or
 * {@code raw-reversed};</li>
 * <li>{@value #EXPECTED_ISSUER}: required {@code iss} of ESIA's tokens (empty: not checked);</li>
 * <li>{@value #ACCESS_TYPE}: {@code online} (default) or {@code offline};</li>
 * <li>{@value #FETCH_KIDS}: also read {@code /rs/prns/{oid}/kids} into attribute {@code esia_kids_snils}
 * (default true);</li>
 * <li>{@code allowedClockSkew}: seconds of leeway on token times (default 30).</li>
 * </ul>
 */
public final class EsiaConfig extends OAuth2IdentityProviderConfig {

    public static final String API_URL = "esiaApiUrl";
    public static final String CLIENT_KEY_FILE = "clientKeyFile";
    public static final String CLIENT_KEY = "clientKey";
    public static final String CLIENT_CERTIFICATE_FILE = "clientCertificateFile";
    public static final String CLIENT_CERTIFICATE = "clientCertificate";
    public static final String SIGNATURE_MODE = "signatureMode";
    public static final String ESIA_CERTIFICATES_FILE = "esiaCertificatesFile";
    public static final String ESIA_CERTIFICATES = "esiaCertificates";
    public static final String TOKEN_SIGNATURE_ORDER = "tokenSignatureOrder";
    public static final String EXPECTED_ISSUER = "expectedIssuer";
    public static final String ACCESS_TYPE = "accessType";
    public static final String FETCH_KIDS = "fetchKids";
    public static final String LOGOUT_URL = "logoutUrl";
    public static final String CLOCK_SKEW = "allowedClockSkew";

    public EsiaConfig(IdentityProviderModel model) {
        super(model);
    }

    public EsiaConfig() {
    }

    private String value(String key) {
        String value = getConfig().get(key);
        return value == null || value.isBlank() ? null : value.trim();
    }

    public String apiUrl() {
        String url = value(API_URL);
        if (url == null) {
            throw new IllegalStateException("ESIA identity provider: " + API_URL + " is not configured");
        }
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    public PrivateKey clientKey() {
        return Pem.privateKey(pem(CLIENT_KEY, CLIENT_KEY_FILE));
    }

    public X509Certificate clientCertificate() {
        return Pem.certificates(pem(CLIENT_CERTIFICATE, CLIENT_CERTIFICATE_FILE)).get(0);
    }

    public List<X509Certificate> esiaCertificates() {
        return Pem.certificates(pem(ESIA_CERTIFICATES, ESIA_CERTIFICATES_FILE));
    }

    public SignatureMode signatureMode() {
        return SignatureMode.parse(value(SIGNATURE_MODE));
    }

    public SignatureMode tokenSignatureOrder() {
        String text = value(TOKEN_SIGNATURE_ORDER);
        return text == null ? SignatureMode.RAW : SignatureMode.parse(text);
    }

    public String expectedIssuer() {
        return value(EXPECTED_ISSUER);
    }

    public String accessType() {
        String text = value(ACCESS_TYPE);
        return text == null ? "online" : text;
    }

    public boolean fetchKids() {
        return !"false".equalsIgnoreCase(value(FETCH_KIDS));
    }

    public String logoutUrl() {
        return value(LOGOUT_URL);
    }

    public long clockSkewSeconds() {
        String text = value(CLOCK_SKEW);
        return text == null ? 30 : Long.parseLong(text);
    }

    public String scope() {
        String scope = getDefaultScope();
        return scope == null || scope.isBlank() ? EsiaIdentityProvider.DEFAULT_SCOPE : scope.trim();
    }

    private String pem(String inlineKey, String fileKey) {
        String inline = value(inlineKey);
        if (inline != null) {
            return inline;
        }
        String file = value(fileKey);
        if (file == null) {
            throw new IllegalStateException("ESIA identity provider: neither " + inlineKey + " nor " + fileKey
                    + " is configured");
        }
        try {
            return Files.readString(Path.of(file));
        } catch (IOException e) {
            throw new UncheckedIOException("ESIA identity provider: cannot read " + fileKey + " " + file, e);
        }
    }
}
