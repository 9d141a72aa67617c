package org.dyad.analytics.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;

import org.dyad.IntegrationTest;
import org.dyad.base.KaribuTest;
import org.dyad.base.ui.UiLanguage;
import org.dyad.reference.CountryName;
import org.junit.jupiter.api.Test;

import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.Direction;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.router.QueryParameters;

import tools.jackson.databind.JsonNode;

@IntegrationTest
class DyadViewIT extends KaribuTest {


    @Test
    void the_route_picks_the_pair_and_period_and_draws_their_memberships() {
        navigate("dyad/TJ/KZ", 2005, 2024);
        DyadView view = _get(DyadView.class);

        assertThat(comboBox("country-a").getValue().code()).isEqualTo("TJ");
        assertThat(comboBox("country-b").getValue().code()).isEqualTo("KZ");
        assertThat(select("from-year").getValue()).isEqualTo(2005);
        assertThat(select("to-year").getValue()).isEqualTo(2024);
        assertThat(_get(H2.class).getText()).isEqualTo("Tajikistan – Kazakhstan, 2005–2024");

        JsonNode rows = view.membershipChart().getOption().get("yAxis").get("data");
        assertThat(rows.toString()).contains("★ SCO · Tajikistan", "★ CSTO · Kazakhstan", "★ IFAS", "★ C5", "★ CIS");
        assertThat(view.getPageTitle()).isEqualTo("TJ–KZ 2005–2024 · Dyad");
    }

    @Test
    void key_figures_and_charts_show_the_seed_articles_facts() {
        navigate("dyad/TJ/KZ", 2015, 2025);
        DyadView view = _get(DyadView.class);
        KeyFigures figures = view.keyFigures();
        assertThat(figures.meetings().value()).isEqualTo("1");
        assertThat(figures.meetings().detail()).isEqualTo("1 head of state");
        assertThat(figures.turnover().value()).isEqualTo("$1.15 bn (2023)");
        assertThat(figures.articles().detail()).isEqualTo("Arabic");
        assertThat(view.meetingsChart().getOption().toString()).contains("Official visit");
        assertThat(view.tradeChart().getOption().get("series").get(0).get("data").get(0).get("value").get(1).asDouble())
                .isEqualTo(1.15);
        assertThat(view.sectorsChart().getOption().get("yAxis").get("data").toString()).contains("Energy", "Tourism");
    }

    @Test
    void clicking_the_trade_point_opens_the_arabic_sentence_behind_it() {
        navigate("dyad/TJ/KZ", 2015, 2025);
        DyadView view = _get(DyadView.class);
        JsonNode point = view.tradeChart().getOption().get("series").get(0).get("data").get(0);
        clickChart(view.tradeChart(), point.get("factIds"), null);

        Dialog dialog = _get(Dialog.class);
        assertThat(dialog.isOpened()).isTrue();
        Paragraph sentence = _get(dialog, Paragraph.class, spec -> spec.withClasses("dyad-evidence-sentence"));
        assertThat(sentence.getText()).contains("مليار ومائة وخمسين مليون دولار");
        assertThat(sentence.getElement().getAttribute("dir")).isEqualTo("rtl");
        assertThat(_get(dialog, Anchor.class).getHref()).startsWith("articles/");
    }

    @Test
    void clicking_a_sector_cell_or_a_meeting_bar_fetches_the_sentences_behind_it() {
        navigate("dyad/TJ/KZ", 2015, 2025);
        DyadView view = _get(DyadView.class);
        JsonNode cell = null;
        for (JsonNode item : view.sectorsChart().getOption().get("series").get(0).get("data")) {
            if (item.get("ref").get("sector").asString().equals("tourism")) {
                cell = item;
            }
        }
        clickChart(view.sectorsChart(), null, cell.get("ref"));
        Dialog dialog = _get(Dialog.class);
        assertThat(dialog.getElement().getTextRecursively()).contains("السياحة");

        JsonNode bar = null;
        for (JsonNode item : view.meetingsChart().getOption().get("series").get(0).get("data")) {
            if (!item.isNull()) {
                bar = item;
            }
        }
        clickChart(view.meetingsChart(), null, bar.get("ref"));
        assertThat(_get(Dialog.class).getElement().getTextRecursively()).contains("في زيارة رسمية");
    }

    @Test
    void the_root_opens_the_default_pair() {
        UI.getCurrent().navigate("");
        assertThat(comboBox("country-a").getValue().code()).isEqualTo("TJ");
        assertThat(comboBox("country-b").getValue().code()).isEqualTo("KZ");
        assertThat(select("from-year").getValue()).isEqualTo(DyadView.DEFAULT_FROM);
    }

    @Test
    void picking_another_partner_navigates_to_its_url() {
        navigate("dyad/TJ/KZ", 2010, 2020);
        ComboBox<CountryName> partner = comboBox("country-b");
        CountryName uzbekistan = partner.getListDataView().getItems()
                .filter(c -> c.code().equals("UZ")).findFirst().orElseThrow();
        HasValueUtilsKt._setValue(partner, uzbekistan, true);

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters())
                .isEqualTo("dyad/TJ/UZ?from=2010&to=2020");
        assertThat(_get(H2.class).getText()).isEqualTo("Tajikistan – Uzbekistan, 2010–2020");
    }

    @Test
    void an_unknown_country_falls_back_to_the_default_pair() {
        UI.getCurrent().navigate("dyad/XX/KZ");
        assertThat(comboBox("country-a").getValue().code()).isEqualTo("TJ");
    }

    @Test
    void country_names_follow_the_ui_language() {
        UI.getCurrent().setLocale(Locale.forLanguageTag("ru"));
        navigate("dyad/TJ/KZ", 2005, 2024);
        ComboBox<CountryName> a = comboBox("country-a");
        assertThat(a.getItemLabelGenerator().apply(a.getValue())).isEqualTo("Таджикистан (TJ)");
    }

    @Test
    void the_whole_overview_speaks_arabic_right_to_left() {
        reopenIn(Locale.forLanguageTag("ar"));
        navigate("dyad/TJ/KZ", 2015, 2025);
        DyadView view = _get(DyadView.class);

        assertThat(UiLanguage.direction(UI.getCurrent())).isEqualTo(Direction.RIGHT_TO_LEFT);
        assertThat(_get(H2.class).getText()).isEqualTo("طاجيكستان – كازاخستان، 2015–2025");
        assertThat(view.keyFigures().meetings().detail()).isEqualTo("1 رؤساء دول");
        assertThat(view.keyFigures().turnover().value()).isEqualTo("1.15 مليار دولار (2023)");
        assertThat(view.keyFigures().articles().detail()).isEqualTo("العربية");
        assertThat(view.meetingsChart().getOption().toString()).contains("زيارة رسمية");
        assertThat(view.getElement().getTextRecursively()).contains("اللقاءات في كل ربع سنة", "التجارة")
                .doesNotContain("Meetings per quarter");
        assertThat(_get(SideNav.class).getElement().getTextRecursively()).contains("المقالات");

        JsonNode point = view.tradeChart().getOption().get("series").get(0).get("data").get(0);
        clickChart(view.tradeChart(), point.get("factIds"), null);
        Dialog dialog = _get(Dialog.class);
        assertThat(dialog.getHeaderTitle()).isEqualTo("الدليل");
        assertThat(_get(dialog, Anchor.class).getText()).isEqualTo("فتح المقال");
    }

    @Test
    void russian_turns_nothing_around() {
        reopenIn(Locale.forLanguageTag("ru"));
        navigate("dyad/TJ/KZ", 2015, 2025);
        assertThat(UiLanguage.direction(UI.getCurrent())).isEqualTo(Direction.LEFT_TO_RIGHT);
        assertThat(_get(DyadView.class).keyFigures().turnover().detail()).isEqualTo("нет более раннего года для сравнения");
        assertThat(_get(DyadView.class).getPageTitle()).isEqualTo("TJ–KZ 2015–2025 · Dyad");
    }

    private static void navigate(String path, int from, int to) {
        UI.getCurrent().navigate(path, QueryParameters.simple(Map.of("from", "" + from, "to", "" + to)));
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<CountryName> comboBox(String id) {
        return _get(ComboBox.class, spec -> spec.withId(id));
    }

    @SuppressWarnings("unchecked")
    private static Select<Integer> select(String id) {
        return _get(Select.class, spec -> spec.withId(id));
    }
}
