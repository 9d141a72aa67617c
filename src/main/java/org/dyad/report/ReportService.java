package org.dyad.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.dyad.analytics.DyadFacts;
import org.dyad.analytics.DyadOverviewService;
import org.dyad.analytics.Evidence;
import org.dyad.analytics.FactExport;
import org.dyad.base.format.Amounts;
import org.dyad.base.i18n.Messages;
import org.dyad.chart.MeetingsChartOption;
import org.dyad.chart.MembershipChartOption;
import org.dyad.chart.SectorsChartOption;
import org.dyad.chart.TradeChartOption;
import org.dyad.chart.svg.PrintOption;
import org.dyad.chart.svg.SvgChartRenderer;
import org.dyad.chart.svg.TextMeasure;
import org.dyad.extract.ArticleParser;
import org.dyad.reference.CountryName;
import org.dyad.reference.CountryService;
import org.dyad.reference.MembershipService;
import org.dyad.reference.MembershipTimeline;
import org.dyad.reference.SectorService;
import org.dyad.report.DyadReport.Section;
import org.springframework.stereotype.Service;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;

import tools.jackson.databind.node.ObjectNode;

/**
 * A dossier on a country pair as PDF: a cover with the pair, period, sections, language, date of
 * generation and data version; key figures; tables of meetings, trade figures, sectors and
 * memberships whose every fact is footnoted; an appendix quoting each footnote's sentence in its
 * original language (Arabic shaped and right to left). Fonts come from the classpath (DejaVu Sans),
 * never from the system. The dashboard's charts are drawn from the options the dashboard uses, by
 * ECharts itself on the server ({@link SvgChartRenderer}), and embedded as vector graphics.
 */
@Service
public class ReportService {

    private static final String FONT = TextMeasure.FAMILY;
    /** The scheme under which the SVG charts' fonts are read from the classpath. */
    private static final String FONT_SCHEME = "dyad-font";
    /** Chart width in CSS pixels: the A4 page between its margins. */
    static final int CHART_WIDTH = 670;
    /**
     * The tallest chart that fits a page under its section title (CSS pixels): a pair's memberships
     * can run to thirty organizations and more; their rows are drawn closer rather than split.
     */
    static final int MAX_CHART_HEIGHT = 880;

    private final DyadOverviewService overview;
    private final CountryService countries;
    private final MembershipService memberships;
    private final SectorService sectors;
    private final Clock clock;
    private final SvgChartRenderer charts;

    public ReportService(DyadOverviewService overview, CountryService countries, MembershipService memberships,
                         SectorService sectors, Clock clock, SvgChartRenderer charts) {
        this.charts = charts;
        this.overview = overview;
        this.countries = countries;
        this.memberships = memberships;
        this.sectors = sectors;
        this.clock = clock;
    }

    public byte[] pdf(DyadReport report) {
        return pdf(report, new BatikSVGDrawer(BatikSVGDrawer.SvgScriptMode.SECURE, BatikSVGDrawer.SvgExternalResourceMode.SECURE));
    }

    /** With the charts' SVG drawer given (no scripts, nothing fetched), so a test can ask it which fonts it used. */
    byte[] pdf(DyadReport report, BatikSVGDrawer svgDrawer) {
        String html = html(report);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
            builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
            builder.defaultTextDirection(Messages.rightToLeft(report.lang())
                    ? PdfRendererBuilder.TextDirection.RTL : PdfRendererBuilder.TextDirection.LTR);
            builder.useFont(() -> TextMeasure.font("DejaVuSans.ttf"), FONT, 400, PdfRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(() -> TextMeasure.font("DejaVuSans-Bold.ttf"), FONT, 700, PdfRendererBuilder.FontStyle.NORMAL, true);
            // charts: SVG drawn by Batik; its fonts come from the classpath too (the @font-face rules)
            builder.useSVGDrawer(svgDrawer);
            builder.useProtocolsStreamImplementation(url -> new FSStream() {
                @Override
                public InputStream getStream() {
                    return TextMeasure.font(url.substring(FONT_SCHEME.length() + 1));
                }

                @Override
                public java.io.Reader getReader() {
                    throw new UnsupportedOperationException("fonts are binary");
                }
            }, FONT_SCHEME);
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The report as XHTML (what the PDF is rendered from). */
    String html(DyadReport r) {
        Locale l = r.lang();
        CountryName a = countries.byCode(r.a()).orElseThrow(() -> new IllegalArgumentException("unknown country " + r.a()));
        CountryName b = countries.byCode(r.b()).orElseThrow(() -> new IllegalArgumentException("unknown country " + r.b()));
        String nameA = a.name(l);
        String nameB = b.name(l);
        DyadFacts facts = overview.facts(r.a(), r.b(), r.from(), r.to());
        List<FactExport> all = overview.export(r.a(), r.b(), r.from(), r.to());
        Map<Long, Integer> notes = new LinkedHashMap<>();
        String dir = Messages.rightToLeft(l) ? "rtl" : "ltr";

        Html h = new Html();
        h.raw("<!DOCTYPE html><html lang=\"" + l.getLanguage() + "\" dir=\"" + dir + "\"><head><meta charset=\"UTF-8\"/>");
        h.el("title", t(l, "report.title", nameA, nameB));
        h.raw("<style>" + css(l) + "</style>");
        h.raw("<bookmarks>");
        bookmark(h, t(l, "report.cover"), "cover");
        for (Section s : r.sections()) {
            bookmark(h, sectionTitle(l, s), s.name().toLowerCase(Locale.ROOT));
        }
        h.raw("</bookmarks></head><body>");

        // cover
        h.open("div", "class", "cover", "id", "cover");
        h.el("p", "Dyad", "class", "brand");
        h.el("h1", nameA + " – " + nameB);
        h.el("p", r.from() + "–" + r.to(), "class", "period");
        h.open("table", "class", "filters");
        row(h, t(l, "report.filter.pair"), nameA + " (" + a.code() + ") – " + nameB + " (" + b.code() + ")");
        row(h, t(l, "report.filter.period"), r.from() + "–" + r.to());
        row(h, t(l, "report.filter.sections"), String.join(", ", r.sections().stream().map(s -> sectionTitle(l, s)).toList()));
        row(h, t(l, "report.filter.language"), l.getDisplayLanguage(l));
        row(h, t(l, "report.generated"), ZonedDateTime.now(clock).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME).substring(0, 16)
                .replace('T', ' ') + " UTC");
        row(h, t(l, "report.dataVersion"), t(l, "report.dataVersionValue", ArticleParser.VERSION, facts.articles()));
        h.close("table");
        if (facts.synthetic()) {
            h.el("p", t(l, "synthetic.banner"), "class", "synthetic");
        }
        if (all.isEmpty()) {
            h.el("p", t(l, "report.empty", nameA, nameB, r.from(), r.to()), "class", "empty", "id", "empty");
        }
        h.close("div");

        for (Section s : r.sections()) {
            h.open("div", "class", "section", "id", s.name().toLowerCase(Locale.ROOT));
            String title = sectionTitle(l, s);
            switch (s) {
                case KEY_FIGURES -> {
                    h.el("h2", title);
                    keyFigures(h, l, facts, all);
                }
                case MEETINGS -> {
                    chart(h, title, "meetings", MeetingsChartOption.build(facts, nameA, nameB, l), 300);
                    meetings(h, l, all, notes);
                }
                case TRADE -> {
                    chart(h, title, "trade", TradeChartOption.build(facts, nameA, nameB, l), 300);
                    trade(h, l, all, notes);
                }
                case SECTORS -> {
                    var sectorNames = sectors.names();
                    java.util.function.Function<String, String> sectorName =
                            code -> sectorNames.containsKey(code) ? sectorNames.get(code).in(l) : code;
                    chart(h, title, "sectors", SectorsChartOption.build(facts, nameA, nameB, sectorName, l),
                            SectorsChartOption.height(facts));
                    sectorsTable(h, l, all, notes, sectorName);
                }
                case MEMBERSHIPS -> {
                    MembershipTimeline timeline = memberships.timeline(a, b, LocalDate.of(r.from(), 1, 1), LocalDate.of(r.to(), 12, 31));
                    Map<String, DyadFacts.OrganizationRow> mentions = new LinkedHashMap<>();
                    facts.organizations().forEach(o -> mentions.put(o.code(), o));
                    chart(h, title, "memberships", MembershipChartOption.build(timeline, mentions, l, LocalDate.now(clock)),
                            Math.min(MembershipChartOption.height(timeline) - PrintOption.SLIDER_SPACE, MAX_CHART_HEIGHT));
                    membershipsTable(h, l, a, b, timeline);
                }
                case EVIDENCE -> {
                    h.el("h2", title);
                    evidence(h, l, all, notes);
                }
            }
            h.close("div");
        }
        h.raw("</body></html>");
        return h.toString();
    }

    private static void bookmark(Html h, String title, String anchor) {
        h.raw("<bookmark name=\"" + Html.escape(title) + "\" href=\"#" + anchor + "\"/>");
    }

    private static String t(Locale l, String key, Object... args) {
        return Messages.get(key, l, args);
    }

    private static String sectionTitle(Locale l, Section s) {
        return t(l, "report.section." + s.name());
    }

    private static void row(Html h, String label, String value) {
        h.open("tr").el("th", label).el("td", value).close("tr");
    }

    private static void none(Html h, Locale l) {
        h.el("p", t(l, "report.none"), "class", "empty");
    }

    /** Opens a data table with these column heads (repeated on every page it runs over) and its body. */
    private static void dataTable(Html h, String... heads) {
        h.open("table", "class", "data").open("thead").open("tr");
        for (String head : heads) {
            h.el("th", head);
        }
        h.close("tr").close("thead").open("tbody");
    }

    private static String note(Map<Long, Integer> notes, long factId) {
        return "[" + notes.computeIfAbsent(factId, k -> notes.size() + 1) + "]";
    }

    private void keyFigures(Html h, Locale l, DyadFacts facts, List<FactExport> all) {
        long meetings = all.stream().filter(f -> f.type().equals("meeting")).count();
        h.open("table", "class", "figures");
        row(h, t(l, "figures.meetings"), Long.toString(meetings));
        row(h, t(l, "figures.last"), facts.lastMeeting() == null ? t(l, "figures.last.none")
                : facts.lastMeeting().date() + " · " + t(l, "chart." + facts.lastMeeting().kind()));
        List<DyadFacts.TradeRow> turnovers = facts.trade().stream()
                .filter(x -> x.kind().equals("turnover") && x.amountUsd() != null && x.year() != null).toList();
        DyadFacts.TradeRow latest = turnovers.stream().max((x, y) -> Integer.compare(x.year(), y.year())).orElse(null);
        row(h, t(l, "figures.turnover"), latest == null ? t(l, "figures.turnover.none")
                : t(l, "figures.turnover.value", latest.amountUsd().divide(BigDecimal.valueOf(1_000_000_000L), 2, RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString(), latest.year()));
        row(h, t(l, "figures.articles"), facts.articles() + (facts.languages().isEmpty() ? ""
                : " (" + String.join(", ", facts.languages().stream().map(x -> t(l, "lang." + x)).toList()) + ")"));
        h.close("table");
    }

    private void meetings(Html h, Locale l, List<FactExport> all, Map<Long, Integer> notes) {
        List<FactExport> rows = all.stream().filter(f -> f.type().equals("meeting")).toList();
        if (rows.isEmpty()) {
            none(h, l);
            return;
        }
        dataTable(h, t(l, "review.date"), t(l, "review.kind"), t(l, "report.participants"), t(l, "report.source"));
        for (FactExport f : rows) {
            h.open("tr").el("td", String.valueOf(f.date()), "class", "nowrap").el("td", t(l, "chart." + f.kind()))
                    .el("td", participants(l, f.detail()), "dir", "auto").el("td", note(notes, f.factId())).close("tr");
        }
        h.close("tbody").close("table");
    }

    /** "Name (prime_minister, KZ); …" as the export writes it, with the offices in words of the report's language. */
    private static String participants(Locale l, String detail) {
        if (detail == null) {
            return "";
        }
        String out = detail;
        for (String role : org.dyad.reference.ReferenceEditService.ROLES) {
            out = out.replace("(" + role + ",", "(" + t(l, "reference.role." + role).toLowerCase(l) + ",");
        }
        return out;
    }

    private void trade(Html h, Locale l, List<FactExport> all, Map<Long, Integer> notes) {
        List<FactExport> rows = all.stream().filter(f -> f.type().equals("trade")).toList();
        if (rows.isEmpty()) {
            none(h, l);
            return;
        }
        dataTable(h, t(l, "review.year"), t(l, "review.kind"), t(l, "review.amount"), "USD", t(l, "report.source"));
        for (FactExport f : rows) {
            h.open("tr").el("td", f.year() == null ? "—" : f.year().toString()).el("td", t(l, "chart." + f.kind()))
                    .el("td", Amounts.abbreviated(f.amount(), l) + " " + f.currency())
                    .el("td", f.amountUsd() == null ? "—" : Amounts.usd(f.amountUsd(), l))
                    .el("td", note(notes, f.factId())).close("tr");
        }
        h.close("tbody").close("table");
    }

    private void sectorsTable(Html h, Locale l, List<FactExport> all, Map<Long, Integer> notes,
                              java.util.function.Function<String, String> sectorName) {
        Map<String, List<FactExport>> bySector = new TreeMap<>();
        all.stream().filter(f -> f.type().equals("sector")).forEach(f -> bySector.computeIfAbsent(f.kind(), k -> new ArrayList<>()).add(f));
        if (bySector.isEmpty()) {
            none(h, l);
            return;
        }
        dataTable(h, t(l, "report.sector"), t(l, "review.year"), t(l, "report.source"));
        bySector.forEach((code, rows) -> {
            TreeMap<Integer, List<String>> byYear = new TreeMap<>();
            rows.forEach(f -> byYear.computeIfAbsent(f.year(), k -> new ArrayList<>()).add(note(notes, f.factId())));
            byYear.forEach((year, refs) -> h.open("tr").el("td", sectorName.apply(code))
                    .el("td", String.valueOf(year)).el("td", String.join(" ", refs)).close("tr"));
        });
        h.close("tbody").close("table");
    }

    /**
     * A section's title and its dashboard chart, printed: the dashboard's option drawn by ECharts as
     * SVG, kept on one page with the title.
     */
    private void chart(Html h, String title, String name, ObjectNode dashboardOption, int height) {
        h.open("div", "class", "keep");
        h.el("h2", title);
        h.open("div", "class", "chart", "id", name + "-chart");
        h.raw(charts.svg(PrintOption.of(dashboardOption), CHART_WIDTH, height));
        h.close("div").close("div");
    }

    private void membershipsTable(Html h, Locale l, CountryName a, CountryName b, MembershipTimeline timeline) {
        if (timeline.isEmpty()) {
            none(h, l);
            return;
        }
        h.el("p", t(l, "dyad.memberships.none"), "class", "hint");
        dataTable(h, t(l, "reference.organization"), t(l, "common.country"), t(l, "reference.status"), t(l, "common.from"),
                t(l, "common.to"));
        for (MembershipTimeline.OrganizationRow o : timeline.organizations()) {
            List<MembershipTimeline.Span> spans = new ArrayList<>(o.spansA());
            spans.addAll(o.spansB());
            for (MembershipTimeline.Span s : spans) {
                h.open("tr").el("td", (o.shared() ? "★ " : "") + o.code() + " · " + o.name().in(l))
                        .el("td", s.countryCode().equals(a.code()) ? a.name(l) : b.name(l))
                        .el("td", t(l, "chart." + s.status())).el("td", s.startText(), "class", "nowrap")
                        .el("td", s.endText() == null ? t(l, "chart.today") : s.endText(), "class", "nowrap").close("tr");
            }
        }
        h.close("tbody").close("table");
    }

    private void evidence(Html h, Locale l, List<FactExport> all, Map<Long, Integer> notes) {
        Map<Long, FactExport> byId = new LinkedHashMap<>();
        all.forEach(f -> byId.put(f.factId(), f));
        if (notes.isEmpty()) {
            all.forEach(f -> note(notes, f.factId())); // an evidence-only report still quotes every fact
        }
        if (notes.isEmpty()) {
            none(h, l);
            return;
        }
        h.open("ol", "class", "notes");
        for (Map.Entry<Long, Integer> n : notes.entrySet()) {
            FactExport f = byId.get(n.getKey());
            h.open("li", "id", "note-" + n.getValue());
            h.el("span", "[" + n.getValue() + "] ", "class", "ref");
            if (f != null && !f.evidence().isEmpty()) {
                Evidence e = f.evidence().getFirst();
                h.el("span", (e.source() == null ? t(l, "common.unknownSource") : e.source()) + " · "
                        + (e.published() == null ? t(l, "common.dateUnknown") : e.published().toString()) + " · "
                        + t(l, "lang." + e.lang()) + (e.synthetic() ? " · " + t(l, "common.synthetic") : ""), "class", "meta");
                for (Evidence s : f.evidence()) {
                    h.el("p", s.sentence(), "class", "quote", "dir", "ar".equals(s.lang()) ? "rtl" : "ltr", "lang", s.lang());
                }
            }
            h.close("li");
        }
        h.close("ol");
    }

    private static String css(Locale l) {
        return """
                @page { size: A4; margin: 18mm 16mm 20mm 16mm;
                  @bottom-center { content: counter(page) " / " counter(pages); font-family: '%1$s'; font-size: 8pt; color: #666; } }
                @font-face { font-family: '%1$s'; src: url('%2$s:DejaVuSans.ttf'); font-weight: 400; }
                @font-face { font-family: '%1$s'; src: url('%2$s:DejaVuSans-Bold.ttf'); font-weight: 700; }
                body { font-family: '%1$s'; font-size: 9.5pt; color: #1a1a1a; line-height: 1.35; }
                .cover { page-break-after: always; padding-top: 40mm; }
                .brand { font-weight: 700; color: #1f5fbf; font-size: 12pt; letter-spacing: 1px; }
                h1 { font-size: 24pt; margin: 4mm 0 2mm 0; }
                .period { font-size: 16pt; color: #444; margin: 0 0 10mm 0; }
                h2 { font-size: 14pt; color: #1f5fbf; border-bottom: 1px solid #c8d6ee; padding-bottom: 1mm; }
                .section { margin-top: 8mm; }
                #evidence { page-break-before: always; }
                table { border-collapse: collapse; width: 100%%; -fs-table-paginate: paginate; }
                thead { display: table-header-group; }
                tr { page-break-inside: avoid; }
                th, td { border-bottom: 0.5pt solid #d5dbe5; padding: 1.2mm 1.5mm; text-align: start; vertical-align: top; }
                thead th { background: #eef3fb; font-weight: 700; }
                table.filters th, table.figures th { width: 35%%; font-weight: 700; background: none; }
                .synthetic { border: 1pt solid #b45309; color: #7c2d12; padding: 2mm; margin-top: 6mm; }
                .empty, .hint { color: #555; }
                .nowrap { white-space: nowrap; }
                ol.notes { list-style: none; padding: 0; }
                ol.notes li { margin-bottom: 2.5mm; page-break-inside: avoid; }
                .ref { font-weight: 700; }
                .meta { color: #555; }
                .keep { page-break-inside: avoid; }
                .chart { margin: 2mm 0 4mm 0; page-break-inside: avoid; }
                .quote { margin: 0.5mm 0 0 0; padding: 0 3mm; border-inline-start: 1.5pt solid #c8d6ee; }
                """.formatted(FONT, FONT_SCHEME);
    }
}
