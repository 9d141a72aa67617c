package org.dyad.chart;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.dyad.analytics.PartnerRow;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** A country's partners ranked by meetings: head-of-state meetings and the others, stacked. */
public final class PartnersChartOption {

    static final int ROW_HEIGHT = 26;

    private PartnersChartOption() {
    }

    public static int height(List<PartnerRow> rows) {
        return Math.max(220, 110 + ROW_HEIGHT * (int) rows.stream().filter(r -> r.meetings() > 0).count());
    }

    public static ObjectNode build(String countryName, List<PartnerRow> rows, Function<String, String> name,
                                   int fromYear, int toYear, Locale locale) {
        List<PartnerRow> met = rows.stream().filter(r -> r.meetings() > 0).toList();
        if (met.isEmpty()) {
            return Options.empty(ChartText.get("noPartnerMeetings", locale, countryName, fromYear, toYear));
        }
        ObjectNode option = Options.base("dyad-partners");
        String hos = ChartText.get("headOfStateMeetings", locale);
        String others = ChartText.get("otherMeetings", locale);
        Options.legend(option, List.of(hos, others));
        option.putObject("grid").put("left", 8).put("right", 32).put("top", 40).put("bottom", 16).put("containLabel", true);
        option.putObject("xAxis").put("type", "value").put("minInterval", 1);
        ObjectNode y = option.putObject("yAxis");
        y.put("type", "category").put("inverse", true);
        ArrayNode labels = y.putArray("data");
        met.forEach(r -> labels.add(name.apply(r.partner())));
        ArrayNode series = option.putArray("series");
        ObjectNode top = series.addObject().put("type", "bar").put("name", hos).put("stack", "m").put("color", "#c0392b");
        ObjectNode rest = series.addObject().put("type", "bar").put("name", others).put("stack", "m").put("color", "#7aa6ef");
        ArrayNode topData = top.putArray("data");
        ArrayNode restData = rest.putArray("data");
        for (PartnerRow r : met) {
            String label = name.apply(r.partner());
            Options.item(topData, List.of(), List.of(label + ": " + r.headOfStateMeetings() + " " + hos))
                    .put("value", r.headOfStateMeetings()).putObject("ref").put("partner", r.partner());
            Options.item(restData, List.of(), List.of(label + ": " + (r.meetings() - r.headOfStateMeetings()) + " " + others))
                    .put("value", r.meetings() - r.headOfStateMeetings()).putObject("ref").put("partner", r.partner());
        }
        return option;
    }
}
