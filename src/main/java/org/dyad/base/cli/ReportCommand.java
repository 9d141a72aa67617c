package org.dyad.base.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.dyad.base.i18n.Messages;
import org.dyad.report.DyadReport;
import org.dyad.report.ReportService;
import org.springframework.stereotype.Component;

/** {@code java -jar dyad.jar report --pair TJ-KZ [--from 2015] [--to 2025] [--lang en|ar|ru] -o FILE.pdf}. */
@Component
public class ReportCommand {

    private static final String USAGE =
            "usage: java -jar dyad.jar report --pair AA-BB [--from YYYY] [--to YYYY] [--lang en|ar|ru] [--repeat N] -o FILE.pdf";

    private final ReportService reports;

    public ReportCommand(ReportService reports) {
        this.reports = reports;
    }

    public int run(List<String> args, PrintStream out, PrintStream err) {
        String pair = null;
        Integer from = null;
        Integer to = null;
        Locale lang = Locale.ENGLISH;
        Path file = null;
        int repeat = 1;
        try {
            for (int i = 0; i < args.size(); i++) {
                switch (args.get(i)) {
                    case "--pair" -> pair = args.get(++i).toUpperCase(Locale.ROOT);
                    case "--from" -> from = Integer.parseInt(args.get(++i));
                    case "--to" -> to = Integer.parseInt(args.get(++i));
                    case "--lang" -> lang = Messages.supported(Locale.forLanguageTag(args.get(++i)));
                    case "-o", "--output" -> file = Path.of(args.get(++i));
                    case "--repeat" -> repeat = Math.max(1, Math.min(100, Integer.parseInt(args.get(++i))));
                    default -> throw new IllegalArgumentException("unknown argument " + args.get(i));
                }
            }
        } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
            err.println("report: " + (e.getMessage() == null ? "bad arguments" : e.getMessage()));
            err.println(USAGE);
            return 2;
        }
        if (pair == null || !pair.matches("[A-Z]{2}-[A-Z]{2}") || file == null) {
            err.println(USAGE);
            return 2;
        }
        int thisYear = java.time.Year.now().getValue();
        int f = from == null ? 2000 : from;
        int t = to == null ? thisYear : to;
        DyadReport report = new DyadReport(pair.substring(0, 2), pair.substring(3), Math.min(f, t), Math.max(f, t), lang,
                DyadReport.all());
        byte[] pdf = null;
        double[] seconds = new double[repeat];
        try {
            for (int i = 0; i < repeat; i++) {
                long start = System.nanoTime();
                pdf = reports.pdf(report);
                seconds[i] = (System.nanoTime() - start) / 1e9;
            }
        } catch (IllegalArgumentException e) {
            err.println("report: " + e.getMessage());
            return 2;
        }
        try {
            Files.write(file, pdf);
        } catch (IOException e) {
            err.println("report: cannot write " + file + ": " + e.getMessage());
            return 1;
        }
        out.printf(Locale.ROOT, "Wrote %s (%d KB) in %.1f s.%n", file, pdf.length / 1024, seconds[0]);
        if (repeat > 1) {
            double[] warm = java.util.Arrays.copyOfRange(seconds, 1, repeat);
            java.util.Arrays.sort(warm);
            out.printf(Locale.ROOT, "Rendered %d times: cold %.3f s, warm median %.3f s (min %.3f, max %.3f).%n", repeat, seconds[0],
                    warm[warm.length / 2], warm[0], warm[warm.length - 1]);
        }
        return 0;
    }
}
