package org.dyad.extract.eval;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.dyad.extract.MeetingFact;
import org.dyad.extract.Mention;
import org.dyad.extract.ParsedArticle;
import org.dyad.extract.Participant;
import org.dyad.extract.TradeFact;

import tools.jackson.databind.JsonNode;

/**
 * A second, independent annotation of real-corpus items, in the gold file's format, read as if it
 * were the parser's output so that {@link GoldEvaluator} scores it against the gold by the same
 * keys: how far two annotators following the same conventions agree is the ceiling a parser can be
 * expected to reach on that gold.
 */
public final class SecondAnnotation {

    private SecondAnnotation() {
    }

    /** Each line's reading by id; a line without an id, or an id given twice, is an error. */
    public static Map<String, ParsedArticle> read(Path file) {
        Map<String, ParsedArticle> out = new LinkedHashMap<>();
        int n = 0;
        for (JsonNode line : RealCorpus.read(file)) {
            n++;
            JsonNode id = line.get("id");
            if (id == null || id.isNull()) {
                throw new IllegalArgumentException(file + ": item " + n + " has no id");
            }
            ParsedArticle reading;
            try {
                reading = asParsed(line);
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(file + ": " + id.asString() + ": " + e.getMessage(), e);
            }
            if (out.put(id.asString(), reading) != null) {
                throw new IllegalArgumentException(file + ": " + id.asString() + " is annotated twice");
            }
        }
        return out;
    }

    /** An annotated line as the facts a parser would have returned (no evidence spans: none are annotated). */
    static ParsedArticle asParsed(JsonNode line) {
        List<MeetingFact> meetings = new ArrayList<>();
        for (JsonNode m : array(line, "meetings")) {
            List<Participant> people = new ArrayList<>();
            for (JsonNode p : m.get("participants")) {
                people.add(new Participant(null, text(p, "name_en"), text(p, "role"), text(p, "country"),
                        text(p, "as_written")));
            }
            String date = text(m, "date");
            meetings.add(new MeetingFact(date == null ? null : LocalDate.parse(date), text(m, "relative"), text(m, "kind"),
                    people, text(m, "location_country"), text(m, "location_city"), null, null, List.of(), null,
                    m.path("recalled").asBoolean(false)));
        }
        List<TradeFact> trade = new ArrayList<>();
        for (JsonNode t : array(line, "trade")) {
            List<String> countries = new ArrayList<>();
            t.path("countries").forEach(c -> countries.add(c.asString()));
            JsonNode year = t.get("year");
            trade.add(new TradeFact(new BigDecimal(t.get("value").asString()), text(t, "currency"), null,
                    year == null || year.isNull() ? null : year.asInt(), null, text(t, "kind"), countries, null, List.of()));
        }
        List<List<String>> pairs = new ArrayList<>();
        for (JsonNode p : array(line, "country_pairs")) {
            pairs.add(List.of(p.get(0).asString(), p.get(1).asString()));
        }
        String published = text(line, "published");
        return new ParsedArticle(text(line, "lang"), published == null ? null : LocalDate.parse(published), null,
                meetings, trade, mentions(array(line, "sectors")), mentions(array(line, "organizations")), pairs);
    }

    private static List<Mention> mentions(JsonNode codes) {
        List<Mention> out = new ArrayList<>();
        codes.forEach(c -> out.add(new Mention(c.asString(), List.of())));
        return out;
    }

    private static JsonNode array(JsonNode line, String field) {
        JsonNode a = line.get(field);
        if (a == null || !a.isArray()) {
            throw new IllegalArgumentException("no " + field + " list");
        }
        return a;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asString();
    }
}
