package org.dyad.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dyad.article.ArticleIngestService;
import org.dyad.article.NewArticle;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** A pair with 300 trade figures: the table runs over several pages and every page repeats its header. */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:dyad-long-report;DB_CLOSE_DELAY=-1",
        "spring.datasource.username=sa", "spring.datasource.password="})
class LongReportIT {

    @Autowired
    ArticleIngestService ingest;

    @Autowired
    ReportService reports;

    @Test
    void a_300_row_table_breaks_across_pages_with_its_header_on_each() throws Exception {
        for (int i = 0; i < 300; i++) {
            int year = 2001 + i % 20;
            ingest.ingest(new NewArticle("Trade between Kyrgyzstan and Tajikistan reached $" + (100 + i) + " million in " + year + ".",
                    "en", null, LocalDate.of(year + 1, 1 + i % 12, 1 + i % 28), "Agency " + (i % 7), null, false), "test");
        }
        byte[] bytes = reports.pdf(new DyadReport("KG", "TJ", 2000, 2024, Locale.ENGLISH, Set.of(DyadReport.Section.TRADE)));
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(4); // the cover and three or more pages of table
            PDFTextStripper stripper = new PDFTextStripper();
            int tablePages = 0;
            for (int page = 2; page <= pdf.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(pdf);
                if (text.contains("million") || text.contains(" mn USD")) {
                    tablePages++;
                    assertThat(text).as("page %d repeats the header", page).contains("Year", "Kind", "Amount", "USD", "Source");
                }
            }
            assertThat(tablePages).isGreaterThanOrEqualTo(3);
            String all = new PDFTextStripper().getText(pdf);
            assertThat(all).contains("399 mn USD", "[300]");
        }
    }
}
