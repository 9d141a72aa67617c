package org.dyad.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.dyad.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The access rules over real HTTP: pages redirect to the sign-in page, the API answers 401 or 403. */
@WebIntegrationTest
class HttpAccessIT {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> send(HttpRequest.Builder request, String user, String password) throws Exception {
        if (user != null) {
            request.header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    private HttpRequest.Builder postArticle() {
        String boundary = "dyad-test-boundary";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\nText.\r\n--" + boundary + "--\r\n";
        return get("/api/articles").header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/dyad/TJ/KZ", "/country/TJ", "/network", "/articles", "/articles/1", "/reports", "/admin/users",
            "/admin/data", "/admin/upload",
            "/admin/review", "/admin/reference"})
    void signed_out_pages_redirect_to_the_sign_in_page(String path) throws Exception {
        HttpResponse<String> r = send(get(path), null, null);
        assertThat(r.statusCode()).as(path).isEqualTo(302);
        assertThat(r.headers().firstValue("location")).as(path).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void the_sign_in_page_is_open() throws Exception {
        assertThat(send(get("/login"), null, null).statusCode()).isEqualTo(200);
    }

    @Test
    void the_api_needs_a_user_and_says_so_with_401_never_a_redirect() throws Exception {
        HttpResponse<String> anonymous = send(get("/api/dyads/TJ/KZ/facts"), null, null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("www-authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
        assertThat(send(get("/api/dyads/TJ/KZ/facts"), "analyst", "not the password").statusCode()).isEqualTo(401);
        assertThat(send(get("/api/dyads/TJ/KZ/facts"), "nobody", "not the password").statusCode()).isEqualTo(401);
        assertThat(send(get("/api/dyads/TJ/KZ/facts"), "analyst", WebIntegrationTest.ANALYST_PASSWORD).statusCode())
                .isEqualTo(200);
        assertThat(send(get("/api/dyads/TJ/KZ/facts"), "admin", WebIntegrationTest.ADMIN_PASSWORD).statusCode())
                .isEqualTo(200);
    }

    @Test
    void reports_need_a_signed_in_user_and_come_as_pdf() throws Exception {
        assertThat(send(get("/api/reports/dyad/TJ/KZ.pdf?from=2015&to=2025"), null, null).statusCode()).isEqualTo(401);
        HttpResponse<String> r = send(get("/api/reports/dyad/TJ/KZ.pdf?from=2015&to=2025"), "analyst",
                WebIntegrationTest.ANALYST_PASSWORD);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("content-type")).hasValue("application/pdf");
        assertThat(r.headers().firstValue("content-disposition")).hasValueSatisfying(v ->
                assertThat(v).contains("dyad-TJ-KZ-2015-2025.pdf"));
        assertThat(r.body()).startsWith("%PDF-");
        assertThat(send(get("/api/reports/dyad/TJ/XX.pdf"), "analyst", WebIntegrationTest.ANALYST_PASSWORD).statusCode())
                .isEqualTo(404);
    }

    @Test
    void only_admins_may_post_articles() throws Exception {
        assertThat(send(postArticle(), null, null).statusCode()).isEqualTo(401);
        assertThat(send(postArticle(), "analyst", WebIntegrationTest.ANALYST_PASSWORD).statusCode()).isEqualTo(403);
    }
}
