package org.dyad.chart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.dyad.analytics.DyadFacts;
import org.dyad.analytics.DyadFacts.SectorRow;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Sectors × years: how many of the pair's articles of a year name each sector; most named first. */
public final class SectorsChartOption {

    static final int ROW_HEIGHT = 24;

    private SectorsChartOption() {
    }

    public static int height(DyadFacts facts) {
        long sectors = facts.sectors().stream().map(SectorRow::sector).distinct().count();
        return (int) Math.max(260, 166 + ROW_HEIGHT * sectors);
    }

    public static ObjectNode build(DyadFacts facts, String nameA, String nameB, Function<String, String> sectorName,
                                   Locale locale) {
        if (facts.sectors().isEmpty()) {
            return Options.empty(ChartText.get("noSectors", locale, nameA, nameB, facts.fromYear(), facts.toYear()));
        }
        Map<String, Integer> totals = new LinkedHashMap<>();
        facts.sectors().forEach(s -> totals.merge(s.sector(), s.articles(), Integer::sum));
        List<String> sectors = totals.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).toList();
        List<String> years = new ArrayList<>();
        for (int y = facts.fromYear(); y <= facts.toYear(); y++) {
            years.add(Integer.toString(y));
        }
        ObjectNode option = Options.base("dyad-sectors-" + facts.a() + "-" + facts.b());
        option.putObject("grid").put("left", 8).put("right", 24).put("top", 36).put("bottom", 96).put("containLabel", true);
        ObjectNode x = option.putObject("xAxis");
        x.put("type", "category");
        ArrayNode xData = x.putArray("data");
        years.forEach(xData::add);
        x.putObject("splitArea").put("show", true);
        ObjectNode y = option.putObject("yAxis");
        y.put("type", "category").put("inverse", true);
        ArrayNode yData = y.putArray("data");
        sectors.forEach(s -> yData.add(sectorName.apply(s)));
        int max = facts.sectors().stream().mapToInt(SectorRow::articles).max().orElse(1);
        ObjectNode visual = option.putObject("visualMap");
        visual.put("min", 0).put("max", Math.max(1, max)).put("calculable", true).put("orient", "horizontal")
                .put("left", "center").put("bottom", 8).put("itemHeight", 120);
        visual.putObject("inRange").putArray("color").add("#dbe8fb").add("#2f6fdf").add("#1b3a6b");
        ObjectNode s = option.putArray("series").addObject();
        s.put("type", "heatmap").put("name", "sectors");
        s.putObject("emphasis").putObject("itemStyle").put("borderColor", "#333").put("borderWidth", 1);
        ArrayNode data = s.putArray("data");
        facts.sectors().stream()
                .filter(r -> r.year() >= facts.fromYear() && r.year() <= facts.toYear())
                .sorted(Comparator.comparing(SectorRow::year))
                .forEach(r -> {
                    String name = sectorName.apply(r.sector());
                    ObjectNode item = Options.item(data, List.of(),
                            List.of(r.year() + " · " + name,
                                    ChartText.get("articlesNaming", locale, r.articles(), name)));
                    item.putArray("value").add(years.indexOf(Integer.toString(r.year()))).add(sectors.indexOf(r.sector()))
                            .add(r.articles());
                    item.putObject("ref").put("sector", r.sector()).put("year", r.year()); // a click fetches the mentions
                });
        return option;
    }
}
