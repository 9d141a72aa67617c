package org.dyad.analytics.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.dyad.IntegrationTest;
import org.dyad.analytics.PartnerRow;
import org.dyad.base.KaribuTest;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.QueryParameters;

import tools.jackson.databind.node.JsonNodeFactory;

@IntegrationTest
class CountryViewIT extends KaribuTest {

    @Test
    void a_country_lists_its_partners_and_a_click_opens_the_dyad() {
        UI.getCurrent().navigate("country/tj", QueryParameters.simple(Map.of("from", "2015", "to", "2025")));
        CountryView view = _get(CountryView.class);
        assertThat(_get(H2.class).getText()).isEqualTo("Tajikistan and its partners, 2015–2025");
        PartnerRow kz = view.grid().getListDataView().getItems().filter(r -> r.partner().equals("KZ")).findFirst().orElseThrow();
        assertThat(kz.meetings()).isEqualTo(1);
        assertThat(kz.headOfStateMeetings()).isEqualTo(1);
        assertThat(kz.latestTurnoverUsd()).isEqualByComparingTo("1150000000");
        assertThat(kz.latestTurnoverYear()).isEqualTo(2023);
        assertThat(view.chart().getOption().get("yAxis").get("data").toString()).contains("Kazakhstan");
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(com.vaadin.flow.component.html.Div.class,
                spec -> spec.withId("synthetic-banner"))).as("no synthetic article here: no banner shown").isEmpty();

        clickChart(view.chart(), null, JsonNodeFactory.instance.objectNode().put("partner", "KZ"));
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters())
                .isEqualTo("dyad/TJ/KZ?from=2015&to=2025");
    }

    @Test
    void a_period_without_articles_says_so() {
        UI.getCurrent().navigate("country/TM", QueryParameters.simple(Map.of("from", "1995", "to", "1996")));
        CountryView view = _get(CountryView.class);
        assertThat(view.grid().getListDataView().getItems()).isEmpty();
        assertThat(view.chart().getOption().get("title").get("text").asString())
                .isEqualTo("No meetings of Turkmenistan with any partner found in 1995–1996");
    }
}
