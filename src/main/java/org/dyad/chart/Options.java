package org.dyad.chart;

import java.util.List;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The parts every Dyad chart shares: tooltip, toolbox, an honest empty state, data items. */
final class Options {

    static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private Options() {
    }

    /** An option that draws nothing but says why. */
    static ObjectNode empty(String text) {
        ObjectNode option = JSON.objectNode();
        ObjectNode title = option.putObject("title");
        title.put("text", text);
        title.put("left", "center");
        title.put("top", "middle");
        title.putObject("textStyle").put("fontSize", 14).put("fontWeight", "normal");
        return option;
    }

    static ObjectNode base(String saveName) {
        ObjectNode option = JSON.objectNode();
        option.put("animationDuration", 300);
        ObjectNode tooltip = option.putObject("tooltip");
        tooltip.put("trigger", "item");
        tooltip.put("confine", true);
        ObjectNode toolbox = option.putObject("toolbox");
        toolbox.put("right", 8);
        ObjectNode features = toolbox.putObject("feature");
        features.putObject("restore");
        features.putObject("saveAsImage").put("name", saveName);
        return option;
    }

    /**
     * The legend's share of the chart's width: the rest, at least 72 px on any chart 330 px wide or
     * more, stays free for the toolbox's two icons at the top right. (ECharts keeps only one of a
     * legend's left and right, so the room is given as a width.)
     */
    static final String LEGEND_WIDTH = "78%";

    /**
     * A legend at the top left that stops short of the toolbox; when the chart is narrow it wraps to
     * a second line, which the grids' top margin (48 px) leaves room for. (Paging it instead would
     * hide entries such as the head-of-state marker's meaning.)
     */
    static ObjectNode legend(ObjectNode option, List<String> names) {
        ObjectNode legend = option.putObject("legend");
        legend.put("top", 0).put("left", 0).put("width", LEGEND_WIDTH);
        ArrayNode data = legend.putArray("data");
        names.forEach(data::add);
        return legend;
    }

    static void zoomX(ObjectNode option) {
        ArrayNode zoom = option.putArray("dataZoom");
        zoom.addObject().put("type", "inside").put("xAxisIndex", 0);
        zoom.addObject().put("type", "slider").put("xAxisIndex", 0).put("bottom", 12).put("height", 22);
    }

    /**
     * The grid, a category x axis with zoom, and a value y axis (returned, for its name and bounds)
     * of the time-series charts.
     */
    static ObjectNode categoryOverValue(ObjectNode option, List<String> categories) {
        option.putObject("grid").put("left", 8).put("right", 24).put("top", 48).put("bottom", 64).put("containLabel", true);
        ObjectNode x = option.putObject("xAxis");
        x.put("type", "category");
        ArrayNode data = x.putArray("data");
        categories.forEach(data::add);
        ObjectNode y = option.putObject("yAxis");
        y.put("type", "value");
        y.putObject("splitLine").put("show", true);
        zoomX(option);
        return y;
    }

    /** A data item carrying the facts behind it (for click-through) and its tooltip as plain lines. */
    static ObjectNode item(ArrayNode data, List<Long> factIds, List<String> tooltipLines) {
        ObjectNode item = data.addObject();
        ArrayNode ids = item.putArray("factIds");
        factIds.forEach(ids::add);
        ArrayNode lines = item.putArray("tooltipLines");
        tooltipLines.forEach(lines::add);
        return item;
    }
}
