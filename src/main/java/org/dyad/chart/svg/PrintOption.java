package org.dyad.chart.svg;

import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A dashboard chart's option as it is printed: the same data, series, colours, axes and legend,
 * without what only works on a screen (tooltips, toolbox, zoom slider, animation)
 * and with the report's font and ink. Right-to-left labels are given in display order
 * ({@link VisualText}).
 */
public final class PrintOption {

    /** Height the dashboard keeps free under a chart for its zoom slider. */
    public static final int SLIDER_SPACE = 40;
    static final int MARGIN = 24;

    private PrintOption() {
    }

    public static ObjectNode of(ObjectNode dashboard) {
        ObjectNode o = dashboard.deepCopy();
        o.remove(List.of("toolbox", "tooltip", "animationDuration"));
        o.put("animation", false);
        if (o.get("grid") instanceof ObjectNode grid) {
            if (o.remove("dataZoom") != null && grid.has("bottom")) {
                grid.put("bottom", Math.max(16, grid.get("bottom").asInt() - SLIDER_SPACE));
            }
            // room for the first category's label, which the page would otherwise clip
            grid.put("left", Math.max(MARGIN, grid.path("left").asInt(0)));
        }
        o.remove("dataZoom");
        if (o.get("legend") instanceof ObjectNode legend) {
            // no toolbox to keep clear of: the full width
            legend.remove("width");
        }
        visual(o);
        ObjectNode text = o.has("textStyle") ? (ObjectNode) o.get("textStyle") : o.putObject("textStyle");
        text.put("fontFamily", TextMeasure.FAMILY).put("color", "#1a1a1a");
        return o;
    }

    /** Every text of the option in display order (names used as keys change alike, so they still match). */
    private static void visual(JsonNode node) {
        if (node instanceof ObjectNode object) {
            for (Map.Entry<String, JsonNode> e : object.properties()) {
                if (e.getValue().isString()) {
                    object.put(e.getKey(), VisualText.of(e.getValue().asString()));
                } else {
                    visual(e.getValue());
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.get(i).isString()) {
                    array.set(i, VisualText.of(array.get(i).asString()));
                } else {
                    visual(array.get(i));
                }
            }
        }
    }
}
