/**
 * ESIA simulator: a stand-in for the state portal's identity service, started by the dev stack and tests
 * through {@link org.zhurnal.simulators.esia.EsiaSimulator#start(EsiaSimulatorConfig)} or run alone with
 * {@link org.zhurnal.simulators.esia.EsiaSimulator#main(String[])}.
 *
 * <p>Endpoints (ESIA's protocol, see docs/esia.md): {@code /aas/oauth2/v2/ac} (signed request, person picker,
 * code), {@code /aas/oauth2/v3/te} (signed exchange, GOST tokens), {@code /rs/prns/{oid}}, {@code /rs/prns/{oid}/ctts},
 * {@code /rs/prns/{oid}/kids}, {@code /idp/ext/Logout} and {@code /simulator/protocol-log}. Neither tokens,
 * secrets nor SNILS are ever logged.
 */
package org.zhurnal.simulators.esia;
