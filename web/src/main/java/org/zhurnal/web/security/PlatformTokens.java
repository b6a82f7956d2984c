package org.zhurnal.web.security;

import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.MalformedURLException;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Bearer tokens of the machine clients allowed to pull from the «Моя школа» API (docs/api-myschool.md), checked
 * against Keycloak's realm keys ({@code <issuer>/protocol/openid-connect/certs}, fetched on first use and cached,
 * refreshed when a token names an unknown key, at most every 30 s). Configuration (MicroProfile Config /
 * environment): {@code zhurnal.myschool.issuer} (default: the sign-in discovery URI's issuer),
 * {@code zhurnal.myschool.audience} ({@code zhurnal-myschool}), {@code zhurnal.myschool.clients}
 * ({@code myschool-platform}, comma-separated), {@code zhurnal.myschool.role} ({@code schedule-read}).
 */
@ApplicationScoped
public class PlatformTokens {

    private static final String DISCOVERY_SUFFIX = "/.well-known/openid-configuration";

    @Inject
    SignInSettings signIn;

    @Inject
    @ConfigProperty(name = "zhurnal.myschool.issuer", defaultValue = " ")
    String issuer;

    @Inject
    @ConfigProperty(name = "zhurnal.myschool.audience", defaultValue = "zhurnal-myschool")
    String audience;

    @Inject
    @ConfigProperty(name = "zhurnal.myschool.clients", defaultValue = "myschool-platform")
    String clients;

    @Inject
    @ConfigProperty(name = "zhurnal.myschool.role", defaultValue = "schedule-read")
    String role;

    private volatile PlatformTokenVerifier verifier;

    /** The client of a valid, allowed token; {@link PlatformTokenVerifier.Refused} otherwise. */
    public PlatformTokenVerifier.PlatformClient verify(String authorization) {
        return verifier().verify(authorization);
    }

    private PlatformTokenVerifier verifier() {
        PlatformTokenVerifier current = verifier;
        if (current == null) {
            synchronized (this) {
                if (verifier == null) {
                    verifier = build();
                }
                current = verifier;
            }
        }
        return current;
    }

    private PlatformTokenVerifier build() {
        String realm = issuer();
        try {
            var keys = JWKSourceBuilder.<SecurityContext>create(
                            URI.create(realm + "/protocol/openid-connect/certs").toURL())
                    .cache(Duration.ofMinutes(15).toMillis(), Duration.ofSeconds(15).toMillis())
                    .rateLimited(Duration.ofSeconds(30).toMillis())
                    .build();
            Set<String> allowed = Arrays.stream(clients.split(",")).map(String::strip).filter(c -> !c.isEmpty())
                    .collect(Collectors.toUnmodifiableSet());
            return new PlatformTokenVerifier(keys, realm, audience.strip(), allowed, role.strip());
        } catch (MalformedURLException | IllegalArgumentException e) {
            throw new IllegalStateException("zhurnal.myschool.issuer is not a URL", e);
        }
    }

    /** The configured issuer, or the realm of the sign-in discovery URI (the same Keycloak realm). */
    String issuer() {
        String configured = issuer == null ? "" : issuer.strip();
        if (!configured.isEmpty()) {
            return configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
        }
        String discovery = signIn.discoveryUri();
        return discovery.endsWith(DISCOVERY_SUFFIX)
                ? discovery.substring(0, discovery.length() - DISCOVERY_SUFFIX.length()) : discovery;
    }
}
