package org.dyad.chart.svg;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;

import javax.xml.parsers.DocumentBuilderFactory;

import org.dyad.base.ui.EChart;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

import com.vaadin.flow.component.dependency.NpmPackage;

import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** ECharts' own SVG renderer in GraalJS, as the reports use it. */
class SvgChartRendererTest {

    static final SvgChartRenderer RENDERER = new SvgChartRenderer();

    @AfterAll
    static void close() {
        RENDERER.close();
    }

    private static ObjectNode bars(String title) {
        ObjectNode option = JsonNodeFactory.instance.objectNode();
        option.putObject("title").put("text", title);
        option.putObject("xAxis").put("type", "category").putArray("data").add("2024").add("2025");
        option.putObject("yAxis").put("type", "value");
        option.putArray("series").addObject().put("type", "bar").put("color", "#2f6fdf").putArray("data").add(3).add(5);
        return option;
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    }

    @Test
    void draws_with_the_echarts_version_the_dashboard_bundles() {
        NpmPackage bundled = EChart.class.getAnnotation(NpmPackage.class);
        assertThat(bundled.value()).isEqualTo("echarts");
        assertThat(RENDERER.echartsVersion()).isEqualTo(bundled.version());
    }

    @Test
    void draws_an_option_as_an_svg_document_of_the_asked_size() throws Exception {
        String svg = RENDERER.svg(bars("Meetings"), 400, 200);
        Document doc = parse(svg);
        assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(doc.getDocumentElement().getAttribute("width")).isEqualTo("400");
        assertThat(doc.getDocumentElement().getAttribute("height")).isEqualTo("200");
        assertThat(svg).contains(">2024<", ">2025<", ">Meetings<", "fill=\"#2f6fdf\"").doesNotContain("<style");
        // two bars, the taller one for 2025
        assertThat(doc.getElementsByTagName("path").getLength()).isGreaterThan(2);
    }

    @Test
    void text_from_the_data_stays_text() throws Exception {
        String svg = RENDERER.svg(bars("<script>alert(1)</script> & \"x\""), 400, 200);
        Document doc = parse(svg); // well-formed: the title was escaped
        assertThat(doc.getElementsByTagName("script").getLength()).isZero();
        assertThat(doc.getDocumentElement().getTextContent()).contains("<script>alert(1)</script> & \"x\"");
    }

    @Test
    void labels_are_laid_out_with_the_report_fonts_widths() throws Exception {
        // legend entries sit side by side: the second starts the first one's text width further on
        String first = "Официальный визит WWW iii";
        ObjectNode option = bars("");
        option.putObject("textStyle").put("fontFamily", TextMeasure.FAMILY);
        option.putObject("legend").put("left", 0).put("top", 0).putArray("data").add(first).add("Б");
        ((ObjectNode) option.withArray("series").get(0)).put("name", first);
        option.withArray("series").addObject().put("type", "bar").put("name", "Б").putArray("data").add(1);
        String svg = RENDERER.svg(option, 600, 200);
        double a = textX(svg, first);
        double b = textX(svg, "Б");
        double width = new TextMeasure().width(first, "12px " + TextMeasure.FAMILY);
        // plus the legend's fixed spacing (icon and gaps, 38 px); ECharts' own guess for Cyrillic would be 12 px a letter
        assertThat(b - a).isCloseTo(width + 38, org.assertj.core.data.Offset.offset(0.5));
        assertThat(width).isLessThan(12 * first.length() - 60);
    }

    private static double textX(String svg, String text) throws Exception {
        var texts = parse(svg).getElementsByTagName("text");
        for (int i = 0; i < texts.getLength(); i++) {
            if (texts.item(i).getTextContent().equals(text)) {
                var at = java.util.regex.Pattern.compile("translate\\(([\\d.]+)")
                        .matcher(((org.w3c.dom.Element) texts.item(i)).getAttribute("transform"));
                assertThat(at.find()).isTrue();
                return Double.parseDouble(at.group(1));
            }
        }
        throw new AssertionError("no text " + text + " in " + svg);
    }
}
