/**
 * Keycloak identity provider {@value org.zhurnal.esia.keycloak.EsiaIdentityProviderFactory#PROVIDER_ID} speaking
 * ESIA's protocol: signed {@code /aas/oauth2/v2/ac} and {@code /aas/oauth2/v3/te}, GOST (or RS256) tokens, the
 * person REST API and {@code /idp/ext/Logout}. Configuration keys are listed in {@link EsiaConfig} and docs/esia.md.
 */
package org.zhurnal.esia.keycloak;
