package org.dyad.extract.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

import org.dyad.extract.ArticleParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The parser meets the quality bar of EXTRACTION.md on the gold set, in every language. */
class GoldSetTest {

    private static GoldEvaluator.Report report;

    @BeforeAll
    static void evaluate() throws URISyntaxException {
        Path gold = Path.of(GoldSetTest.class.getClassLoader().getResource("gold").toURI());
        report = new GoldEvaluator(ArticleParser.fromReferenceFiles()).evaluate(gold);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ar", "ru", "en"})
    void every_language_has_at_least_fifteen_articles(String lang) {
        assertThat(report.articles().get(lang)).isGreaterThanOrEqualTo(15);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ar", "ru", "en"})
    void meets_the_quality_bar(String lang) {
        assertThat(report.score(lang, "trade").f1()).as("trade values and kinds F1, " + lang).isGreaterThanOrEqualTo(0.95);
        assertThat(report.score(lang, "participants").f1()).as("participants F1, " + lang).isGreaterThanOrEqualTo(0.90);
        assertThat(report.score(lang, "meetings").f1()).as("meetings F1, " + lang).isGreaterThanOrEqualTo(0.90);
        assertThat(report.kindAccuracy().get(lang).precision()).as("meeting kind accuracy, " + lang).isGreaterThanOrEqualTo(0.85);
        assertThat(report.score(lang, "sectors").f1()).as("sectors F1, " + lang).isGreaterThanOrEqualTo(0.85);
        assertThat(report.score(lang, "organizations").f1()).as("organizations F1, " + lang).isGreaterThanOrEqualTo(0.95);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ar", "ru", "en"})
    void invents_no_meeting_or_figure(String lang) {
        assertThat(report.inventedMeetings().get(lang)).isZero();
        assertThat(report.inventedTrade().get(lang)).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ar", "ru", "en"})
    void the_set_has_the_hard_cases(String lang) {
        // negatives (no meeting and no figure) and articles with several meetings are present
        assertThat(report.score(lang, "meetings").expected()).isGreaterThan(report.articles().get(lang) / 2);
        List<String> fields = GoldEvaluator.FIELDS;
        assertThat(fields).contains("meetings", "trade", "sectors", "organizations");
    }
}
