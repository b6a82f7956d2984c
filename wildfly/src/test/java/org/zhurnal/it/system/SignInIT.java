package org.zhurnal.it.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.zhurnal.it.support.BrowserlessClient;
import org.zhurnal.it.support.BrowserlessClient.Page;
import org.zhurnal.it.support.EsiaSimulatorPage;
import org.zhurnal.it.support.TestStack;

/** Sign-in over HTTP through the real Keycloak and the ESIA simulator, as a browser would, without one. */
class SignInIT {

    private final String app = TestStack.settings().appUrl();
    private final BrowserlessClient client = new BrowserlessClient();

    @Test
    void nobodySignedInGetsProblemJson() {
        Page me = client.get(app + "/api/v1/me");
        assertThat(me.status()).isEqualTo(401);
        assertThat(me.body()).contains("\"status\":401").contains("Вход не выполнен");
    }

    @Test
    void confirmedTeacherSignsInSeesHerNameAndRolesAndSignsOut() {
        Page picker = client.get(app + "/login");
        assertThat(picker.hops()).anyMatch(uri -> uri.getPort() == TestStack.settings().keycloakPort());

        Page home = EsiaSimulatorPage.signInAs(client, picker, "1000003");
        assertThat(home.uri().toString()).isEqualTo(app + "/");
        assertThat(home.hops()).anyMatch(uri -> uri.getPath().equals("/callback"));

        Page me = client.get(app + "/api/v1/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.body())
                .contains("\"displayName\":\"Иванова Мария Петровна\"")
                .contains("\"roles\":[\"teacher\",\"class-teacher\"]");

        Page afterLogout = client.get(app + "/logout");
        assertThat(afterLogout.uri().toString()).startsWith(app + "/");
        assertThat(afterLogout.hops()).anyMatch(uri -> uri.getPath().endsWith("/protocol/openid-connect/logout"));
        assertThat(client.get(app + "/api/v1/me").status()).isEqualTo(401);

        Page again = client.get(app + "/login");
        assertThat(again.body()).as("the Keycloak session ended too: the portal is asked again")
                .contains("Госуслуги — симулятор ЕСИА");
    }

    @Test
    void unconfirmedAccountIsRefusedWithAnExplanation() {
        Page picker = client.get(app + "/login");
        Page landing = EsiaSimulatorPage.signInAs(client, picker, "1000009");

        assertThat(landing.uri().toString()).isEqualTo(app + "/?signin=unconfirmed");
        assertThat(client.get(app + "/api/v1/me").status()).isEqualTo(401);
        Page again = client.get(app + "/login");
        assertThat(again.body()).as("no Keycloak session is left behind for the unconfirmed account")
                .contains("Госуслуги — симулятор ЕСИА");
    }

    @Test
    void newConfirmedParentSignsInWithNoRolesYet() {
        Page home = EsiaSimulatorPage.signInAs(client, client.get(app + "/login"), "1000006");
        assertThat(home.uri().toString()).isEqualTo(app + "/");
        Page me = client.get(app + "/api/v1/me");
        assertThat(me.body()).contains("\"displayName\":\"Орлова Наталья Игоревна\"").contains("\"roles\":[]");
    }
}
