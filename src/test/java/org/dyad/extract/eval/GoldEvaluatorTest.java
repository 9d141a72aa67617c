package org.dyad.extract.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dyad.extract.ArticleParser;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class GoldEvaluatorTest {

    private static final GoldEvaluator EVALUATOR = new GoldEvaluator(ArticleParser.fromReferenceFiles());

    @Test
    void an_expected_meeting_is_matched_once_and_an_estimated_day_yields_to_an_unknown_one() throws Exception {
        // the presidents' talks are dated by the text; the ministers' meeting is estimated at that day by the parser,
        // and the gold leaves its day unknown: each found meeting matches its own expected one
        String text = "Uzbek President Shavkat Mirziyoyev held talks with Kazakh President Kassym-Jomart Tokayev in Astana today.\n"
                + "The leaders discussed transport.\n"
                + "Kazakh Foreign Minister Murat Nurtleu also met Uzbek Foreign Minister Bakhtiyor Saidov.";
        String expected = """
                {"lang": "en", "published": "2024-05-02", "meetings": [
                  {"date": "2024-05-02", "kind": "talks", "participants": [
                    {"name_en": "Shavkat Mirziyoyev", "role": "president", "country": "UZ"},
                    {"name_en": "Kassym-Jomart Tokayev", "role": "president", "country": "KZ"}]},
                  {"date": null, "kind": "talks", "participants": [
                    {"name_en": "Murat Nurtleu", "role": "foreign_minister", "country": "KZ"},
                    {"name_en": "Bakhtiyor Saidov", "role": "foreign_minister", "country": "UZ"}]}],
                 "trade": [], "sectors": ["transport"], "organizations": [], "country_pairs": [["KZ", "UZ"]]}
                """;
        GoldEvaluator.Report r = EVALUATOR.evaluate(List.of(
                new GoldEvaluator.Item("one", null, text, JsonMapper.builder().build().readTree(expected))));
        assertThat(r.score("all", "meetings")).isEqualTo(new Score(2, 2, 2));
        assertThat(r.misses()).noneMatch(m -> m.contains("meeting"));
    }
}
