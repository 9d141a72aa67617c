package org.dyad.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dyad.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The PDF dossier on the seeded data: cover and filters, every section, the seed's figure and its Arabic sentence, embedded fonts. */
@IntegrationTest
class ReportServiceIT {

    @Autowired
    ReportService reports;

    private static String text(PDDocument pdf) throws Exception {
        return Normalizer.normalize(new PDFTextStripper().getText(pdf), Normalizer.Form.NFKC);
    }

    @Test
    void the_english_report_on_the_seed_has_every_section_the_figure_and_its_arabic_sentence() throws Exception {
        byte[] bytes = reports.pdf(new DyadReport("TJ", "KZ", 2015, 2025, Locale.ENGLISH, DyadReport.all()));
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(3);
            String text = text(pdf);
            assertThat(text).contains("Tajikistan – Kazakhstan", "2015–2025", "Country pair", "Tajikistan (TJ) – Kazakhstan (KZ)",
                    "Data version", "parser 0.1.0", "Key figures", "Meetings", "Trade", "Sectors discussed",
                    "Multilateral memberships", "Evidence", "Official visit", "1.15 bn USD", "$1.15 bn",
                    "Olzhas Bektenov (prime minister, KZ)");
            // the Arabic sentence, shaped for display, reads back as the original once presentation forms are undone
            assertThat(text.replaceAll("\\s+", " ")).containsAnyOf("مليار ومائة وخمسين مليون دولار",
                    new StringBuilder("مليار ومائة وخمسين مليون دولار").reverse().toString());
            assertThat(text).contains("1 / " + pdf.getNumberOfPages());
            assertThat(pdf.getDocumentCatalog().getDocumentOutline()).isNotNull();
            for (var page : pdf.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    assertThat(font.getName()).contains("DejaVu");
                }
            }
        }
    }

    @Test
    void every_page_renders_and_none_is_blank() throws Exception {
        byte[] bytes = reports.pdf(new DyadReport("TJ", "KZ", 2015, 2025, Locale.forLanguageTag("ar"), DyadReport.all()));
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            org.apache.pdfbox.rendering.PDFRenderer renderer = new org.apache.pdfbox.rendering.PDFRenderer(pdf);
            for (int page = 0; page < pdf.getNumberOfPages(); page++) {
                java.awt.image.BufferedImage image = renderer.renderImageWithDPI(page, 36);
                long ink = 0;
                for (int y = 0; y < image.getHeight(); y++) {
                    for (int x = 0; x < image.getWidth(); x++) {
                        if ((image.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
                            ink++;
                        }
                    }
                }
                assertThat(ink).as("page %d has ink", page + 1).isGreaterThan(200);
            }
        }
    }

    @Test
    void an_arabic_report_and_an_empty_period_work_too() throws Exception {
        byte[] arabic = reports.pdf(new DyadReport("TJ", "KZ", 2015, 2025, Locale.forLanguageTag("ar"), DyadReport.all()));
        try (PDDocument pdf = Loader.loadPDF(arabic)) {
            assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(3);
        }
        byte[] empty = reports.pdf(new DyadReport("TJ", "KZ", 1995, 1996, Locale.ENGLISH, DyadReport.all()));
        try (PDDocument pdf = Loader.loadPDF(empty)) {
            assertThat(text(pdf)).contains("No facts on Tajikistan and Kazakhstan were found in 1995–1996", "Nothing found in the period.");
        }
    }

    @Test
    void the_dashboards_charts_are_drawn_and_carry_their_series_colours() throws Exception {
        for (Locale lang : List.of(Locale.ENGLISH, Locale.forLanguageTag("ar"))) {
            byte[] bytes = reports.pdf(new DyadReport("TJ", "KZ", 2015, 2025, lang, DyadReport.all()));
            try (PDDocument pdf = Loader.loadPDF(bytes)) {
                List<ChartAreas.Area> charts = ChartAreas.of(pdf);
                // meetings, trade, sectors, memberships, in the order of the sections
                assertThat(charts).as(lang.toString()).hasSize(4);
                for (ChartAreas.Area chart : charts) {
                    assertThat(chart.box().getWidth()).as("chart on page %d is as wide as the text", chart.page()).isGreaterThan(450);
                    assertThat(chart.ink()).as("chart on page %d is not blank", chart.page()).isGreaterThan(0.02);
                }
                ChartAreas.Area meetings = charts.get(0);
                ChartAreas.Area trade = charts.get(1);
                ChartAreas.Area sectors = charts.get(2);
                ChartAreas.Area memberships = charts.get(3);
                assertThat(meetings.pixelsOf(0x2f6fdf, 12)).as("the official-visit bar").isGreaterThan(20);
                assertThat(meetings.pixelsOf(0xc0392b, 12)).as("the head-of-state marker").isGreaterThan(5);
                assertThat(trade.pixelsOf(0x2f6fdf, 40) + trade.pixelsOf(0x598cf0, 40)).as("the turnover point").isGreaterThan(20);
                assertThat(sectors.pixelsOf(0x1b3a6b, 12)).as("the 2024 heatmap column at its darkest").isGreaterThan(200);
                assertThat(memberships.pixelsOf(0x2f6fdf, 12)).as("Tajikistan's membership bars").isGreaterThan(500);
                assertThat(memberships.pixelsOf(0xe8710a, 12)).as("Kazakhstan's membership bars").isGreaterThan(500);
            }
        }
    }

    @Test
    void the_charts_text_is_drawn_with_the_classpath_font() {
        com.openhtmltopdf.svgsupport.BatikSVGDrawer drawer = new com.openhtmltopdf.svgsupport.BatikSVGDrawer(
                com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgScriptMode.SECURE,
                com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgExternalResourceMode.SECURE);
        reports.pdf(new DyadReport("TJ", "KZ", 2015, 2025, Locale.ENGLISH, java.util.EnumSet.of(DyadReport.Section.MEETINGS)), drawer);
        // without the report's @font-face rules the SVG renderer knows no such family and falls back to the system's fonts
        assertThat(drawer.fontResolver.resolve("DejaVu Sans")).isNotNull();
    }

    @Test
    void a_report_without_chart_sections_draws_no_chart() throws Exception {
        byte[] bytes = reports.pdf(new DyadReport("TJ", "KZ", 2015, 2025, Locale.ENGLISH,
                java.util.EnumSet.of(DyadReport.Section.KEY_FIGURES, DyadReport.Section.EVIDENCE)));
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertThat(ChartAreas.of(pdf)).isEmpty();
        }
    }
}
