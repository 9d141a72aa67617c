package org.dyad.analytics.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.dyad.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The export API over HTTP, on the seeded database (same context as the browser tests). */
@WebIntegrationTest
class DyadFactsApiIT {

    @LocalServerPort
    int port;

    private HttpResponse<String> get(String path) throws Exception {
        String basic = java.util.Base64.getEncoder().encodeToString(
                ("analyst:" + WebIntegrationTest.ANALYST_PASSWORD).getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Authorization", "Basic " + basic).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void json_has_every_fact_of_the_pair_with_its_sentences() throws Exception {
        HttpResponse<String> r = get("/api/dyads/TJ/KZ/facts?from=2015&to=2025&format=json");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("content-type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
        JsonNode root = JsonMapper.builder().build().readTree(r.body());
        assertThat(root.get("count").asInt()).isEqualTo(root.get("facts").size()).isGreaterThan(20);
        JsonNode turnover = null;
        for (JsonNode f : root.get("facts")) {
            if (f.get("kind").asString().equals("turnover")) {
                turnover = f;
            }
        }
        assertThat(turnover).isNotNull();
        assertThat(turnover.get("amount_usd").decimalValue()).isEqualByComparingTo("1150000000");
        assertThat(turnover.get("year").asInt()).isEqualTo(2023);
        assertThat(turnover.get("evidence").get(0).get("sentence").asString()).contains("مليار ومائة وخمسين مليون دولار");
        assertThat(turnover.get("evidence").get(0).get("lang").asString()).isEqualTo("ar");
    }

    @Test
    void csv_is_utf8_with_a_header_and_one_row_per_fact() throws Exception {
        HttpResponse<String> r = get("/api/dyads/KZ/TJ/facts?from=2015&to=2025&format=csv");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("content-disposition")).hasValue("attachment; filename=\"dyad-KZ-TJ-2015-2025.csv\"");
        List<String> lines = r.body().lines().toList();
        assertThat(lines.getFirst()).isEqualTo("\uFEFFfact_id,type,date,year,kind,detail,amount,currency,amount_usd,"
                + "countries,article_ids,sources,published,languages,synthetic,evidence");
        assertThat(r.body()).contains(",trade,,2023,turnover,,1150000000.00,USD,1150000000.00,")
                .contains("مليار ومائة وخمسين مليون دولار");
    }

    @Test
    void bad_requests_get_clear_errors() throws Exception {
        assertThat(get("/api/dyads/TJ/XX/facts").statusCode()).isEqualTo(404);
        HttpResponse<String> format = get("/api/dyads/TJ/KZ/facts?format=xml");
        assertThat(format.statusCode()).isEqualTo(400);
        assertThat(format.body()).contains("format must be csv or json");
        assertThat(get("/api/dyads/TJ/KZ/facts?from=2020&to=2010").statusCode()).isEqualTo(400);
        HttpResponse<String> empty = get("/api/dyads/TJ/KZ/facts?from=1995&to=1996");
        assertThat(empty.statusCode()).isEqualTo(200);
        assertThat(empty.body()).contains("\"count\":0");
    }
}
