package org.dyad.report;

import org.dyad.chart.svg.SvgChartRenderer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The reports' chart renderer: one per application (ECharts is loaded once), closed with it. */
@Configuration(proxyBeanMethods = false)
class ReportConfiguration {

    @Bean
    SvgChartRenderer svgChartRenderer() {
        return new SvgChartRenderer();
    }
}
