/**
 * ESIA simulator: a stand-in for the state portal's identity service, started by the dev stack and tests
 * through {@link org.zhurnal.simulators.esia.EsiaSimulator#start(EsiaSimulatorConfig)} or run alone with
 * {@link org.zhurnal.simulators.esia.EsiaSimulator#main(String[])}.
 *
 * <p>Endpoints (ESIA's paths, plain OIDC for now): {@code /.well-known/openid-configuration}, {@code /jwks},
 * {@code /aas/oauth2/ac} (person picker and code), {@code /aas/oauth2/te} (tokens), {@code /rs/userinfo},
 * {@code /rs/prns/{oid}}, {@code /rs/prns/{oid}/kids} and {@code /idp/ext/Logout}. Neither tokens nor SNILS are
 * ever logged.
 */
package org.zhurnal.simulators.esia;
