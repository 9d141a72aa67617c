package org.dyad.analytics.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.dyad.IntegrationTest;
import org.dyad.base.KaribuTest;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;

import tools.jackson.databind.JsonNode;

@IntegrationTest
class NetworkViewIT extends KaribuTest {

    @Test
    void pairs_that_met_are_edges_and_a_click_on_one_opens_its_dyad() {
        UI.getCurrent().navigate("network", QueryParameters.simple(Map.of("from", "2024", "to", "2024")));
        NetworkView view = _get(NetworkView.class);
        JsonNode series = view.chart().getOption().get("series").get(0);
        assertThat(series.get("data").toString()).contains("\"name\":\"TJ\"", "\"name\":\"KZ\"", "Tajikistan");
        JsonNode edge = null;
        for (JsonNode link : series.get("links")) {
            if (link.get("ref").get("a").asString().equals("KZ") && link.get("ref").get("b").asString().equals("TJ")) {
                edge = link;
            }
        }
        assertThat(edge).isNotNull();
        assertThat(edge.get("value").asInt()).isEqualTo(1);

        clickChart(view.chart(), null, edge.get("ref"));
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters())
                .isEqualTo("dyad/KZ/TJ?from=2024&to=2024");
    }

    @Test
    void a_period_without_meetings_says_so() {
        UI.getCurrent().navigate("network", QueryParameters.simple(Map.of("from", "1995", "to", "1996")));
        assertThat(_get(NetworkView.class).chart().getOption().get("title").get("text").asString())
                .isEqualTo("No meetings found in 1995–1996");
    }
}
