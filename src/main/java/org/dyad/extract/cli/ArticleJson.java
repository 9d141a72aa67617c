package org.dyad.extract.cli;

import java.math.BigDecimal;
import java.util.List;

import org.dyad.extract.MeetingFact;
import org.dyad.extract.Mention;
import org.dyad.extract.ParsedArticle;
import org.dyad.extract.Participant;
import org.dyad.extract.TradeFact;
import org.dyad.extract.text.Span;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The JSON of one parsed article, in the shape of the command-line contract (EXTRACTION.md). */
public final class ArticleJson {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private ArticleJson() {
    }

    public static ObjectNode of(String file, ParsedArticle a) {
        ObjectNode o = JSON.objectNode();
        o.put("file", file);
        o.put("lang", a.lang());
        o.put("published", a.published() == null ? null : a.published().toString());
        o.put("title", a.title());
        ArrayNode meetings = o.putArray("meetings");
        for (MeetingFact m : a.meetings()) {
            ObjectNode j = meetings.addObject();
            j.put("date", m.date() == null ? null : m.date().toString());
            j.put("relative", m.relative());
            j.put("date_estimate", m.dateEstimate() == null ? null : m.dateEstimate().toString());
            j.put("recalled", m.recalled());
            j.put("kind", m.kind());
            ArrayNode people = j.putArray("participants");
            for (Participant p : m.participants()) {
                ObjectNode person = people.addObject().put("name_en", p.nameEn()).put("role", p.role())
                        .put("country", p.country());
                if (p.slug() == null) {
                    person.put("name", p.nameAsWritten()).put("known", false);
                }
            }
            j.put("location_country", m.locationCountry());
            j.put("location_city", m.locationCity());
            j.put("host_country", m.hostCountry());
            j.put("guest_country", m.guestCountry());
            evidence(j, m.evidence());
        }
        ArrayNode trade = o.putArray("trade");
        for (TradeFact t : a.trade()) {
            ObjectNode j = trade.addObject();
            j.set("value", number(t.value()));
            j.put("currency", t.currency());
            j.set("value_usd", t.valueUsd() == null ? JSON.nullNode() : number(t.valueUsd()));
            if (t.year() == null) {
                j.putNull("year");
            } else {
                j.put("year", t.year());
            }
            j.put("relative_year", t.relativeYear());
            j.put("kind", t.kind());
            ArrayNode countries = j.putArray("countries");
            t.countries().forEach(countries::add);
            j.put("qualifier", t.qualifier());
            evidence(j, t.evidence());
        }
        mentions(o.putArray("sectors"), a.sectors());
        mentions(o.putArray("organizations"), a.organizations());
        ArrayNode pairs = o.putArray("country_pairs");
        for (List<String> pair : a.countryPairs()) {
            ArrayNode p = pairs.addArray();
            pair.forEach(p::add);
        }
        return o;
    }

    private static void mentions(ArrayNode array, List<Mention> mentions) {
        for (Mention m : mentions) {
            ObjectNode j = array.addObject();
            j.put("code", m.code());
            evidence(j, m.evidence());
        }
    }

    private static void evidence(ObjectNode j, List<Span> spans) {
        ArrayNode e = j.putArray("evidence");
        spans.forEach(s -> e.addObject().put("start", s.start()).put("end", s.end()));
    }

    /** Whole amounts as integers, others as plain decimals (never 1.15E+9). */
    static tools.jackson.databind.JsonNode number(BigDecimal v) {
        BigDecimal plain = v.stripTrailingZeros();
        if (plain.scale() <= 0) {
            return JSON.numberNode(plain.toBigIntegerExact());
        }
        return JSON.numberNode(new BigDecimal(plain.toPlainString()));
    }
}
