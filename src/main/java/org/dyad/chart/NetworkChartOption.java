package org.dyad.chart;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Countries as nodes on a circle, meetings as edges whose width grows with their number; a node's
 * size grows with all its meetings. An edge carries its pair, so a click opens the dyad.
 */
public final class NetworkChartOption {

    private NetworkChartOption() {
    }

    public static ObjectNode build(Map<List<String>, int[]> pairs, Function<String, String> name, int fromYear,
                                   int toYear, Locale locale) {
        if (pairs.isEmpty()) {
            return Options.empty(ChartText.get("noNetwork", locale, fromYear, toYear));
        }
        Map<String, Integer> degree = new LinkedHashMap<>();
        int max = 1;
        for (var e : pairs.entrySet()) {
            degree.merge(e.getKey().get(0), e.getValue()[0], Integer::sum);
            degree.merge(e.getKey().get(1), e.getValue()[0], Integer::sum);
            max = Math.max(max, e.getValue()[0]);
        }
        int maxDegree = degree.values().stream().mapToInt(Integer::intValue).max().orElse(1);
        ObjectNode option = Options.base("dyad-network-" + fromYear + "-" + toYear);
        ObjectNode s = option.putArray("series").addObject();
        s.put("type", "graph").put("layout", "circular").put("roam", true).put("name", "meetings");
        s.putObject("circular").put("rotateLabel", false);
        s.putObject("label").put("show", true).put("position", "right");
        s.putObject("lineStyle").put("color", "source").put("curveness", 0.15).put("opacity", 0.7);
        s.putObject("emphasis").put("focus", "adjacency").putObject("lineStyle").put("width", 8);
        ArrayNode nodes = s.putArray("data");
        for (var e : degree.entrySet()) {
            ObjectNode n = Options.item(nodes, List.of(), List.of(name.apply(e.getKey()) + ": " + e.getValue() + " "
                    + ChartText.get("meetingsWord", locale)));
            n.put("name", e.getKey()).put("value", e.getValue())
                    .put("symbolSize", 14 + 36.0 * e.getValue() / maxDegree);
            n.putObject("label").put("formatter", name.apply(e.getKey()).replace("{", "(").replace("}", ")"));
        }
        ArrayNode links = s.putArray("links");
        for (var e : pairs.entrySet()) {
            String a = e.getKey().get(0);
            String b = e.getKey().get(1);
            ObjectNode l = Options.item(links, List.of(), List.of(name.apply(a) + " – " + name.apply(b) + ": "
                    + e.getValue()[0] + " " + ChartText.get("meetingsWord", locale) + " ("
                    + e.getValue()[1] + " " + ChartText.get("headOfState", locale) + ")"));
            l.put("source", a).put("target", b).put("value", e.getValue()[0]);
            l.putObject("lineStyle").put("width", 1 + 9.0 * e.getValue()[0] / max);
            l.putObject("ref").put("a", a).put("b", b);
        }
        return option;
    }
}
