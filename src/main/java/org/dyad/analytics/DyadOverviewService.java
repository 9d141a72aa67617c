package org.dyad.analytics;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.dyad.analytics.query.DyadFactQuery;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The facts of a pair of countries over a period, for the dyad overview, and the evidence behind them. */
@Service
@Transactional(readOnly = true)
public class DyadOverviewService {

    private final DyadFactQuery query;

    public DyadOverviewService(DyadFactQuery query) {
        this.query = query;
    }

    /** The pair as stored: the two codes in order. */
    private static String lo(String a, String b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static String hi(String a, String b) {
        return a.compareTo(b) <= 0 ? b : a;
    }

    public DyadFacts facts(String a, String b, int fromYear, int toYear) {
        String lo = lo(a, b);
        String hi = hi(a, b);
        LocalDate from = LocalDate.of(fromYear, 1, 1);
        LocalDate to = LocalDate.of(toYear, 12, 31);
        DyadFactQuery.ArticleStats stats = query.articleStats(lo, hi, from, to);
        return new DyadFacts(a, b, fromYear, toYear, query.meetingCounts(lo, hi, from, to),
                query.lastMeeting(lo, hi, from, to).orElse(null), query.trade(lo, hi, fromYear, toYear), query.sectors(lo, hi, fromYear, toYear),
                query.organizations(lo, hi, fromYear, toYear), stats.articles(), stats.languages(), stats.synthetic());
    }

    public List<Evidence> evidence(Collection<Long> factIds) {
        return query.evidence(factIds);
    }

    /**
     * The partners of one country over a period, ranked by meetings, then by the latest turnover:
     * every country it met or traded with, or whose relations with it an article reports on.
     */
    public List<PartnerRow> partners(String country, int fromYear, int toYear) {
        LocalDate from = LocalDate.of(fromYear, 1, 1);
        LocalDate to = LocalDate.of(toYear, 12, 31);
        var meetings = query.meetingsByPartner(country, from, to);
        var turnover = query.latestTurnoverByPartner(country, fromYear, toYear);
        var articles = query.articlesByPartner(country, from, to);
        java.util.Set<String> partners = new java.util.LinkedHashSet<>();
        partners.addAll(meetings.keySet());
        partners.addAll(turnover.keySet());
        partners.addAll(articles.keySet());
        return partners.stream().map(p -> {
            int[] m = meetings.getOrDefault(p, new int[2]);
            DyadFacts.TradeRow t = turnover.get(p);
            return new PartnerRow(p, m[0], m[1], t == null ? null : t.amountUsd(), t == null ? null : t.year(),
                    articles.getOrDefault(p, 0));
        }).sorted(java.util.Comparator.comparingInt(PartnerRow::meetings).reversed()
                .thenComparing(r -> r.latestTurnoverUsd() == null ? java.math.BigDecimal.ZERO : r.latestTurnoverUsd(),
                        java.util.Comparator.reverseOrder())
                .thenComparing(PartnerRow::partner))
                .toList();
    }

    /** The meeting network of a period: for each pair that met, how often (and at head-of-state level). */
    public java.util.Map<List<String>, int[]> network(int fromYear, int toYear) {
        return query.meetingsByPair(LocalDate.of(fromYear, 1, 1), LocalDate.of(toYear, 12, 31));
    }

    /** Whether synthetic articles are among those of the period. */
    public boolean syntheticInView(int fromYear, int toYear) {
        return query.anySynthetic(LocalDate.of(fromYear, 1, 1), LocalDate.of(toYear, 12, 31));
    }

    /** Whether synthetic articles are among those on the country's relations in the period. */
    public boolean syntheticInView(String country, int fromYear, int toYear) {
        return query.anySynthetic(country, LocalDate.of(fromYear, 1, 1), LocalDate.of(toYear, 12, 31));
    }

    /** The facts behind a cell of the sectors chart or an organization's bars: mentions of that code. */
    public List<Long> mentionFactIds(String a, String b, String type, String code, int fromYear, int toYear) {
        return query.mentionFactIds(lo(a, b), hi(a, b), type, code, fromYear, toYear, 200);
    }

    /** The meetings behind a bar of the meetings chart: of the pair, in [from, to], of a kind or level. */
    public List<Long> meetingFactIds(String a, String b, LocalDate from, LocalDate to, String kind, String level) {
        return query.meetingFactIds(lo(a, b), hi(a, b), from, to, kind, level, 200);
    }

    /** Every fact of the pair in the period with its evidence, for CSV and JSON export. */
    public List<FactExport> export(String a, String b, int fromYear, int toYear) {
        DyadFacts facts = facts(a, b, fromYear, toYear);
        String lo = lo(a, b);
        String hi = hi(a, b);
        List<DyadFacts.MeetingRow> meetings = query.meetings(lo, hi, LocalDate.of(fromYear, 1, 1), LocalDate.of(toYear, 12, 31));
        List<Long> ids = new java.util.ArrayList<>();
        meetings.forEach(m -> ids.add(m.factId()));
        facts.trade().forEach(t -> ids.add(t.factId()));
        var mentions = query.mentionRows(lo, hi, fromYear, toYear);
        mentions.forEach(r -> ids.add(r.value1()));
        java.util.Map<Long, List<Evidence>> evidence = new java.util.HashMap<>();
        for (int i = 0; i < ids.size(); i += 1000) {
            query.evidence(ids.subList(i, Math.min(ids.size(), i + 1000)))
                    .forEach(e -> evidence.computeIfAbsent(e.factId(), k -> new java.util.ArrayList<>()).add(e));
        }
        java.util.Map<Long, List<String>> participants = query.participants(
                meetings.stream().map(DyadFacts.MeetingRow::factId).toList());
        List<String> pair = List.of(a, b);
        List<FactExport> out = new java.util.ArrayList<>();
        for (DyadFacts.MeetingRow m : meetings) {
            out.add(new FactExport(m.factId(), "meeting", m.date(), m.date().getYear(), m.kind(),
                    String.join("; ", participants.getOrDefault(m.factId(), List.of())), null, null, null, pair,
                    evidence.getOrDefault(m.factId(), List.of())));
        }
        for (DyadFacts.TradeRow t : facts.trade()) {
            List<String> countries = t.country1() == null ? pair
                    : t.country2() == null ? List.of(t.country1()) : List.of(t.country1(), t.country2());
            out.add(new FactExport(t.factId(), "trade", null, t.year(), t.kind(), null, t.amount(), t.currency(),
                    t.amountUsd(), countries, evidence.getOrDefault(t.factId(), List.of())));
        }
        for (var r : mentions) {
            out.add(new FactExport(r.value1(), r.value2(), null, r.value4(), r.value3(), null, null, null, null, pair,
                    evidence.getOrDefault(r.value1(), List.of())));
        }
        return out;
    }
}
