package org.zhurnal.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sign-in configuration, from MicroProfile Config (environment variables such as
 * {@code ZHURNAL_BASE_URL}, {@code ZHURNAL_OIDC_DISCOVERY_URI}, {@code ZHURNAL_OIDC_CLIENT_SECRET}).
 * Defaults fit the dev stack; the client secret has no default: it is issued per environment.
 */
@ApplicationScoped
public class SignInSettings {

    @Inject
    @ConfigProperty(name = "zhurnal.base-url", defaultValue = "http://localhost:28080")
    String baseUrl;

    @Inject
    @ConfigProperty(name = "zhurnal.oidc.discovery-uri",
            defaultValue = "http://localhost:28180/realms/zhurnal/.well-known/openid-configuration")
    String discoveryUri;

    @Inject
    @ConfigProperty(name = "zhurnal.oidc.client-id", defaultValue = "zhurnal-web")
    String clientId;

    @Inject
    @ConfigProperty(name = "zhurnal.oidc.client-secret")
    String clientSecret;

    @Inject
    @ConfigProperty(name = "zhurnal.oidc.idp-hint", defaultValue = "esia")
    String identityProviderHint;

    /** The public URL of the application, without a trailing slash. */
    public String baseUrl() {
        return baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    public String callbackUrl() {
        return baseUrl() + "/callback";
    }

    public String homeUrl() {
        return baseUrl() + "/";
    }

    public String discoveryUri() {
        return discoveryUri;
    }

    public String clientId() {
        return clientId;
    }

    public String clientSecret() {
        return clientSecret;
    }

    public String identityProviderHint() {
        return identityProviderHint;
    }
}
