package org.zhurnal.web.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.proc.BadJWTException;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import org.pac4j.oidc.config.OidcConfiguration;
import org.pac4j.oidc.metadata.OidcOpMetadataResolver;
import org.pac4j.oidc.profile.creator.TokenValidator;

/**
 * pac4j's ID token validation (signature, issuer, times, nonce, {@code aud} containing this client, {@code azp} when
 * there are several audiences) plus the authorised party in every case: an ID token whose {@code azp} names another
 * client is refused even when its audience names this one (OpenID Connect Core 3.1.3.7, point 5). Keycloak always
 * sets {@code azp} to the client the token was issued to.
 */
final class AuthorizedPartyTokenValidator extends TokenValidator {

    private final String clientId;

    AuthorizedPartyTokenValidator(OidcConfiguration configuration, OIDCProviderMetadata metadata) {
        super(configuration, metadata);
        this.clientId = configuration.getClientId();
    }

    @Override
    public IDTokenClaimsSet validateIdToken(JWT idToken, Nonce expectedNonce) throws BadJOSEException, JOSEException {
        IDTokenClaimsSet claims = super.validateIdToken(idToken, expectedNonce);
        if (claims.getAuthorizedParty() != null && !clientId.equals(claims.getAuthorizedParty().getValue())) {
            throw new BadJWTException("Unexpected JWT authorized party (azp): the ID token was issued to another client");
        }
        return claims;
    }

    /** pac4j's OIDC settings whose ID token validator is {@link AuthorizedPartyTokenValidator}. */
    static final class Configuration extends OidcConfiguration {

        @Override
        protected OidcOpMetadataResolver createNewOpMetadataResolver() {
            return new MetadataResolver(this);
        }
    }

    /** The provider's metadata as pac4j reads it, validating ID tokens with {@link AuthorizedPartyTokenValidator}. */
    static final class MetadataResolver extends OidcOpMetadataResolver {

        MetadataResolver(OidcConfiguration configuration) {
            super(configuration);
        }

        @Override
        protected TokenValidator createTokenValidator() {
            return new AuthorizedPartyTokenValidator(configuration, loaded);
        }
    }
}
