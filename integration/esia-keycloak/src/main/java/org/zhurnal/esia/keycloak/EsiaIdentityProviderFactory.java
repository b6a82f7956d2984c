package org.zhurnal.esia.keycloak;

import java.util.List;
import java.util.Map;
import org.keycloak.broker.provider.AbstractIdentityProviderFactory;
import org.keycloak.models.IdentityProviderModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

/** Registers provider id {@value #PROVIDER_ID} («Госуслуги (ЕСИА)»). */
public class EsiaIdentityProviderFactory extends AbstractIdentityProviderFactory<EsiaIdentityProvider> {

    public static final String PROVIDER_ID = "esia";

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public String getName() {
        return "Госуслуги (ЕСИА)";
    }

    @Override
    public EsiaIdentityProvider create(KeycloakSession session, IdentityProviderModel model) {
        return new EsiaIdentityProvider(session, new EsiaConfig(model));
    }

    @Override
    public IdentityProviderModel createConfig() {
        return new EsiaConfig();
    }

    @Override
    public Map<String, String> parseConfig(KeycloakSession session, String config) {
        return Map.of();
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        return ProviderConfigurationBuilder.create()
                .property().name(EsiaConfig.API_URL).label("ESIA REST API base URL")
                .type(ProviderConfigProperty.STRING_TYPE).add()
                .property().name(EsiaConfig.CLIENT_KEY_FILE).label("Client GOST private key (PKCS#8 PEM file)")
                .type(ProviderConfigProperty.STRING_TYPE).add()
                .property().name(EsiaConfig.CLIENT_CERTIFICATE_FILE).label("Client certificate (PEM file)")
                .type(ProviderConfigProperty.STRING_TYPE).add()
                .property().name(EsiaConfig.SIGNATURE_MODE).label("client_secret signature mode")
                .type(ProviderConfigProperty.LIST_TYPE).options("cms-detached", "raw", "raw-reversed")
                .defaultValue("cms-detached").add()
                .property().name(EsiaConfig.ESIA_CERTIFICATES_FILE).label("ESIA token certificates (PEM file)")
                .type(ProviderConfigProperty.STRING_TYPE).add()
                .property().name(EsiaConfig.TOKEN_SIGNATURE_ORDER).label("GOST token signature byte order")
                .type(ProviderConfigProperty.LIST_TYPE).options("raw", "raw-reversed").defaultValue("raw").add()
                .property().name(EsiaConfig.EXPECTED_ISSUER).label("Expected token issuer")
                .type(ProviderConfigProperty.STRING_TYPE).add()
                .build();
    }
}
