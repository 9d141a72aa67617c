package org.dyad.extract.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.dyad.extract.ArticleParser;
import org.dyad.reference.files.ReferenceData;
import org.dyad.reference.files.ReferenceFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import tools.jackson.databind.JsonNode;

/**
 * The real-article corpus's gold files are what the issue asks of them (size, languages, regions,
 * negatives, a test third), use only the vocabulary, keep no text of the articles, and are scored
 * by {@link RealCorpus} from a folder of retrieved texts.
 */
class RealCorpusTest {

    private static List<JsonNode> dev;
    private static List<JsonNode> test;

    private static final Set<String> KINDS = Set.of("state_visit", "official_visit", "working_visit", "talks", "phone_call",
            "video_call", "summit", "sidelines_meeting", "reception", "other");
    private static final Set<String> ROLES = Set.of("president", "monarch", "crown_prince", "vice_president",
            "prime_minister", "deputy_prime_minister", "foreign_minister", "minister", "speaker", "ambassador", "other");
    private static final Set<String> TRADE_KINDS = Set.of("turnover", "export", "import", "target", "investment", "contracts");

    @BeforeAll
    static void read() throws URISyntaxException {
        Path folder = Path.of(RealCorpusTest.class.getClassLoader().getResource("real").toURI());
        dev = RealCorpus.read(folder.resolve("dev.jsonl"));
        test = RealCorpus.read(folder.resolve("test.jsonl"));
    }

    private static List<JsonNode> all() {
        List<JsonNode> all = new ArrayList<>(dev);
        all.addAll(test);
        return all;
    }

    @Test
    void has_at_least_150_items_a_third_of_them_in_the_test_part() {
        assertThat(all()).hasSizeGreaterThanOrEqualTo(150);
        assertThat(test.size() * 3).isGreaterThanOrEqualTo(all().size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ar", "ru", "en"})
    void every_language_has_at_least_45_items(String lang) {
        assertThat(all().stream().filter(o -> o.get("lang").asString().equals(lang))).hasSizeGreaterThanOrEqualTo(45);
    }

    @Test
    void most_items_are_about_pairs_outside_central_asia_and_there_are_negatives() {
        long outside = all().stream().filter(o -> !o.get("central_asia").asBoolean()).count();
        assertThat(outside * 10).isGreaterThanOrEqualTo(all().size() * 6L);
        List<JsonNode> negatives = all().stream().filter(o -> o.get("genre").asString().equals("negative")).toList();
        assertThat(negatives).hasSizeGreaterThanOrEqualTo(15)
                .allSatisfy(o -> {
                    assertThat(o.get("meetings").isEmpty()).as(o.get("id").asString()).isTrue();
                    assertThat(o.get("trade").isEmpty()).as(o.get("id").asString()).isTrue();
                });
        Set<String> regions = new HashSet<>();
        all().forEach(o -> regions.add(o.get("region").asString()));
        assertThat(regions).contains("central_asia", "gulf", "mena", "africa", "caucasus", "south_asia", "east_asia",
                "southeast_asia", "europe", "americas");
    }

    @Test
    void the_split_is_the_documented_one_and_ids_are_unique() {
        Set<String> ids = new HashSet<>();
        for (JsonNode o : all()) {
            assertThat(ids.add(o.get("id").asString())).as("duplicate id " + o.get("id")).isTrue();
        }
        dev.forEach(o -> assertThat(inTestPart(o.get("id").asString())).as(o.get("id").asString()).isFalse());
        test.forEach(o -> assertThat(inTestPart(o.get("id").asString())).as(o.get("id").asString()).isTrue());
    }

    /**
     * Items moved to the test part to keep it at a third. Third round (the rule put 28 of 90 there): the two
     * of its Arabic and English development items with the smallest hash, before any of their misses was
     * read. Fourth round (21 of 72): of each language, the development item with the smallest hash among
     * those whose misses had not been read.
     */
    private static final Set<String> MOVED_TO_TEST = Set.of("ar-j-my-qa-visit-15", "ar-j-qa-rw-visit-28",
            "ar-m-ae-fj-fm-24", "en-n-neg-olympics-medals-21", "ru-o-neg-jp-nikkei-12");

    private static boolean inTestPart(String id) {
        if (MOVED_TO_TEST.contains(id)) {
            return true;
        }
        String hex = RealCorpus.sha256Hex(id.getBytes(StandardCharsets.UTF_8)).substring(0, 8);
        return Long.parseLong(hex, 16) % 3 == 0;
    }

    @Test
    void the_second_annotation_is_of_development_items_as_annotated_and_quotes_no_text() throws URISyntaxException {
        Path folder = Path.of(RealCorpusTest.class.getClassLoader().getResource("real").toURI());
        List<JsonNode> second = RealCorpus.read(folder.resolve("second-annotation.jsonl"));
        assertThat(second).hasSizeGreaterThanOrEqualTo(60);
        java.util.Map<String, JsonNode> byId = new java.util.HashMap<>();
        dev.forEach(o -> byId.put(o.get("id").asString(), o));
        for (String lang : List.of("ar", "en", "ru")) {
            assertThat(second).as(lang).filteredOn(o -> o.get("lang").asString().equals(lang)).hasSizeGreaterThanOrEqualTo(20);
        }
        for (JsonNode o : second) {
            String id = o.get("id").asString();
            JsonNode gold = byId.get(id);
            assertThat(gold).as(id + " is a development item").isNotNull();
            assertThat(o.get("sha256").asString()).as(id).isEqualTo(gold.get("sha256").asString());
            assertThat(o.get("url").asString()).as(id).isEqualTo(gold.get("url").asString());
            assertThat(o.has("text")).as(id).isFalse();
            o.get("meetings").forEach(m -> assertThat(m.has("evidence")).as(id + ": a quoted sentence").isFalse());
        }
        assertThat(second.stream().map(o -> o.get("id").asString()).distinct()).hasSize(second.size());
    }

    @Test
    void every_item_says_how_to_retrieve_its_text_and_keeps_none_of_it() {
        for (JsonNode o : all()) {
            String id = o.get("id").asString();
            assertThat(o.get("query").asString()).as(id).isNotBlank();
            assertThat(o.get("url").asString()).as(id).startsWith("http");
            assertThat(o.get("sha256").asString()).as(id).matches("[0-9a-f]{64}");
            assertThat(o.get("chars").asInt()).as(id).isPositive();
            o.get("meetings").forEach(m -> assertThat(m.has("evidence")).as(id + ": a quoted sentence").isFalse());
            o.get("trade").forEach(t -> assertThat(t.has("evidence")).as(id + ": a quoted sentence").isFalse());
            assertThat(o.has("text")).as(id).isFalse();
        }
    }

    @Test
    void facts_use_the_vocabulary_and_known_codes() {
        ReferenceData data = ReferenceFiles.load();
        Set<String> countries = new HashSet<>();
        data.countries().forEach(c -> countries.add(c.code()));
        Set<String> orgs = new HashSet<>();
        data.organizations().forEach(org -> orgs.add(org.code()));
        Set<String> sectors = new HashSet<>();
        data.sectors().forEach(s -> sectors.add(s.code()));
        for (JsonNode o : all()) {
            String id = o.get("id").asString();
            for (JsonNode m : o.get("meetings")) {
                assertThat(KINDS).as(id).contains(m.get("kind").asString());
                Set<String> sides = new HashSet<>();
                for (JsonNode p : m.get("participants")) {
                    assertThat(ROLES).as(id).contains(p.get("role").asString());
                    assertThat(countries).as(id).contains(p.get("country").asString());
                    sides.add(p.get("country").asString());
                }
                assertThat(sides).as(id + ": a meeting has two countries or more").hasSizeGreaterThanOrEqualTo(2);
            }
            for (JsonNode t : o.get("trade")) {
                assertThat(TRADE_KINDS).as(id).contains(t.get("kind").asString());
                assertThat(t.get("value").asDouble()).as(id).isPositive();
            }
            o.get("sectors").forEach(s -> assertThat(sectors).as(id).contains(s.asString()));
            o.get("organizations").forEach(s -> assertThat(orgs).as(id).contains(s.asString()));
            for (JsonNode pair : o.get("country_pairs")) {
                assertThat(countries).as(id).contains(pair.get(0).asString(), pair.get(1).asString());
                assertThat(pair.get(0).asString()).as(id + ": a pair is sorted").isLessThan(pair.get(1).asString());
            }
        }
    }

    @Test
    void scores_the_items_whose_text_is_there_and_reports_the_rest(@TempDir Path texts) throws IOException {
        // texts written for this test, not third-party ones
        String call = "Egyptian President Karim Nadir held a phone call with Indian Prime Minister Narendra Modi on Monday.";
        String other = "A text that is not the annotated one.";
        Files.writeString(texts.resolve("t-1.txt"), call);
        Files.writeString(texts.resolve("t-2.txt"), other);
        String gold = line("t-1", RealCorpus.sha256Hex(call.getBytes(StandardCharsets.UTF_8)),
                "[{\"date\":\"2025-03-03\",\"kind\":\"phone_call\",\"participants\":["
                        + "{\"name_en\":\"Karim Nadir\",\"role\":\"president\",\"country\":\"EG\"},"
                        + "{\"name_en\":\"Narendra Modi\",\"role\":\"prime_minister\",\"country\":\"IN\"}]}]",
                "[[\"EG\",\"IN\"]]")
                + "\n" + line("t-2", "0".repeat(64), "[]", "[]")
                + "\n" + line("t-3", "0".repeat(64), "[]", "[]") + "\n";
        Path file = texts.resolve("gold.jsonl");
        Files.writeString(file, gold);

        RealCorpus.Loaded loaded = RealCorpus.load(file, texts);
        assertThat(loaded.missing()).containsExactly("t-3");
        assertThat(loaded.changed()).containsExactly("t-2");
        GoldEvaluator.Report report = new GoldEvaluator(ArticleParser.fromReferenceFiles()).evaluate(loaded.items());
        assertThat(report.score("en", "meetings").truePositives()).isEqualTo(1);
        assertThat(report.score("en", "participants").truePositives()).isEqualTo(2);
        assertThat(report.score("elsewhere", "country_pairs").f1()).isEqualTo(1.0);
        assertThat(report.articles().get("all")).isEqualTo(2);
    }

    private static String line(String id, String sha, String meetings, String pairs) {
        return "{\"id\":\"" + id + "\",\"lang\":\"en\",\"query\":\"q\",\"url\":\"https://example.org/" + id
                + "\",\"chars\":1,\"sha256\":\"" + sha + "\",\"published\":\"2025-03-05\",\"genre\":\"agency\","
                + "\"region\":\"south_asia\",\"central_asia\":false,\"meetings\":" + meetings
                + ",\"trade\":[],\"sectors\":[],\"organizations\":[],\"country_pairs\":" + pairs + "}";
    }
}
