package org.dyad.base.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

import org.dyad.analytics.DyadOverviewService;
import org.dyad.analytics.query.DyadFactQuery;
import org.dyad.reference.CountryService;
import org.dyad.reference.MembershipService;
import org.springframework.stereotype.Component;

/**
 * {@code dyad bench-queries [--runs N]}: runs each query behind the dyad overview's charts for random
 * pairs of the demo countries and random periods, after a warm-up, and prints p50, p95 and max in
 * milliseconds per query, with the number of articles and facts in the database.
 */
@Component
public class QueryBenchCommand {

    private static final List<String> PAIRS = List.of("KZ", "KG", "TJ", "TM", "UZ", "RU", "CN");

    private final DyadFactQuery query;
    private final DyadOverviewService overview;
    private final MembershipService memberships;
    private final CountryService countries;
    private final org.jooq.DSLContext dsl;

    public QueryBenchCommand(DyadFactQuery query, DyadOverviewService overview, MembershipService memberships,
                             CountryService countries, org.jooq.DSLContext dsl) {
        this.query = query;
        this.overview = overview;
        this.memberships = memberships;
        this.countries = countries;
        this.dsl = dsl;
    }

    public int run(List<String> args, PrintStream out, PrintStream err) {
        int runs = 200;
        int i = args.indexOf("--runs");
        if (i >= 0 && i + 1 < args.size()) {
            runs = Integer.parseInt(args.get(i + 1));
        }
        out.printf("database: %d articles (%d synthetic), %d facts, %d evidence spans%n",
                dsl.fetchCount(org.dyad.db.Tables.ARTICLE),
                dsl.fetchCount(org.dyad.db.Tables.ARTICLE, org.dyad.db.Tables.ARTICLE.SYNTHETIC.isTrue()),
                dsl.fetchCount(org.dyad.db.Tables.FACT), dsl.fetchCount(org.dyad.db.Tables.EVIDENCE));
        Random random = new Random(7);
        Map<String, List<Double>> times = new LinkedHashMap<>();
        for (int run = -20; run < runs; run++) { // 20 warm-up runs
            String a = PAIRS.get(random.nextInt(PAIRS.size()));
            String other;
            do {
                other = PAIRS.get(random.nextInt(PAIRS.size()));
            } while (other.equals(a));
            String b = other;
            String lo = a.compareTo(b) < 0 ? a : b;
            String hi = a.compareTo(b) < 0 ? b : a;
            int from = 2005 + random.nextInt(15);
            int to = Math.min(2025, from + 3 + random.nextInt(15));
            java.time.LocalDate f = java.time.LocalDate.of(from, 1, 1);
            java.time.LocalDate t = java.time.LocalDate.of(to, 12, 31);
            boolean record = run >= 0;
            time(times, record, "meetings", () -> query.meetingCounts(lo, hi, f, t));
            time(times, record, "last_meeting", () -> query.lastMeeting(lo, hi, f, t));
            time(times, record, "trade", () -> query.trade(lo, hi, from, to));
            time(times, record, "sectors", () -> query.sectors(lo, hi, from, to));
            time(times, record, "organizations", () -> query.organizations(lo, hi, from, to));
            time(times, record, "article_stats", () -> query.articleStats(lo, hi, f, t));
            var ca = countries.byCode(a).orElseThrow();
            var cb = countries.byCode(b).orElseThrow();
            time(times, record, "memberships", () -> memberships.timeline(ca, cb, f, t));
            time(times, record, "whole_overview", () -> overview.facts(a, b, from, to));
        }
        out.printf("%-16s %8s %8s %8s   (%d runs, random pairs and periods, ms)%n", "query", "p50", "p95", "max", runs);
        times.forEach((name, list) -> {
            double[] sorted = list.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            out.printf("%-16s %8.1f %8.1f %8.1f%n", name, percentile(sorted, 50), percentile(sorted, 95),
                    sorted[sorted.length - 1]);
        });
        return 0;
    }

    private static void time(Map<String, List<Double>> times, boolean record, String name, Supplier<?> work) {
        long start = System.nanoTime();
        Object result = work.get();
        double ms = (System.nanoTime() - start) / 1e6;
        if (record && result != null) {
            times.computeIfAbsent(name, k -> new ArrayList<>()).add(ms);
        }
    }

    static double percentile(double[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
