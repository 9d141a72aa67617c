package org.dyad.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;

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

    /** The option last sent to the browser (for tests and exports). */
    public ObjectNode getOption() {
        return option;
    }
}
