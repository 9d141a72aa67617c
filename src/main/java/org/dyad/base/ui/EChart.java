package org.dyad.base.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Dyad's chart: draws an ECharts option built on the server (see {@code org.dyad.chart}) with the
 * project's own thin web component, which imports only the ECharts parts the charts use.
 */
@Tag("dyad-echart")
@NpmPackage(value = "echarts", version = "6.1.0")
@JsModule("./components/dyad-echart.ts")
public class EChart extends Component implements HasSize {

    private ObjectNode option;

    public void setOption(ObjectNode option) {
        this.option = option;
        getElement().setPropertyJson("option", option);
    }

    /** A click on a data item: the facts it carries, or its reference to look them up (may be null). */
    public record Click(List<Long> factIds, JsonNode ref) {}

    /** Listens to clicks on the chart's data items. */
    public Registration addClickListener(Consumer<Click> listener) {
        return getElement().addEventListener("chart-click", e -> {
            JsonNode ids = e.getEventData().get("event.detail.factIds");
            List<Long> factIds = new ArrayList<>();
            if (ids != null && ids.isArray()) {
                ids.forEach(id -> factIds.add(id.asLong()));
            }
            JsonNode ref = e.getEventData().get("event.detail.ref");
            listener.accept(new Click(factIds, ref == null || ref.isNull() ? null : ref));
        }).addEventData("event.detail.factIds").addEventData("event.detail.ref");
    }

    /** The option last sent to the browser (for tests and exports). */
    public ObjectNode getOption() {
        return option;
    }
}
