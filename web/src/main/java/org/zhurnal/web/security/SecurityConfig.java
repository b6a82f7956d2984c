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
        OidcConfiguration oidc = new OidcConfiguration();
        oidc.setDiscoveryURI(settings.discoveryUri());
        oidc.setClientId(settings.clientId());
        oidc.setSecret(settings.clientSecret());
        oidc.setClientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC);
        oidc.setScope("openid profile");
        oidc.setUseNonce(true);
        oidc.addCustomParam("kc_idp_hint", settings.identityProviderHint());

        OidcClient client = new OidcClient(oidc);
        client.setName(CLIENT_NAME);

        Config config = new Config(new Clients(settings.callbackUrl(), client));
        JEEFrameworkAdapter.INSTANCE.applyDefaultSettingsIfUndefined(config);
        return config;
    }
}
