package org.dyad.chart.svg;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

class PrintOptionTest {

    private static ObjectNode dashboard() {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("animationDuration", 300);
        o.putObject("tooltip").put("trigger", "item");
        o.putObject("toolbox").putObject("feature").putObject("saveAsImage");
        o.putObject("grid").put("left", 8).put("bottom", 64);
        o.putArray("dataZoom").addObject().put("type", "slider");
        o.putObject("legend").put("width", "78%").putArray("data").add("زيارة رسمية").add("Official visit");
        o.putArray("series").addObject().put("type", "bar").put("name", "زيارة رسمية").put("color", "#2f6fdf");
        return o;
    }

    @Test
    void keeps_the_data_and_drops_what_only_a_screen_can_use() {
        ObjectNode dashboard = dashboard();
        ObjectNode print = PrintOption.of(dashboard);
        assertThat(print.has("tooltip")).isFalse();
        assertThat(print.has("toolbox")).isFalse();
        assertThat(print.has("dataZoom")).isFalse();
        assertThat(print.get("animation").asBoolean()).isFalse();
        assertThat(print.get("grid").get("bottom").asInt()).isEqualTo(64 - PrintOption.SLIDER_SPACE);
        assertThat(print.get("grid").get("left").asInt()).isEqualTo(PrintOption.MARGIN);
        assertThat(print.get("textStyle").get("fontFamily").asString()).isEqualTo(TextMeasure.FAMILY);
        assertThat(print.get("series").get(0).get("color").asString()).isEqualTo("#2f6fdf");
        assertThat(print.get("legend").has("width")).as("no toolbox to keep clear of").isFalse();
        assertThat(dashboard.has("tooltip")).as("the dashboard's option is left alone").isTrue();
    }

    @Test
    void right_to_left_names_change_alike_wherever_they_appear() {
        ObjectNode print = PrintOption.of(dashboard());
        String legend = print.get("legend").get("data").get(0).asString();
        assertThat(legend).isEqualTo(print.get("series").get(0).get("name").asString())
                .isEqualTo(VisualText.of("زيارة رسمية")).isNotEqualTo("زيارة رسمية");
        assertThat(print.get("legend").get("data").get(1).asString()).isEqualTo("Official visit");
    }
}
