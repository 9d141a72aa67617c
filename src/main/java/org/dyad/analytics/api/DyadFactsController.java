package org.dyad.analytics.api;

import java.time.Clock;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.dyad.analytics.DyadOverviewService;
import org.dyad.analytics.Evidence;
import org.dyad.analytics.FactExport;
import org.dyad.reference.CountryService;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code GET /api/dyads/{A}/{B}/facts?from=YYYY&to=YYYY&format=csv|json}: the data behind the dyad
 * overview — every fact of the pair in the period, with the sentences that support it.
 */
@RestController
public class DyadFactsController {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final CsvMapper CSV = CsvMapper.builder().build();
    private static final List<String> COLUMNS = List.of("fact_id", "type", "date", "year", "kind", "detail", "amount",
            "currency", "amount_usd", "countries", "article_ids", "sources", "published", "languages", "synthetic",
            "evidence");

    private final DyadOverviewService overview;
    private final CountryService countries;
    private final Clock clock;

    public DyadFactsController(DyadOverviewService overview, CountryService countries, Clock clock) {
        this.overview = overview;
        this.countries = countries;
        this.clock = clock;
    }

    @GetMapping("/api/dyads/{a}/{b}/facts")
    public ResponseEntity<String> facts(@PathVariable String a, @PathVariable String b,
                                        @RequestParam(required = false) Integer from,
                                        @RequestParam(required = false) Integer to,
                                        @RequestParam(defaultValue = "json") String format) {
        String codeA = a.toUpperCase(Locale.ROOT);
        String codeB = b.toUpperCase(Locale.ROOT);
        if (!countries.isPair(codeA, codeB)) {
            return error(HttpStatus.NOT_FOUND, "unknown country pair " + a + "/" + b
                    + " (two different ISO 3166-1 alpha-2 codes, e.g. /api/dyads/TJ/KZ/facts)");
        }
        int thisYear = Year.now(clock).getValue();
        int fromYear = from == null ? 2000 : from;
        int toYear = to == null ? thisYear : to;
        if (fromYear > toYear || fromYear < 1900 || toYear > 2100) {
            return error(HttpStatus.BAD_REQUEST, "from and to must be years with from <= to");
        }
        List<FactExport> facts = overview.export(codeA, codeB, fromYear, toYear);
        String name = "dyad-" + codeA + "-" + codeB + "-" + fromYear + "-" + toYear;
        return switch (format) {
            case "json" -> ResponseEntity.ok()
                    .contentType(MediaType.APPLICATION_JSON)
                    .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + name + ".json\"")
                    .body(json(codeA, codeB, fromYear, toYear, facts));
            case "csv" -> ResponseEntity.ok()
                    .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + ".csv\"")
                    .body(csv(facts));
            default -> error(HttpStatus.BAD_REQUEST, "format must be csv or json");
        };
    }

    private static ResponseEntity<String> error(HttpStatus status, String message) {
        ObjectNode body = JSON.createObjectNode().put("error", message);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(JSON.writeValueAsString(body));
    }

    private static String json(String a, String b, int from, int to, List<FactExport> facts) {
        ObjectNode root = JSON.createObjectNode();
        root.putArray("pair").add(a).add(b);
        root.put("from", from).put("to", to).put("count", facts.size());
        ArrayNode list = root.putArray("facts");
        for (FactExport f : facts) {
            ObjectNode o = list.addObject();
            o.put("fact_id", f.factId()).put("type", f.type()).put("kind", f.kind());
            o.put("date", f.date() == null ? null : f.date().toString());
            if (f.year() == null) {
                o.putNull("year");
            } else {
                o.put("year", f.year());
            }
            o.put("detail", f.detail());
            if (f.amount() != null) {
                o.put("amount", f.amount()).put("currency", f.currency());
                o.put("amount_usd", f.amountUsd());
            }
            ArrayNode countries = o.putArray("countries");
            f.countries().forEach(countries::add);
            ArrayNode evidence = o.putArray("evidence");
            for (Evidence e : f.evidence()) {
                evidence.addObject().put("article_id", e.articleId()).put("start", e.start()).put("end", e.end())
                        .put("sentence", e.sentence()).put("source", e.source())
                        .put("published", e.published() == null ? null : e.published().toString())
                        .put("lang", e.lang()).put("synthetic", e.synthetic());
            }
        }
        return JSON.writeValueAsString(root);
    }

    private static String csv(List<FactExport> facts) {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        COLUMNS.forEach(schema::addColumn);
        List<Map<String, Object>> rows = new java.util.ArrayList<>();
        for (FactExport f : facts) {
            Map<String, Object> row = new java.util.LinkedHashMap<>();
            row.put("fact_id", f.factId());
            row.put("type", f.type());
            row.put("date", f.date() == null ? "" : f.date().toString());
            row.put("year", f.year() == null ? "" : f.year());
            row.put("kind", f.kind());
            row.put("detail", f.detail() == null ? "" : f.detail());
            row.put("amount", f.amount() == null ? "" : f.amount().toPlainString());
            row.put("currency", f.currency() == null ? "" : f.currency());
            row.put("amount_usd", f.amountUsd() == null ? "" : f.amountUsd().toPlainString());
            row.put("countries", String.join(" ", f.countries()));
            row.put("article_ids", join(f.evidence().stream().map(e -> Long.toString(e.articleId())).distinct().toList()));
            row.put("sources", join(f.evidence().stream().map(e -> e.source() == null ? "" : e.source()).distinct().toList()));
            row.put("published", join(f.evidence().stream()
                    .map(e -> e.published() == null ? "" : e.published().toString()).distinct().toList()));
            row.put("languages", join(f.evidence().stream().map(Evidence::lang).distinct().toList()));
            row.put("synthetic", f.evidence().stream().anyMatch(Evidence::synthetic));
            row.put("evidence", join(f.evidence().stream().map(Evidence::sentence).toList()));
            rows.add(row);
        }
        // a BOM so that spreadsheet programs read the UTF-8 (Arabic, Russian) correctly
        return "\uFEFF" + CSV.writer(schema.build()).writeValueAsString(rows);
    }

    private static String join(List<String> values) {
        return String.join(" | ", values);
    }
}
