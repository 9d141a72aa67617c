package org.dyad.report;

import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Renders a small report once in the background when the app is ready, so the first analyst who
 * asks for a PDF does not wait for the renderer's fonts and classes, nor for ECharts to load into
 * GraalJS ({@code dyad.report.warm-up}).
 */
@Component
@ConditionalOnWebApplication
public class ReportWarmUp {

    private static final Logger LOG = LoggerFactory.getLogger(ReportWarmUp.class);

    private final ReportService reports;
    private final boolean enabled;

    public ReportWarmUp(ReportService reports, @Value("${dyad.report.warm-up:true}") boolean enabled) {
        this.reports = reports;
        this.enabled = enabled;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void warmUp() {
        if (!enabled) {
            return;
        }
        Thread worker = new Thread(() -> {
            long start = System.nanoTime();
            try {
                // every section, so the chart renderer (ECharts in GraalJS: seconds on first use) is loaded too
                reports.pdf(new DyadReport("TJ", "KZ", 2015, 2025, Locale.ENGLISH, DyadReport.all()));
                LOG.info("Report renderer warmed up in {} ms", (System.nanoTime() - start) / 1_000_000);
            } catch (RuntimeException e) {
                LOG.warn("Report renderer warm-up failed: {}", e.toString());
            }
        }, "report-warm-up");
        worker.setDaemon(true);
        worker.setPriority(Thread.MIN_PRIORITY);
        worker.start();
    }
}
