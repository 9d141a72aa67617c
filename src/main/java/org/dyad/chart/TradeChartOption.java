package org.dyad.chart;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.dyad.analytics.DyadFacts;
import org.dyad.analytics.DyadFacts.TradeRow;
import org.dyad.base.format.Amounts;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Trade figures per year, in US dollars: every figure a point with its source, so sources that
 * disagree on a year are all visible, never averaged; a dashed line joins the latest report of each
 * year's turnover; targets are pins at their deadline. Figures in other currencies are not converted
 * and not drawn (the caller says how many).
 */
public final class TradeChartOption {

    static final List<String> KINDS = List.of("turnover", "export", "import", "target", "investment", "contracts");
    private static final Map<String, String> COLORS = Map.of("turnover", "#2f6fdf", "export", "#2aa198",
            "import", "#e8710a", "target", "#c0392b", "investment", "#9b59b6", "contracts", "#7f8c8d");
    private static final BigDecimal BILLION = BigDecimal.valueOf(1_000_000_000L);

    private TradeChartOption() {
    }

    /** The figures that can be drawn: in dollars, with a year (stated, or the publication's). */
    public static List<TradeRow> drawable(DyadFacts facts) {
        return facts.trade().stream().filter(t -> t.amountUsd() != null && year(t) != null).toList();
    }

    public static ObjectNode build(DyadFacts facts, String nameA, String nameB, Locale locale) {
        List<TradeRow> rows = drawable(facts);
        if (rows.isEmpty()) {
            return Options.empty(ChartText.get("noTrade", locale, nameA, nameB, facts.fromYear(), facts.toYear()));
        }
        List<String> years = new ArrayList<>();
        for (int y = facts.fromYear(); y <= facts.toYear(); y++) {
            years.add(Integer.toString(y));
        }
        ObjectNode option = Options.base("dyad-trade-" + facts.a() + "-" + facts.b());
        ArrayNode series = option.putArray("series");
        List<String> legend = new ArrayList<>();
        Map<Integer, TradeRow> latestTurnover = new LinkedHashMap<>();
        for (String kind : KINDS) {
            List<TradeRow> ofKind = rows.stream().filter(t -> t.kind().equals(kind)).toList();
            if (ofKind.isEmpty()) {
                continue;
            }
            String name = ChartText.get(kind, locale);
            legend.add(name);
            ObjectNode s = series.addObject();
            s.put("type", "scatter").put("name", name).put("color", COLORS.get(kind))
                    .put("symbol", kind.equals("target") ? "pin" : "circle")
                    .put("symbolSize", kind.equals("target") ? 26 : 13);
            ArrayNode data = s.putArray("data");
            for (TradeRow t : ofKind) {
                int year = year(t);
                if (year < facts.fromYear() || year > facts.toYear()) {
                    continue;
                }
                List<String> lines = new ArrayList<>();
                lines.add(name + (kind.equals("target") && t.year() != null
                        ? " (" + ChartText.get("deadline", locale) + " " + t.year() + ")" : " " + year));
                lines.add(money(t.amount(), locale) + " " + t.currency()
                        + (t.currency().equals("USD") ? "" : " (" + money(t.amountUsd(), locale) + " USD)"));
                if (t.year() == null) {
                    lines.add(ChartText.get("yearNotStated", locale));
                }
                lines.add((t.source() == null ? "—" : t.source()) + (t.published() == null ? "" : ", " + t.published()));
                ObjectNode item = Options.item(data, List.of(t.factId()), lines);
                item.putArray("value").add(Integer.toString(year)).add(billions(t.amountUsd()));
                if (kind.equals("turnover")) {
                    TradeRow previous = latestTurnover.get(year);
                    if (previous == null || later(t, previous)) {
                        latestTurnover.put(year, t);
                    }
                }
            }
        }
        if (latestTurnover.size() > 1) {
            String name = ChartText.get("latestTurnover", locale);
            legend.add(name);
            ObjectNode line = series.addObject();
            line.put("type", "line").put("name", name).put("color", COLORS.get("turnover")).put("showSymbol", false)
                    .put("z", 1);
            line.putObject("lineStyle").put("type", "dashed").put("width", 1.5);
            ArrayNode data = line.putArray("data");
            latestTurnover.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e ->
                    data.addArray().add(Integer.toString(e.getKey())).add(billions(e.getValue().amountUsd())));
        }
        Options.legend(option, legend);
        Options.categoryOverValue(option, years).put("name", ChartText.get("usdBillion", locale)).put("min", 0);
        return option;
    }

    /** The year a figure is drawn at: the year it is for, or the year it was published. */
    static Integer year(TradeRow t) {
        return t.year() != null ? t.year() : t.published() == null ? null : t.published().getYear();
    }

    private static boolean later(TradeRow a, TradeRow b) {
        if (a.published() == null) {
            return false;
        }
        return b.published() == null || a.published().isAfter(b.published())
                || a.published().equals(b.published()) && a.factId() > b.factId();
    }

    static double billions(BigDecimal usd) {
        return usd.divide(BILLION, 4, RoundingMode.HALF_UP).doubleValue();
    }

    static String money(BigDecimal v, Locale locale) {
        return Amounts.abbreviated(v, locale);
    }
}
