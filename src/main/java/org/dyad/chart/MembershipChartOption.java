package org.dyad.chart;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.dyad.analytics.DyadFacts;
import org.dyad.reference.CountryName;
import org.dyad.reference.MembershipTimeline;
import org.dyad.reference.MembershipTimeline.OrganizationRow;
import org.dyad.reference.MembershipTimeline.Span;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The ECharts option of the memberships chart: per organization two rows, one per country, a bar per
 * span. Colour tells the country, the bar's style its status (full member: solid; associate and
 * observer: thinner; dialogue partner: dotted; suspended: dashed). Organizations both countries
 * belonged to at the same time come first, starred. Plain data (no functions), so the same option
 * renders in the browser and, on the server, into reports.
 */
public final class MembershipChartOption {

    static final List<String> STATUSES = List.of("member", "associate", "observer", "dialogue_partner", "suspended");
    static final String COLOR_A = "#2f6fdf";
    static final String COLOR_B = "#e8710a";
    static final int ROW_HEIGHT = 22;
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private MembershipChartOption() {
    }

    /** Pixel height that fits every row of the timeline. */
    public static int height(MembershipTimeline timeline) {
        return Math.max(260, 130 + ROW_HEIGHT * 2 * timeline.organizations().size());
    }

    public static ObjectNode build(MembershipTimeline timeline, Locale locale, LocalDate today) {
        return build(timeline, Map.of(), locale, today);
    }

    /**
     * With {@code mentions}, each organization's bars also say how often the pair's articles name it,
     * and carry those mentions' fact ids, so a click opens the sentences.
     */
    public static ObjectNode build(MembershipTimeline timeline, Map<String, DyadFacts.OrganizationRow> mentions,
                                   Locale locale, LocalDate today) {
        ObjectNode option = JSON.objectNode();
        option.put("animationDuration", 300);
        if (timeline.isEmpty()) {
            ObjectNode title = option.putObject("title");
            title.put("text", ChartText.get("noMemberships", locale,
                    timeline.a().name(locale), timeline.b().name(locale),
                    timeline.from().getYear(), timeline.to().getYear()));
            title.put("left", "center");
            title.put("top", "middle");
            title.putObject("textStyle").put("fontSize", 14).put("fontWeight", "normal");
            return option;
        }
        LocalDate end = timeline.to().isAfter(today) ? today : timeline.to();

        List<String> categories = new ArrayList<>();
        Map<String, ObjectNode> series = new LinkedHashMap<>();
        for (OrganizationRow org : timeline.organizations()) {
            String prefix = (org.shared() ? "★ " : "") + org.code() + " · ";
            DyadFacts.OrganizationRow named = mentions.get(org.code());
            addRow(categories, series, prefix + timeline.a().name(locale), org, org.spansA(),
                    timeline.a(), COLOR_A, timeline.from(), end, named, locale);
            addRow(categories, series, prefix + timeline.b().name(locale), org, org.spansB(),
                    timeline.b(), COLOR_B, timeline.from(), end, named, locale);
        }

        ObjectNode tooltip = option.putObject("tooltip");
        tooltip.put("trigger", "item");
        tooltip.put("confine", true);

        Options.legend(option, seriesInLegendOrder(series, timeline).stream().map(s -> s.get("name").asString()).toList())
                .put("itemWidth", 28);

        ObjectNode toolbox = option.putObject("toolbox");
        toolbox.put("right", 8);
        ObjectNode features = toolbox.putObject("feature");
        features.putObject("restore");
        features.putObject("saveAsImage").put("name", "dyad-memberships-" + timeline.a().code() + "-" + timeline.b().code());

        ObjectNode grid = option.putObject("grid");
        grid.put("left", 8).put("right", 24).put("top", 48).put("bottom", 64).put("containLabel", true);

        ObjectNode xAxis = option.putObject("xAxis");
        xAxis.put("type", "time")
                .put("min", millis(timeline.from()))
                .put("max", millis(timeline.to().plusDays(1)));
        xAxis.putObject("splitLine").put("show", true);

        ObjectNode yAxis = option.putObject("yAxis");
        yAxis.put("type", "category").put("inverse", true);
        ArrayNode yData = yAxis.putArray("data");
        categories.forEach(yData::add);
        yAxis.putObject("axisTick").put("show", false);
        // A line between organizations (every two rows), so each pair of rows reads as a group.
        yAxis.putObject("splitLine").put("show", true).put("interval", 1);

        ArrayNode zoom = option.putArray("dataZoom");
        zoom.addObject().put("type", "inside").put("xAxisIndex", 0).put("filterMode", "none");
        zoom.addObject().put("type", "slider").put("xAxisIndex", 0).put("filterMode", "none")
                .put("bottom", 12).put("height", 22);

        ArrayNode seriesArray = option.putArray("series");
        seriesInLegendOrder(series, timeline).forEach(seriesArray::add);
        return option;
    }

    private static List<ObjectNode> seriesInLegendOrder(Map<String, ObjectNode> series, MembershipTimeline timeline) {
        List<ObjectNode> ordered = new ArrayList<>();
        for (String country : List.of(timeline.a().code(), timeline.b().code())) {
            for (String status : STATUSES) {
                ObjectNode s = series.get(country + "|" + status);
                if (s != null) {
                    ordered.add(s);
                }
            }
        }
        return ordered;
    }

    private static void addRow(List<String> categories, Map<String, ObjectNode> series, String label,
                               OrganizationRow org, List<Span> spans, CountryName country, String color,
                               LocalDate from, LocalDate end, DyadFacts.OrganizationRow named, Locale locale) {
        categories.add(label);
        for (Span span : spans) {
            LocalDate start = span.start().isBefore(from) ? from : span.start();
            LocalDate stop = span.end() == null || span.end().isAfter(end) ? end : span.end();
            if (start.isAfter(stop)) {
                continue;
            }
            ObjectNode s = series.computeIfAbsent(country.code() + "|" + span.status(),
                    k -> series(country.name(locale) + ": " + ChartText.get(span.status(), locale), span.status(), color));
            ObjectNode item = ((ArrayNode) s.get("data")).addObject();
            item.put("name", org.code() + " · " + country.name(locale));
            ArrayNode lines = item.putArray("tooltipLines");
            tooltipLines(org, span, country, locale).forEach(lines::add);
            if (named != null) {
                lines.add(ChartText.get("namedIn", locale, named.articles()));
                item.putObject("ref").put("organization", org.code()); // a click fetches the mentions
            }
            ArrayNode coords = item.putArray("coords");
            coords.addArray().add(millis(start)).add(label);
            coords.addArray().add(millis(stop.plusDays(1))).add(label);
        }
    }

    private static ObjectNode series(String name, String status, String color) {
        ObjectNode s = JSON.objectNode();
        s.put("type", "lines");
        s.put("name", name);
        s.put("coordinateSystem", "cartesian2d");
        s.put("polyline", false);
        s.put("color", color);
        double width = switch (status) {
            case "member" -> ROW_HEIGHT * 0.6;
            case "associate", "observer" -> ROW_HEIGHT * 0.35;
            default -> ROW_HEIGHT * 0.25;
        };
        String type = switch (status) {
            case "dialogue_partner" -> "dotted";
            case "suspended" -> "dashed";
            default -> "solid";
        };
        s.putObject("lineStyle").put("width", width).put("type", type).put("cap", "butt").put("color", color)
                .put("opacity", status.equals("observer") ? 0.6 : 0.95);
        s.putObject("emphasis").putObject("lineStyle").put("width", width + 4);
        s.putArray("data");
        return s;
    }

    /**
     * The tooltip as plain lines of text; the chart component escapes them and joins them into its
     * HTML tooltip, so reference data can never inject markup.
     */
    private static List<String> tooltipLines(OrganizationRow org, Span span, CountryName country, Locale locale) {
        String until = span.end() == null ? ChartText.get("today", locale) : span.endText();
        List<String> lines = new ArrayList<>();
        lines.add(org.name().in(locale) + " (" + org.code() + ")");
        lines.add(country.name(locale) + ": " + ChartText.get(span.status(), locale)
                + ", " + span.startText() + " – " + until);
        if (span.note() != null) {
            lines.add(span.note());
        }
        return lines;
    }

    private static long millis(LocalDate date) {
        return date.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }
}
