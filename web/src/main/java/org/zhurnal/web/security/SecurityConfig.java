package org.zhurnal.web.security;

import com.nimbusds.oauth2.sdk.auth.ClientAuthenticationMethod;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.pac4j.core.client.Clients;
import org.pac4j.core.config.Config;
import org.pac4j.jee.adapter.JEEFrameworkAdapter;
import org.pac4j.oidc.client.OidcClient;
import org.pac4j.oidc.config.OidcConfiguration;

/**
 * The pac4j configuration: Zhurnal is an OIDC client of Keycloak (backend-for-frontend). Keycloak brokers
 * the state portal; {@code kc_idp_hint} sends the user straight to it. Settings come from configuration.
 */
@ApplicationScoped
public class SecurityConfig {

    static final String CLIENT_NAME = "keycloak";

    @Inject
    SignInSettings settings;

    @Produces
    @ApplicationScoped
    Config pac4jConfig() {
        OidcConfiguration oidc = oidcConfiguration(settings.discoveryUri(), settings.clientId(), settings.clientSecret(),
                settings.identityProviderHint());
        OidcClient client = new OidcClient(oidc);
        client.setName(CLIENT_NAME);

        Config config = new Config(new Clients(settings.callbackUrl(), client));
        JEEFrameworkAdapter.INSTANCE.applyDefaultSettingsIfUndefined(config);
        return config;
    }

    /**
     * The OIDC client settings. pac4j validates every ID token with them (Nimbus' ID token validator): the signature
     * by the provider's published keys, the issuer, {@code exp}/{@code iat}, the nonce, {@code aud} containing
     * {@code clientId}, and a present {@code azp} equal to {@code clientId} ({@link AuthorizedPartyTokenValidator}).
     */
    static OidcConfiguration oidcConfiguration(String discoveryUri, String clientId, String secret, String idpHint) {
        OidcConfiguration oidc = new AuthorizedPartyTokenValidator.Configuration();
        oidc.setDiscoveryURI(discoveryUri);
        oidc.setClientId(clientId);
        oidc.setSecret(secret);
        oidc.setClientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC);
        oidc.setScope("openid profile");
        oidc.setUseNonce(true);
        oidc.addCustomParam("kc_idp_hint", idpHint);
        return oidc;
    }
}
