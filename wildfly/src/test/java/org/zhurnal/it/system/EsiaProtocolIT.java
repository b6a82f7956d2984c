package org.zhurnal.it.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.zhurnal.it.support.BrowserlessClient;
import org.zhurnal.it.support.BrowserlessClient.Page;
import org.zhurnal.it.support.EsiaSimulatorPage;
import org.zhurnal.it.support.TestStack;

/**
 * Keycloak's ESIA identity provider against the simulator: a sign-in goes through ESIA's signed
 * {@code /aas/oauth2/v2/ac} and {@code /aas/oauth2/v3/te}, whose GOST signatures and certificate hash the
 * simulator verified (it counts them at {@code /simulator/protocol-log}), and logout passes through ESIA's
 * {@code /idp/ext/Logout}; tokens signed by another key and a replayed callback are refused.
 */
class EsiaProtocolIT {

    private static final Pattern COUNTER = Pattern.compile("\"(authorizationsVerified|tokensVerified)\":(\\d+)");

    private final String app = TestStack.settings().appUrl();
    private final String esia = TestStack.settings().esiaUrl();
    private final BrowserlessClient client = new BrowserlessClient();

    @Test
    void signInUsesEsiasSignedEndpointsWithValidGostSignatures() {
        long authorizations = counter("authorizationsVerified");
        long tokens = counter("tokensVerified");

        Page picker = client.get(app + "/login");
        URI authorization = picker.uri();
        assertThat(authorization.getPath()).isEqualTo("/aas/oauth2/v2/ac");
        assertThat(authorization.getRawQuery())
                .contains("client_secret=").contains("client_certificate_hash=").contains("timestamp=")
                .containsPattern("state=[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(&|$)");

        Page home = EsiaSimulatorPage.signInAs(client, picker, "1000004");
        assertThat(home.uri().toString()).isEqualTo(app + "/");
        assertThat(client.get(app + "/api/v1/me").body())
                .contains("\"displayName\":\"Петров Сергей Николаевич\"")
                .contains("\"roles\":[\"parent\"]");

        assertThat(counter("authorizationsVerified")).isEqualTo(authorizations + 1);
        assertThat(counter("tokensVerified")).isEqualTo(tokens + 1);
        assertThat(client.get(esia + "/simulator/protocol-log").body()).doesNotContain("ESIA-007053");

        Page afterLogout = client.get(app + "/logout");
        assertThat(afterLogout.uri().toString()).startsWith(app + "/");
        assertThat(afterLogout.hops()).as("Keycloak's logout passes through ESIA's")
                .anyMatch(uri -> uri.getPath().equals("/idp/ext/Logout"));
        assertThat(client.get(app + "/api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void tokensSignedByAnotherKeyAreRefused() {
        BrowserlessClient simulator = new BrowserlessClient();
        simulator.postForm(URI.create(esia + "/simulator/token-key"), Map.of("key", "foreign"));
        try {
            Page landing = EsiaSimulatorPage.signInAs(client, client.get(app + "/login"), "1000003");
            assertThat(landing.uri().toString()).doesNotStartWith(app + "/");
            assertThat(client.get(app + "/api/v1/me").status()).isEqualTo(401);
        } finally {
            simulator.postForm(URI.create(esia + "/simulator/token-key"), Map.of("key", "own"));
        }
        BrowserlessClient fresh = new BrowserlessClient();
        Page home = EsiaSimulatorPage.signInAs(fresh, fresh.get(app + "/login"), "1000003");
        assertThat(home.uri().toString()).as("genuine tokens work again").isEqualTo(app + "/");
    }

    @Test
    void anExpiredEsiaTokenIsRefusedAndThePersonToldWhy() {
        refusedWith("expired", "Ответ Госуслуг устарел: срок его действия истёк. Войдите ещё раз.");
    }

    @Test
    void anEsiaTokenIssuedToAnotherSystemIsRefusedAndThePersonToldWhy() {
        refusedWith("wrong-audience", "Ответ Госуслуг выдан для другой системы. Вход отклонён.");
    }

    @Test
    void anEsiaIdTokenAddressedToAnotherSystemIsRefusedAndThePersonToldWhy() {
        refusedWith("wrong-id-audience", "Ответ Госуслуг выдан для другой системы. Вход отклонён.");
    }

    /** The simulator issues flawed tokens; Keycloak's provider refuses them and its error page says why. */
    private void refusedWith(String flaw, String message) {
        BrowserlessClient simulator = new BrowserlessClient();
        assertThat(simulator.postForm(URI.create(esia + "/simulator/token-flaw"), Map.of("flaw", flaw)).status())
                .isEqualTo(200);
        try {
            Page landing = EsiaSimulatorPage.signInAs(client, client.get(app + "/login"), "1000003");
            assertThat(landing.uri().toString()).doesNotStartWith(app + "/");
            assertThat(landing.status()).isGreaterThanOrEqualTo(400);
            assertThat(withoutEntities(landing.body())).contains(message);
            assertThat(client.get(app + "/api/v1/me").status()).isEqualTo(401);
        } finally {
            simulator.postForm(URI.create(esia + "/simulator/token-flaw"), Map.of("flaw", "none"));
        }
        BrowserlessClient fresh = new BrowserlessClient();
        Page home = EsiaSimulatorPage.signInAs(fresh, fresh.get(app + "/login"), "1000003");
        assertThat(home.uri().toString()).as("genuine tokens work again").isEqualTo(app + "/");
    }

    /** The page's text with HTML character references (&#1054; &#x41e;) decoded. */
    private static String withoutEntities(String html) {
        Matcher entity = Pattern.compile("&#(x?)([0-9a-fA-F]+);").matcher(html);
        StringBuilder out = new StringBuilder();
        while (entity.find()) {
            int code = Integer.parseInt(entity.group(2), entity.group(1).isEmpty() ? 10 : 16);
            entity.appendReplacement(out, Matcher.quoteReplacement(new String(Character.toChars(code))));
        }
        return entity.appendTail(out).toString();
    }

    @Test
    void replayedEsiaCallbackIsRefused() {
        Page home = EsiaSimulatorPage.signInAs(client, client.get(app + "/login"), "1000003");
        URI callback = home.hops().stream()
                .filter(uri -> uri.getPath().endsWith("/broker/esia/endpoint"))
                .findFirst().orElseThrow();

        BrowserlessClient stranger = new BrowserlessClient();
        Page replay = stranger.get(callback.toString());
        assertThat(replay.uri().toString()).doesNotStartWith(app + "/");
        assertThat(stranger.get(app + "/api/v1/me").status()).isEqualTo(401);
    }

    private long counter(String name) {
        Matcher m = COUNTER.matcher(client.get(esia + "/simulator/protocol-log").body());
        while (m.find()) {
            if (m.group(1).equals(name)) {
                return Long.parseLong(m.group(2));
            }
        }
        throw new AssertionError("no counter " + name);
    }
}
