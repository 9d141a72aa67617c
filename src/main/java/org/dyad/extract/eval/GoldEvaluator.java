package org.dyad.extract.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.dyad.extract.ArticleParser;
import org.dyad.extract.MeetingFact;
import org.dyad.extract.Mention;
import org.dyad.extract.ParsedArticle;
import org.dyad.extract.Participant;
import org.dyad.extract.TradeFact;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Measures the parser against a gold set: every {@code NAME.txt} under a folder with its expected
 * facts in {@code NAME.expected.json}. Reports precision, recall and F1 per field and language:
 * meetings (date and participants), meeting kind (accuracy over matched meetings), participants
 * (name, role, country), trade figures (value, currency, kind; year and countries as accuracies over
 * matched ones), sectors, organizations and country pairs; and counts articles where a meeting or a
 * trade figure was invented from an article that has none.
 */
public final class GoldEvaluator {

    public static final List<String> FIELDS = List.of("meetings", "participants", "trade", "sectors",
            "organizations", "country_pairs");

    /** Scores by language ("all" for the whole set) and field, plus accuracies and invention counts. */
    public record Report(Map<String, Map<String, Score>> scores, Map<String, Score> kindAccuracy,
                         Map<String, Score> tradeYearAccuracy, Map<String, Integer> articles,
                         Map<String, Integer> inventedMeetings, Map<String, Integer> inventedTrade,
                         List<String> misses) {

        public Score score(String lang, String field) {
            return scores.getOrDefault(lang, Map.of()).getOrDefault(field, Score.ZERO);
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Function<Item, ParsedArticle> reader;

    /** Scores the parser's reading of each item's text. */
    public GoldEvaluator(ArticleParser parser) {
        this(item -> {
            JsonNode pub = item.expected().get("published");
            return parser.parse(item.text(), item.expected().get("lang").asString(),
                    pub == null || pub.isNull() ? null : LocalDate.parse(pub.asString()));
        });
    }

    /**
     * Scores any reading of the items against their gold facts: the parser's, or a second annotator's
     * ({@link SecondAnnotation}), which measures how far two people following the same conventions agree.
     */
    public GoldEvaluator(Function<Item, ParsedArticle> reader) {
        this.reader = reader;
    }

    /** One article to score: a name for the misses, its text, and its expected facts (lang, published, …). */
    public record Item(String name, String group, String text, JsonNode expected) {}

    /** Every {@code NAME.txt} with a {@code NAME.expected.json} beside it under {@code folder}. */
    public Report evaluate(Path folder) {
        List<Path> texts;
        try (Stream<Path> files = Files.walk(folder)) {
            texts = files.filter(p -> p.toString().endsWith(".txt"))
                    .filter(p -> Files.exists(expectedOf(p))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
        List<Item> items = new ArrayList<>();
        for (Path text : texts) {
            try {
                items.add(new Item(folder.relativize(text).toString(), null, Files.readString(text, StandardCharsets.UTF_8),
                        JSON.readTree(Files.readString(expectedOf(text), StandardCharsets.UTF_8))));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + text, e);
            }
        }
        return evaluate(items);
    }

    /**
     * Scores the parser on the items, per language and, where an item has a group (e.g. "central_asia"
     * or "elsewhere"), per group too.
     */
    public Report evaluate(List<Item> items) {
        Map<String, Map<String, Score>> scores = new TreeMap<>();
        Map<String, Score> kinds = new TreeMap<>();
        Map<String, Score> years = new TreeMap<>();
        Map<String, Integer> articles = new TreeMap<>();
        Map<String, Integer> inventedMeetings = new TreeMap<>();
        Map<String, Integer> inventedTrade = new TreeMap<>();
        List<String> misses = new ArrayList<>();
        for (Item item : items) {
            JsonNode expected = item.expected();
            String lang = expected.get("lang").asString();
            ParsedArticle got = reader.apply(item);
            String name = item.name();

            Map<String, Score> article = new LinkedHashMap<>();
            article.put("meetings", compare(name, "meeting", meetingKeys(expected), meetingKeys(expected, got), misses));
            article.put("participants", Participants.compare(name, expected, got, misses));
            article.put("trade", compare(name, "trade", tradeKeys(expected), tradeKeys(got), misses));
            article.put("sectors", compare(name, "sector", codes(expected.get("sectors")), mentionCodes(got.sectors()), misses));
            article.put("organizations", compare(name, "organization", codes(expected.get("organizations")),
                    mentionCodes(got.organizations()), misses));
            article.put("country_pairs", compare(name, "pair", pairKeys(expected), got.countryPairs().stream()
                    .map(p -> String.join("-", new TreeSet<>(p))).toList(), misses));
            Score kind = kindAccuracy(name, expected, got, misses);
            Score year = yearAccuracy(name, expected, got, misses);
            boolean invented = expected.get("meetings").isEmpty() && !got.meetings().isEmpty();
            boolean inventedT = expected.get("trade").isEmpty() && !got.trade().isEmpty();
            List<String> groups = item.group() == null ? List.of(lang, "all") : List.of(lang, item.group(), "all");
            for (String l : groups) {
                Map<String, Score> byField = scores.computeIfAbsent(l, k -> new LinkedHashMap<>());
                article.forEach((f, s) -> byField.merge(f, s, Score::plus));
                kinds.merge(l, kind, Score::plus);
                years.merge(l, year, Score::plus);
                articles.merge(l, 1, Integer::sum);
                inventedMeetings.merge(l, invented ? 1 : 0, Integer::sum);
                inventedTrade.merge(l, inventedT ? 1 : 0, Integer::sum);
            }
        }
        return new Report(scores, kinds, years, articles, inventedMeetings, inventedTrade, misses);
    }

    private static Path expectedOf(Path text) {
        String name = text.getFileName().toString();
        return text.resolveSibling(name.substring(0, name.length() - 4) + ".expected.json");
    }

    /** Multiset comparison; what was missed or extra is noted for the report. */
    private static Score compare(String article, String what, List<String> expected, List<String> got, List<String> misses) {
        Map<String, Integer> left = new HashMap<>();
        expected.forEach(e -> left.merge(e, 1, Integer::sum));
        int tp = 0;
        for (String g : got) {
            Integer n = left.get(g);
            if (n != null && n > 0) {
                left.put(g, n - 1);
                tp++;
            } else {
                misses.add(article + ": extra " + what + " " + g);
            }
        }
        left.forEach((e, n) -> {
            for (int i = 0; i < n; i++) {
                misses.add(article + ": missed " + what + " " + e);
            }
        });
        return new Score(tp, got.size(), expected.size());
    }

    /**
     * A meeting is identified by its date and the countries taking part: the people themselves are
     * scored as participants, where a name the reference data does not know may be spelt otherwise.
     */
    private static String meetingKey(String date, Set<String> countries) {
        return (date == null ? "?" : date) + " " + new TreeSet<>(countries);
    }

    private static List<String> meetingKeys(JsonNode expected) {
        List<String> keys = new ArrayList<>();
        for (JsonNode m : expected.get("meetings")) {
            keys.add(meetingKey(text(m.get("date")), expectedCountries(m)));
        }
        return keys;
    }

    private static Set<String> expectedCountries(JsonNode meeting) {
        Set<String> countries = new TreeSet<>();
        meeting.get("participants").forEach(p -> {
            String c = text(p.get("country"));
            if (c != null) {
                countries.add(c);
            }
        });
        return countries;
    }

    private static Set<String> countries(MeetingFact m) {
        return m.participants().stream().map(Participant::country).filter(java.util.Objects::nonNull)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * The keys of the meetings found. A meeting whose day the text does not state but which the parser
     * dates by the publication (a news item's lead) takes that day where the gold has it, and "?"
     * otherwise: the gold records the publication day only where the text makes it the meeting's day.
     * Each expected meeting is taken once: meetings with a stated day (or none estimated) first, then the
     * estimated ones, each the unknown day where the gold still has one for its countries, else the estimate
     * where the gold still has that day.
     */
    private static List<String> meetingKeys(JsonNode expected, ParsedArticle got) {
        Map<String, Integer> left = new HashMap<>();
        meetingKeys(expected).forEach(k -> left.merge(k, 1, Integer::sum));
        List<MeetingFact> found = got.meetings();
        String[] keys = new String[found.size()];
        for (int i = 0; i < keys.length; i++) {
            MeetingFact m = found.get(i);
            if (m.date() != null || m.dateEstimate() == null) {
                keys[i] = meetingKey(m.date() == null ? null : m.date().toString(), countries(m));
                left.merge(keys[i], -1, Integer::sum);
            }
        }
        for (int i = 0; i < keys.length; i++) {
            MeetingFact m = found.get(i);
            if (keys[i] == null) {
                String unknown = meetingKey(null, countries(m));
                String estimated = meetingKey(m.dateEstimate().toString(), countries(m));
                keys[i] = left.getOrDefault(unknown, 0) <= 0 && left.getOrDefault(estimated, 0) > 0 ? estimated : unknown;
                left.merge(keys[i], -1, Integer::sum);
            }
        }
        return List.of(keys);
    }

    private static String meetingKey(JsonNode expected, Set<String> wanted, MeetingFact m) {
        String key = meetingKey(m.date() == null ? null : m.date().toString(), countries(m));
        if (m.date() == null && m.dateEstimate() != null) {
            String estimated = meetingKey(m.dateEstimate().toString(), countries(m));
            if (wanted.contains(estimated)) {
                return estimated;
            }
        }
        return key;
    }

    private static String tradeKey(BigDecimal value, String currency, String kind) {
        return value.stripTrailingZeros().toPlainString() + " " + currency + " " + kind;
    }

    private static List<String> tradeKeys(JsonNode expected) {
        List<String> keys = new ArrayList<>();
        for (JsonNode t : expected.get("trade")) {
            keys.add(tradeKey(new BigDecimal(t.get("value").asString()), t.get("currency").asString(), t.get("kind").asString()));
        }
        return keys;
    }

    private static List<String> tradeKeys(ParsedArticle got) {
        return got.trade().stream().map(t -> tradeKey(t.value(), t.currency(), t.kind())).toList();
    }

    private static List<String> codes(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asString()));
        return out;
    }

    private static List<String> mentionCodes(List<Mention> mentions) {
        return mentions.stream().map(Mention::code).toList();
    }

    private static List<String> pairKeys(JsonNode expected) {
        List<String> out = new ArrayList<>();
        expected.get("country_pairs").forEach(p -> out.add(p.get(0).asString() + "-" + p.get(1).asString()));
        return out.stream().map(s -> String.join("-", new TreeSet<>(List.of(s.split("-"))))).toList();
    }

    /** Of the meetings found (same date and participants), how many have the right kind. */
    private static Score kindAccuracy(String article, JsonNode expected, ParsedArticle got, List<String> misses) {
        Map<String, String> expectedKinds = new HashMap<>();
        for (JsonNode m : expected.get("meetings")) {
            expectedKinds.put(meetingKey(text(m.get("date")), expectedCountries(m)), m.get("kind").asString());
        }
        int matched = 0;
        int right = 0;
        for (MeetingFact m : got.meetings()) {
            String key = meetingKey(expected, expectedKinds.keySet(), m);
            String kind = expectedKinds.get(key);
            if (kind != null) {
                matched++;
                if (kind.equals(m.kind())) {
                    right++;
                } else {
                    misses.add(article + ": meeting " + key + " is " + kind + ", found " + m.kind());
                }
            }
        }
        return new Score(right, matched, matched);
    }

    /** Of the trade figures found, how many have the right year. */
    private static Score yearAccuracy(String article, JsonNode expected, ParsedArticle got, List<String> misses) {
        Map<String, String> expectedYears = new HashMap<>();
        for (JsonNode t : expected.get("trade")) {
            expectedYears.put(tradeKey(new BigDecimal(t.get("value").asString()), t.get("currency").asString(),
                    t.get("kind").asString()), text(t.get("year")));
        }
        int matched = 0;
        int right = 0;
        for (TradeFact t : got.trade()) {
            String key = tradeKey(t.value(), t.currency(), t.kind());
            if (expectedYears.containsKey(key)) {
                matched++;
                String year = t.year() == null ? null : t.year().toString();
                if (java.util.Objects.equals(expectedYears.get(key), year)) {
                    right++;
                } else {
                    misses.add(article + ": trade " + key + " year " + expectedYears.get(key) + ", found " + year);
                }
            }
        }
        return new Score(right, matched, matched);
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? null : n.asString();
    }

    /** The report as a table. */
    public static void print(Report r, PrintStream out) {
        out.printf("%-15s %-4s %6s %6s %6s   %s%n", "field", "lang", "P", "R", "F1", "(correct/found/expected)");
        for (String field : FIELDS) {
            for (String lang : r.scores().keySet()) {
                Score s = r.score(lang, field);
                out.printf("%-15s %-4s %6.3f %6.3f %6.3f   (%d/%d/%d)%n", field, lang, s.precision(), s.recall(), s.f1(),
                        s.truePositives(), s.predicted(), s.expected());
            }
        }
        for (String lang : r.scores().keySet()) {
            Score k = r.kindAccuracy().get(lang);
            Score y = r.tradeYearAccuracy().get(lang);
            out.printf("%-15s %-4s %6.3f   (%d of %d matched meetings)%n", "meeting_kind", lang, k.precision(),
                    k.truePositives(), k.predicted());
            out.printf("%-15s %-4s %6.3f   (%d of %d matched figures)%n", "trade_year", lang, y.precision(),
                    y.truePositives(), y.predicted());
        }
        for (String lang : r.articles().keySet()) {
            out.printf("%-15s %-4s %d articles; invented meetings in %d, invented trade figures in %d%n", "articles", lang,
                    r.articles().get(lang), r.inventedMeetings().get(lang), r.inventedTrade().get(lang));
        }
    }
}
