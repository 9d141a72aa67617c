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
            Pick p = Pick.random(random);
            boolean record = run >= 0;
            time(times, record, "meetings", () -> query.meetingCounts(p.lo(), p.hi(), p.fromDate(), p.toDate()));
            time(times, record, "last_meeting", () -> query.lastMeeting(p.lo(), p.hi(), p.fromDate(), p.toDate()));
            time(times, record, "trade", () -> query.trade(p.lo(), p.hi(), p.from(), p.to()));
            time(times, record, "sectors", () -> query.sectors(p.lo(), p.hi(), p.from(), p.to()));
            time(times, record, "organizations", () -> query.organizations(p.lo(), p.hi(), p.from(), p.to()));
            time(times, record, "article_stats", () -> query.articleStats(p.lo(), p.hi(), p.fromDate(), p.toDate()));
            var ca = countries.byCode(p.a()).orElseThrow();
            var cb = countries.byCode(p.b()).orElseThrow();
            time(times, record, "memberships", () -> memberships.timeline(ca, cb, p.fromDate(), p.toDate()));
            // another pair and period: the queries above would otherwise answer from warm caches (H2
            // even keeps the last result of a statement run again with the same values)
            Pick w = Pick.random(random);
            time(times, record, "whole_overview", () -> overview.facts(w.a(), w.b(), w.from(), w.to()));
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

    /** A random pair of different countries and a period of 4 to 18 whole years within 2005-2025. */
    private record Pick(String a, String b, int from, int to) {
        static Pick random(Random random) {
            String a = PAIRS.get(random.nextInt(PAIRS.size()));
            String b;
            do {
                b = PAIRS.get(random.nextInt(PAIRS.size()));
            } while (b.equals(a));
            int from = 2005 + random.nextInt(15);
            return new Pick(a, b, from, Math.min(2025, from + 3 + random.nextInt(15)));
        }

        String lo() {
            return a.compareTo(b) < 0 ? a : b;
        }

        String hi() {
            return a.compareTo(b) < 0 ? b : a;
        }

        java.time.LocalDate fromDate() {
            return java.time.LocalDate.of(from, 1, 1);
        }

        java.time.LocalDate toDate() {
            return java.time.LocalDate.of(to, 12, 31);
        }
    }

    static double percentile(double[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
