package org.dyad.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.dyad.reference.CountryName;
import org.dyad.reference.LocalizedName;
import org.dyad.reference.MembershipTimeline;
import org.dyad.reference.MembershipTimeline.OrganizationRow;
import org.dyad.reference.MembershipTimeline.Span;
import org.dyad.reference.files.PartialDate.Precision;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class MembershipChartOptionTest {

    private static final CountryName TJ = new CountryName("TJ", new LocalizedName("Tajikistan", "طاجيكستان", "Таджикистан"));
    private static final CountryName KZ = new CountryName("KZ", new LocalizedName("Kazakhstan", "كازاخستان", "Казахстан"));
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    @Test
    void one_row_per_organization_and_country_shared_ones_starred() {
        MembershipTimeline t = timeline(2000, 2026, List.of(
                row("SCO", true, member("TJ", "2001-06-15", null), member("KZ", "2001-06-15", null)),
                row("EAEU", false, List.of(), List.of(member("KZ", "2015-01-01", null)))));
        ObjectNode option = MembershipChartOption.build(t, Locale.ENGLISH, TODAY);

        assertThat(texts(option.get("yAxis").get("data")))
                .containsExactly("★ SCO · Tajikistan", "★ SCO · Kazakhstan", "EAEU · Tajikistan", "EAEU · Kazakhstan");
        JsonNode series = option.get("series");
        assertThat(series).hasSize(2);
        assertThat(series.get(0).get("name").asString()).isEqualTo("Tajikistan: Member");
        assertThat(series.get(0).get("data")).hasSize(1);
        assertThat(series.get(1).get("name").asString()).isEqualTo("Kazakhstan: Member");
        assertThat(series.get(1).get("data")).hasSize(2);
        assertThat(series.get(0).get("color").asString()).isNotEqualTo(series.get(1).get("color").asString());
    }

    @Test
    void spans_are_clipped_to_the_period_and_open_spans_end_today_not_in_the_future() {
        MembershipTimeline t = timeline(2010, 2030, List.of(
                row("SCO", false, member("TJ", "2001-06-15", null), null)));
        ObjectNode option = MembershipChartOption.build(t, Locale.ENGLISH, TODAY);
        JsonNode coords = option.get("series").get(0).get("data").get(0).get("coords");
        assertThat(coords.get(0).get(0).asLong()).isEqualTo(millis(LocalDate.of(2010, 1, 1)));
        assertThat(coords.get(1).get(0).asLong()).isEqualTo(millis(TODAY.plusDays(1)));
        assertThat(tooltip(option, 0, 0)).contains("Tajikistan: Member, 2001-06-15 – today");
    }

    @Test
    void dates_known_to_the_year_are_printed_as_years() {
        Span oic = new Span("TJ", "member", LocalDate.of(1992, 1, 1), Precision.YEAR, null, null, null);
        MembershipTimeline t = timeline(2000, 2020, List.of(row("OIC", false, oic, null)));
        String tooltip = tooltip(MembershipChartOption.build(t, Locale.ENGLISH, TODAY), 0, 0);
        assertThat(tooltip).contains("Member, 1992 – today").doesNotContain("1992-01-01");
    }

    @Test
    void status_names_follow_the_ui_language() {
        MembershipTimeline t = timeline(2000, 2020, List.of(row("SCO", false, member("TJ", "2001-06-15", null), null)));
        ObjectNode ru = MembershipChartOption.build(t, Locale.forLanguageTag("ru"), TODAY);
        assertThat(ru.get("series").get(0).get("name").asString()).isEqualTo("Таджикистан: Член");
        assertThat(texts(ru.get("yAxis").get("data")).getFirst()).isEqualTo("SCO · Таджикистан");
    }

    @Test
    void status_is_told_by_the_bar_style_and_listed_in_the_legend() {
        Span observer = new Span("KZ", "observer", LocalDate.of(2005, 7, 5), Precision.DAY, null, null, null);
        Span partner = new Span("KZ", "dialogue_partner", LocalDate.of(2009, 6, 16), Precision.DAY,
                LocalDate.of(2015, 7, 9), Precision.DAY, null);
        MembershipTimeline t = timeline(2000, 2020, List.of(row("SCO", false, List.of(), List.of(partner, observer))));
        ObjectNode option = MembershipChartOption.build(t, Locale.ENGLISH, TODAY);
        assertThat(texts(option.get("legend").get("data")))
                .containsExactly("Kazakhstan: Observer", "Kazakhstan: Dialogue partner");
        assertThat(option.get("series").get(1).get("lineStyle").get("type").asString()).isEqualTo("dotted");
        // the legend keeps clear of the toolbox's icons at the top right (it overlapped them)
        assertThat(option.get("legend").get("width").asString()).isEqualTo(Options.LEGEND_WIDTH);
        assertThat(option.get("legend").has("right")).as("ECharts would drop it in favour of left").isFalse();
    }

    @Test
    void an_empty_period_says_so_instead_of_drawing_nothing() {
        ObjectNode option = MembershipChartOption.build(timeline(1990, 1991, List.of()), Locale.ENGLISH, TODAY);
        assertThat(option.get("title").get("text").asString())
                .isEqualTo("No memberships of Tajikistan and Kazakhstan recorded for 1990–1991");
        assertThat(option.has("series")).isFalse();
    }

    @Test
    void tooltips_are_plain_text_lines_with_the_source_note() {
        Span span = new Span("TJ", "member", LocalDate.of(2001, 6, 15), Precision.DAY, null, null,
                "<b>founding</b> member");
        MembershipTimeline t = timeline(2000, 2020, List.of(row("SCO", false, span, null)));
        JsonNode item = MembershipChartOption.build(t, Locale.ENGLISH, TODAY).get("series").get(0).get("data").get(0);
        assertThat(texts(item.get("tooltipLines")))
                .containsExactly("SCO name (SCO)", "Tajikistan: Member, 2001-06-15 – today", "<b>founding</b> member");
        assertThat(item.get("name").asString()).isEqualTo("SCO · Tajikistan");
    }

    private static String tooltip(ObjectNode option, int series, int item) {
        return String.join("\n", texts(option.get("series").get(series).get("data").get(item).get("tooltipLines")));
    }

    private static MembershipTimeline timeline(int from, int to, List<OrganizationRow> rows) {
        return new MembershipTimeline(TJ, KZ, LocalDate.of(from, 1, 1), LocalDate.of(to, 12, 31), rows);
    }

    private static OrganizationRow row(String code, boolean shared, Span a, Span b) {
        return row(code, shared, a == null ? List.of() : List.of(a), b == null ? List.of() : List.of(b));
    }

    private static OrganizationRow row(String code, boolean shared, List<Span> a, List<Span> b) {
        return new OrganizationRow(code, new LocalizedName(code + " name", code + " ar", code + " ru"), a, b, shared);
    }

    private static Span member(String country, String from, String to) {
        return new Span(country, "member", LocalDate.parse(from), Precision.DAY,
                to == null ? null : LocalDate.parse(to), to == null ? null : Precision.DAY, null);
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asString()));
        return out;
    }

    private static long millis(LocalDate d) {
        return d.atStartOfDay(java.time.ZoneOffset.UTC).toInstant().toEpochMilli();
    }
}
