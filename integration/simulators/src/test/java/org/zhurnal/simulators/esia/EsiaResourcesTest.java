package org.zhurnal.simulators.esia;

import com.nimbusds.jose.util.JSONObjectUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhurnal.simulators.esia.EsiaTestClient.REDIRECT;

class EsiaResourcesTest {

    @RegisterExtension
    static final RunningSimulator SIMULATOR = new RunningSimulator();

    private final EsiaTestClient client = SIMULATOR.client();

    private Map<String, Object> tokens(long oid) {
        return client.tokens(oid);
    }

    @Test
    void ownPersonDocumentUsesEsiaShapes() throws Exception {
        String accessToken = (String) tokens(1000005).get("access_token");

        HttpResponse<String> response = client.get("/rs/prns/1000005", accessToken);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JSONObjectUtils.parse(response.body()))
                .containsEntry("oid", 1000005L)
                .containsEntry("lastName", "Петрова")
                .containsEntry("firstName", "Анна")
                .containsEntry("middleName", "Сергеевна")
                .containsEntry("birthDate", "12.04.2011")
                .containsEntry("trusted", true)
                .containsKey("snils");
    }

    @Test
    void parentSeesKids() throws Exception {
        String accessToken = (String) tokens(1000004).get("access_token");

        HttpResponse<String> response = client.get("/rs/prns/1000004/kids", accessToken);

        assertThat(response.statusCode()).isEqualTo(200);
        Map<String, Object>[] elements =
                JSONObjectUtils.getJSONObjectArray(JSONObjectUtils.parse(response.body()), "elements");
        assertThat(elements).singleElement().satisfies(kid -> assertThat(kid)
                .containsEntry("lastName", "Петрова")
                .containsEntry("firstName", "Анна")
                .containsEntry("birthDate", "12.04.2011"));
    }

    @Test
    void aKidWithAnOwnAccountCarriesItsOidAndAKidWithoutSnilsHasNone() throws Exception {
        String accessToken = (String) tokens(1000050).get("access_token");

        HttpResponse<String> response = client.get("/rs/prns/1000050/kids?embed=(elements)", accessToken);

        assertThat(response.statusCode()).isEqualTo(200);
        Map<String, Object>[] elements =
                JSONObjectUtils.getJSONObjectArray(JSONObjectUtils.parse(response.body()), "elements");
        assertThat(elements[0]).containsEntry("id", "2000051").containsEntry("oid", 1000051L).containsKey("snils");
        assertThat(elements[1]).containsEntry("oid", 1000052L).doesNotContainKey("snils");
        assertThat(elements[elements.length - 1]).as("a kid without an own account").doesNotContainKey("oid");
    }

    @Test
    void anotherPersonsDataIsForbidden() throws Exception {
        String accessToken = (String) tokens(1000004).get("access_token");

        HttpResponse<String> other = client.get("/rs/prns/1000005", accessToken);
        HttpResponse<String> otherKids = client.get("/rs/prns/1000005/kids", accessToken);

        assertThat(other.statusCode()).isEqualTo(403);
        assertThat(other.body()).contains("\"error\":\"access_denied\"");
        assertThat(otherKids.statusCode()).isEqualTo(403);
    }

    @Test
    void resourcesNeedAValidAccessToken() throws Exception {
        String idToken = (String) tokens(1000003).get("id_token");

        assertThat(client.get("/rs/prns/1000003", null).statusCode()).isEqualTo(401);
        assertThat(client.get("/rs/prns/1000003", "not-a-token").statusCode()).isEqualTo(401);
        assertThat(client.get("/rs/prns/1000003", idToken).statusCode()).as("an ID token is no access token")
                .isEqualTo(401);
    }

    @Test
    void logoutRedirectsOnlyToRegisteredAddresses() {
        HttpResponse<String> allowed = client.get("/idp/ext/Logout?client_id=zhurnal-keycloak&redirect_url="
                + Http.encode(REDIRECT + "/logout_response"), null);
        HttpResponse<String> otherClient = client.get("/idp/ext/Logout?client_id=other&redirect_url="
                + Http.encode(REDIRECT + "/logout_response"), null);
        HttpResponse<String> foreign = client.get("/idp/ext/Logout?redirect_url="
                + Http.encode("https://evil.example/"), null);

        assertThat(allowed.statusCode()).isEqualTo(302);
        assertThat(allowed.headers().firstValue("Location")).hasValue(REDIRECT + "/logout_response");
        assertThat(otherClient.statusCode()).isEqualTo(400);
        assertThat(foreign.statusCode()).isEqualTo(400);
    }

    @Test
    void unknownPathsAreNotFound() {
        assertThat(client.get("/nothing-here", null).statusCode()).isEqualTo(404);
        assertThat(client.get("/rs/prns/1000003/docs", null).statusCode()).isEqualTo(404);
    }
}
