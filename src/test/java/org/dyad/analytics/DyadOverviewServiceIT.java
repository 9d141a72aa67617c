package org.dyad.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.dyad.IntegrationTest;
import org.dyad.article.ArticleIngestService;
import org.dyad.article.NewArticle;
import org.dyad.chart.MeetingsChartOption;
import org.dyad.chart.TradeChartOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

/**
 * The overview's figures on known data: articles about Kyrgyzstan and Turkmenistan stored through
 * the real parser, so what is counted is what an analyst would see.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DyadOverviewServiceIT {

    @Autowired
    ArticleIngestService ingest;
    @Autowired
    DyadOverviewService overview;

    private void store(String body, LocalDate published, String source) {
        ingest.ingest(new NewArticle(body, "en", null, published, source, null, false), "test");
    }

    @BeforeAll
    void knownData() {
        store("President Sadyr Japarov held talks with President Serdar Berdimuhamedow in Ashgabat today.",
                LocalDate.of(2023, 2, 10), "Agency A");
        store("President Sadyr Japarov received President Serdar Berdimuhamedow, who is on a state visit to Kyrgyzstan, today.",
                LocalDate.of(2023, 3, 20), "Agency A");
        store("President Sadyr Japarov spoke by telephone with President Serdar Berdimuhamedow today.",
                LocalDate.of(2023, 11, 5), "Agency B");
        // two sources disagree on the 2022 turnover
        store("Trade between Kyrgyzstan and Turkmenistan reached $120 million in 2022.", LocalDate.of(2023, 1, 15), "Agency A");
        store("Trade turnover between Kyrgyzstan and Turkmenistan amounted to $135 million in 2022, officials said.",
                LocalDate.of(2023, 4, 2), "Agency B");
    }

    @Test
    void meetings_are_counted_per_quarter_and_kind() {
        DyadFacts facts = overview.facts("KG", "TM", 2023, 2023);
        assertThat(facts.meetingCounts()).extracting(c -> c.quarter() + " " + c.kind() + " " + c.count())
                .containsExactlyInAnyOrder("1 talks 1", "1 state_visit 1", "4 phone_call 1");
        assertThat(facts.meetingCounts()).allSatisfy(m -> assertThat(m.level()).isEqualTo(DyadFacts.Level.HEAD_OF_STATE));
        assertThat(facts.meetingTotal()).isEqualTo(3);
        assertThat(facts.lastMeeting().date()).isEqualTo(LocalDate.of(2023, 11, 5));
        assertThat(facts.lastMeeting().kind()).isEqualTo("phone_call");
        JsonNode series = MeetingsChartOption.build(facts, "Kyrgyzstan", "Turkmenistan", Locale.ENGLISH).get("series");
        List<String> perQuarter = new ArrayList<>();
        series.forEach(s -> {
            if (s.get("type").asString().equals("bar")) {
                List<String> counts = new ArrayList<>();
                s.get("data").forEach(d -> counts.add(d.isNull() ? "-" : d.get("value").asString()));
                perQuarter.add(s.get("name").asString() + " " + counts);
            }
        });
        assertThat(perQuarter).containsExactly("State visit [1, -, -, -]", "Talks [1, -, -, -]", "Phone call [-, -, -, 1]");
    }

    @Test
    void a_bar_of_the_meetings_chart_resolves_to_its_meetings() {
        JsonNode bar = MeetingsChartOption.build(overview.facts("KG", "TM", 2023, 2023), "Kyrgyzstan", "Turkmenistan",
                Locale.ENGLISH).get("series").get(0).get("data").get(0);
        JsonNode ref = bar.get("ref");
        assertThat(ref.toString()).isEqualTo("{\"from\":\"2023-01-01\",\"to\":\"2023-03-31\",\"kind\":\"state_visit\"}");
        List<Long> ids = overview.meetingFactIds("TM", "KG", LocalDate.parse(ref.get("from").asString()),
                LocalDate.parse(ref.get("to").asString()), ref.get("kind").asString(), null);
        assertThat(ids).hasSize(1);
        assertThat(overview.evidence(ids)).singleElement()
                .satisfies(e -> assertThat(e.sentence()).contains("who is on a state visit to Kyrgyzstan"));
        assertThat(overview.meetingFactIds("KG", "TM", LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31), null,
                "head_of_state")).hasSize(3);
    }

    @Test
    void sectors_and_organizations_are_counted_per_pair_and_year_and_resolve_to_their_sentences() {
        DyadFacts facts = overview.facts("KZ", "TJ", 2020, 2025);
        assertThat(facts.sectors()).contains(new DyadFacts.SectorRow("energy", 2024, 1));
        assertThat(facts.organizations()).contains(new DyadFacts.OrganizationRow("SCO", 1));
        List<Long> energy = overview.mentionFactIds("TJ", "KZ", "sector", "energy", 2024, 2024);
        assertThat(overview.evidence(energy)).singleElement()
                .satisfies(e -> assertThat(e.sentence()).contains("الطاقة والزراعة والنقل"));
        List<Long> sco = overview.mentionFactIds("TJ", "KZ", "organization", "SCO", 2020, 2025);
        assertThat(overview.evidence(sco)).singleElement()
                .satisfies(e -> assertThat(e.sentence()).contains("منظمة شنغهاي للتعاون"));
        assertThat(overview.facts("KZ", "TJ", 2010, 2015).sectors()).isEmpty();
    }

    @Test
    void sources_that_disagree_are_all_shown_never_averaged() {
        DyadFacts facts = overview.facts("TM", "KG", 2020, 2023);
        assertThat(facts.trade()).extracting(t -> t.year() + " " + t.amountUsd().toBigInteger() + " " + t.source())
                .containsExactly("2022 120000000 Agency A", "2022 135000000 Agency B");
        JsonNode turnover = TradeChartOption.build(facts, "Turkmenistan", "Kyrgyzstan", Locale.ENGLISH).get("series").get(0);
        assertThat(turnover.get("data")).hasSize(2);
        assertThat(turnover.get("data").get(0).get("value").get(1).asDouble()).isEqualTo(0.12);
        assertThat(turnover.get("data").get(1).get("value").get(1).asDouble()).isEqualTo(0.135);
        assertThat(turnover.get("data").get(1).get("tooltipLines").toString()).contains("Agency B, 2023-04-02");
    }

    @Test
    void an_empty_period_is_empty_and_the_charts_say_so() {
        DyadFacts facts = overview.facts("KG", "TM", 2010, 2015);
        assertThat(facts.isEmpty()).isTrue();
        assertThat(facts.articles()).isZero();
        assertThat(MeetingsChartOption.build(facts, "Kyrgyzstan", "Turkmenistan", Locale.ENGLISH).get("title").get("text")
                .asString()).isEqualTo("No meetings of Kyrgyzstan and Turkmenistan found in 2010–2015");
        assertThat(TradeChartOption.build(facts, "Kyrgyzstan", "Turkmenistan", Locale.ENGLISH).get("title").get("text")
                .asString()).isEqualTo("No trade figures of Kyrgyzstan and Turkmenistan found in 2010–2015");
    }

    @Test
    void evidence_gives_the_sentence_and_its_article() {
        DyadFacts facts = overview.facts("KG", "TM", 2022, 2022);
        List<Evidence> evidence = overview.evidence(List.of(facts.trade().getFirst().factId()));
        assertThat(evidence).singleElement().satisfies(e -> {
            assertThat(e.sentence()).isEqualTo("Trade between Kyrgyzstan and Turkmenistan reached $120 million in 2022.");
            assertThat(e.source()).isEqualTo("Agency A");
            assertThat(e.lang()).isEqualTo("en");
            assertThat(e.synthetic()).isFalse();
        });
    }
}
