package org.zhurnal.esia.keycloak;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.keycloak.broker.oidc.AbstractOAuth2IdentityProvider;
import org.keycloak.broker.provider.AuthenticationRequest;
import org.keycloak.broker.provider.BrokeredIdentityContext;
import org.keycloak.broker.provider.IdentityBrokerException;
import org.keycloak.broker.provider.UserAuthenticationIdentityProvider.AuthenticationCallback;
import org.keycloak.events.EventBuilder;
import org.keycloak.http.simple.SimpleHttp;
import org.keycloak.http.simple.SimpleHttpRequest;
import org.keycloak.http.simple.SimpleHttpResponse;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.UserSessionModel;
import org.keycloak.services.ErrorPage;
import org.keycloak.services.Urls;
import org.keycloak.services.managers.AuthenticationManager;
import org.keycloak.services.messages.Messages;
import org.zhurnal.esia.protocol.ClientSecret;
import org.zhurnal.esia.protocol.EsiaJwt;
import org.zhurnal.esia.protocol.EsiaTimestamp;
import org.zhurnal.esia.protocol.Streebog;

/**
 * ESIA as a Keycloak identity provider.
 *
 * <p>Sign-in: a redirect to {@code /aas/oauth2/v2/ac} with a fresh UUID {@code state} (ESIA accepts nothing else;
 * Keycloak's own state is kept server-side under it, single use), {@code timestamp}, {@code client_certificate_hash}
 * and the GOST {@code client_secret}. The callback exchanges the code at {@code /aas/oauth2/v3/te} with a new
 * signed request, checks the answer's {@code state}, verifies the access token's signature against ESIA's
 * certificate(s) and its claims, then reads {@code /rs/prns/{oid}} (and {@code /kids}) to fill the user.
 * Logout goes through {@code /idp/ext/Logout?client_id=&redirect_url=} when a logout URL is configured.
 */
public class EsiaIdentityProvider extends AbstractOAuth2IdentityProvider<EsiaConfig> {

    static final String DEFAULT_SCOPE = "openid fullname birthdate snils kid_fullname kid_birthdate kid_snils";
    static final String STATE_KEY_PREFIX = "esia-state:";
    static final long STATE_LIFESPAN_SECONDS = 30 * 60;
    /** Session attribute holding the {@code state} sent to v3/te, checked against the answer. */
    static final String TOKEN_STATE_ATTRIBUTE = "esia.token-state";

    private static final Logger LOG = Logger.getLogger(EsiaIdentityProvider.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    public EsiaIdentityProvider(KeycloakSession session, EsiaConfig config) {
        super(session, config);
    }

    @Override
    protected String getDefaultScopes() {
        return DEFAULT_SCOPE;
    }

    @Override
    public Object callback(RealmModel realm, AuthenticationCallback callback, EventBuilder event) {
        return new EsiaEndpoint(callback, realm, event, this);
    }

    @Override
    protected UriBuilder createAuthorizationUrl(AuthenticationRequest request) {
        EsiaConfig config = getConfig();
        String state = UUID.randomUUID().toString();
        String timestamp = EsiaTimestamp.format(Instant.now(), ZoneOffset.UTC);
        String scope = config.scope();
        String redirectUri = request.getRedirectUri();
        session.singleUseObjects().put(STATE_KEY_PREFIX + state, STATE_LIFESPAN_SECONDS, Map.of(
                "state", request.getState().getEncoded(),
                "redirectUri", redirectUri,
                "scope", scope));
        String secret = ClientSecret.sign(
                ClientSecret.authorizationMessage(config.getClientId(), scope, timestamp, state, redirectUri),
                config.clientKey(), config.clientCertificate(), config.signatureMode());
        return UriBuilder.fromUri(config.getAuthorizationUrl())
                .queryParam("client_id", config.getClientId())
                .queryParam("client_secret", secret)
                .queryParam("redirect_uri", redirectUri)
                .queryParam("scope", scope)
                .queryParam("response_type", "code")
                .queryParam("state", state)
                .queryParam("access_type", config.accessType())
                .queryParam("timestamp", timestamp)
                .queryParam("client_certificate_hash", Streebog.certificateHash(config.clientCertificate()));
    }

    /** The v3/te request for {@code code}, signed over the same scope and redirect URI as the authorization. */
    SimpleHttpRequest tokenRequest(String code, String scope, String redirectUri) {
        EsiaConfig config = getConfig();
        String state = UUID.randomUUID().toString();
        String timestamp = EsiaTimestamp.format(Instant.now(), ZoneOffset.UTC);
        String secret = ClientSecret.sign(
                ClientSecret.tokenMessage(config.getClientId(), scope, timestamp, state, redirectUri, code),
                config.clientKey(), config.clientCertificate(), config.signatureMode());
        session.setAttribute(TOKEN_STATE_ATTRIBUTE, state);
        return SimpleHttp.create(session).doPost(config.getTokenUrl())
                .param("client_id", config.getClientId())
                .param("code", code)
                .param("grant_type", "authorization_code")
                .param("client_secret", secret)
                .param("state", state)
                .param("redirect_uri", redirectUri)
                .param("scope", scope)
                .param("timestamp", timestamp)
                .param("token_type", "Bearer")
                .param("client_certificate_hash", Streebog.certificateHash(config.clientCertificate()));
    }

    @Override
    public BrokeredIdentityContext getFederatedIdentity(String response) {
        EsiaConfig config = getConfig();
        JsonNode answer;
        try {
            answer = JSON.readTree(response);
        } catch (IOException e) {
            throw new IdentityBrokerException("ESIA's token answer is not JSON", e);
        }
        Object sentState = session.getAttribute(TOKEN_STATE_ATTRIBUTE);
        if (sentState != null && !sentState.equals(answer.path("state").asText(null))) {
            throw new IdentityBrokerException("ESIA's token answer carries another state");
        }
        String accessToken = answer.path("access_token").asText(null);
        EsiaJwt.Verified verified = EsiaJwt.verify(accessToken, config.esiaCertificates(), config.tokenSignatureOrder(),
                        EsiaIdentityProvider::parseObject)
                .orElseThrow(() -> new IdentityBrokerException("ESIA's access token signature does not verify"));
        String idToken = answer.path("id_token").asText(null);
        EsiaJwt.Verified verifiedId = EsiaJwt.verify(idToken, config.esiaCertificates(), config.tokenSignatureOrder(),
                        EsiaIdentityProvider::parseObject)
                .orElseThrow(() -> new IdentityBrokerException("ESIA's ID token is missing or its signature does not verify"));
        String oid;
        try {
            Instant now = Instant.now();
            oid = EsiaTokenCheck.subjectOid(verified.claims(), config.getClientId(), config.expectedIssuer(), now,
                    config.clockSkewSeconds());
            EsiaTokenCheck.idToken(verifiedId.claims(), config.getClientId(), config.expectedIssuer(), oid, now,
                    config.clockSkewSeconds());
        } catch (EsiaTokenCheck.Refusal e) {
            // Keycloak logs nothing for an exception with a message code: say why here, and show the person why.
            LOG.warnf("ESIA sign-in refused: %s", e.getMessage());
            throw new IdentityBrokerException(e.getMessage()).withMessageCode(e.userMessage());
        }

        String base = config.apiUrl() + "/rs/prns/" + oid;
        JsonNode person = get(base, accessToken);
        JsonNode kids = config.fetchKids() ? get(base + "/kids?embed=(elements)", accessToken) : null;
        EsiaPersonData data = EsiaPersonData.from(oid, person, kids);

        BrokeredIdentityContext context = new BrokeredIdentityContext(oid, config);
        context.setUsername(oid);
        context.setModelUsername("esia-" + oid);
        context.setBrokerUserId(oid);
        context.setFirstName(data.firstName());
        context.setLastName(data.lastName());
        // Mutable lists: Keycloak serializes the context between first-broker-login steps and reads them back
        // as ArrayList.
        data.attributes().forEach((name, values) -> context.setUserAttribute(name, new ArrayList<>(values)));
        context.setToken(config.isStoreToken() ? response : null);
        context.setIdp(this);
        LOG.debugf("ESIA sign-in verified for oid %s", oid);
        return context;
    }

    private JsonNode get(String url, String accessToken) {
        try (SimpleHttpResponse answer = SimpleHttp.create(session).doGet(url).auth(accessToken).acceptJson().asResponse()) {
            if (answer.getStatus() != 200) {
                throw new IdentityBrokerException("ESIA's person API answered " + answer.getStatus());
            }
            return answer.asJson();
        } catch (IOException e) {
            throw new IdentityBrokerException("ESIA's person API is unreachable", e);
        }
    }

    @Override
    public void importNewUser(KeycloakSession session, RealmModel realm, UserModel user, BrokeredIdentityContext context) {
        writePerson(user, context);
    }

    @Override
    public void updateBrokeredUser(KeycloakSession session, RealmModel realm, UserModel user, BrokeredIdentityContext context) {
        writePerson(user, context);
    }

    /** ESIA is the source of truth for these attributes: written on every sign-in. */
    private static void writePerson(UserModel user, BrokeredIdentityContext context) {
        user.setFirstName(context.getFirstName());
        user.setLastName(context.getLastName());
        for (String name : EsiaPersonData.ATTRIBUTES) {
            List<String> values = context.getAttributes().get(name);
            if (values == null || values.isEmpty()) {
                user.removeAttribute(name);
            } else {
                user.setAttribute(name, values);
            }
        }
    }

    @Override
    public Response keycloakInitiatedBrowserLogout(KeycloakSession session, UserSessionModel userSession,
                                                   UriInfo uriInfo, RealmModel realm) {
        String logoutUrl = getConfig().logoutUrl();
        if (logoutUrl == null) {
            return null;
        }
        String back = UriBuilder.fromUri(Urls.identityProviderAuthnResponse(uriInfo.getBaseUri(),
                        getConfig().getAlias(), realm.getName()))
                .path(EsiaEndpoint.LOGOUT_RESPONSE)
                .queryParam("state", userSession.getId())
                .build().toString();
        return Response.status(Response.Status.FOUND).location(UriBuilder.fromUri(logoutUrl)
                .queryParam("client_id", getConfig().getClientId())
                .queryParam("redirect_url", back)
                .build()).build();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> parseObject(String json) {
        try {
            return JSON.readValue(json, Map.class);
        } catch (IOException e) {
            throw new IllegalArgumentException("not a JSON object", e);
        }
    }

    /**
     * The broker endpoint ESIA redirects back to. ESIA's {@code state} (a UUID) is exchanged, once, for Keycloak's
     * own state kept at authorization; an unknown or replayed state is refused like a missing one.
     */
    protected static class EsiaEndpoint extends Endpoint {

        static final String LOGOUT_RESPONSE = "logout_response";
        private static final Logger LOG = Logger.getLogger(EsiaEndpoint.class);

        private final EsiaIdentityProvider esia;
        private Map<String, String> pending;

        public EsiaEndpoint(AuthenticationCallback callback, RealmModel realm, EventBuilder event,
                            EsiaIdentityProvider provider) {
            super(callback, realm, event, provider);
            this.esia = provider;
        }

        @GET
        @Override
        public Response authResponse(@QueryParam("state") String state, @QueryParam("code") String authorizationCode,
                                     @QueryParam("error") String error,
                                     @QueryParam("error_description") String errorDescription) {
            pending = state == null ? null : session.singleUseObjects().remove(EsiaIdentityProvider.STATE_KEY_PREFIX + state);
            if (pending == null) {
                LOG.warn("ESIA callback with an unknown, expired or replayed state");
                return super.authResponse(null, authorizationCode, error, errorDescription);
            }
            if (error != null) {
                // ESIA's code (e.g. ESIA-007055, ESIA-007053) is in error_description; never a secret.
                LOG.warnf("ESIA refused the sign-in: %s (%s)", error, errorDescription);
            }
            return super.authResponse(pending.get("state"), authorizationCode, error, errorDescription);
        }

        @Override
        public SimpleHttpRequest generateTokenRequest(String authorizationCode) {
            return esia.tokenRequest(authorizationCode, pending.get("scope"), pending.get("redirectUri"));
        }

        /** Where ESIA's logout returns: finishes Keycloak's browser logout of that user session. */
        @GET
        @Path(LOGOUT_RESPONSE)
        public Response logoutResponse(@QueryParam("state") String state) {
            UserSessionModel userSession = state == null ? null : session.sessions().getUserSession(realm, state);
            if (userSession == null) {
                return ErrorPage.error(session, null, Response.Status.BAD_REQUEST, Messages.IDENTITY_PROVIDER_UNEXPECTED_ERROR);
            }
            if (userSession.getState() != UserSessionModel.State.LOGGING_OUT) {
                return ErrorPage.error(session, null, Response.Status.BAD_REQUEST, Messages.SESSION_NOT_ACTIVE);
            }
            return AuthenticationManager.finishBrowserLogout(session, realm, userSession, session.getContext().getUri(),
                    clientConnection, headers);
        }
    }
}
