package org.dyad.report.api;

import java.time.Clock;
import java.time.Year;
import java.util.Locale;

import org.dyad.base.i18n.Messages;
import org.dyad.reference.CountryService;
import org.dyad.report.DyadReport;
import org.dyad.report.ReportService;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/reports/dyad/{A}/{B}.pdf?from=YYYY&to=YYYY&lang=en|ar|ru}: the dossier on a pair (signed-in users). */
@RestController
public class ReportController {

    private final ReportService reports;
    private final CountryService countries;
    private final Clock clock;

    public ReportController(ReportService reports, CountryService countries, Clock clock) {
        this.reports = reports;
        this.countries = countries;
        this.clock = clock;
    }

    @GetMapping("/api/reports/dyad/{a}/{b}.pdf")
    public ResponseEntity<byte[]> dyad(@PathVariable String a, @PathVariable String b,
                                       @RequestParam(required = false) Integer from, @RequestParam(required = false) Integer to,
                                       @RequestParam(defaultValue = "en") String lang) {
        String codeA = a.toUpperCase(Locale.ROOT);
        String codeB = b.toUpperCase(Locale.ROOT);
        if (!countries.isPair(codeA, codeB)) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN)
                    .body(("Unknown country pair " + codeA + "-" + codeB).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        int thisYear = Year.now(clock).getValue();
        int f = from == null ? 2000 : Math.max(1990, Math.min(thisYear, from));
        int t = to == null ? thisYear : Math.max(1990, Math.min(thisYear, to));
        byte[] pdf = reports.pdf(new DyadReport(codeA, codeB, Math.min(f, t), Math.max(f, t),
                Messages.supported(Locale.forLanguageTag(lang)), DyadReport.all()));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("dyad-" + codeA + "-" + codeB + "-" + Math.min(f, t) + "-" + Math.max(f, t) + ".pdf").build().toString())
                .body(pdf);
    }
}
