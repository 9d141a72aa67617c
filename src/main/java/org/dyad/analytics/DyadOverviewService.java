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

    public DyadFacts facts(String a, String b, int fromYear, int toYear) {
        String lo = a.compareTo(b) <= 0 ? a : b;
        String hi = a.compareTo(b) <= 0 ? b : a;
        LocalDate from = LocalDate.of(fromYear, 1, 1);
        LocalDate to = LocalDate.of(toYear, 12, 31);
        DyadFactQuery.ArticleStats stats = query.articleStats(lo, hi, from, to);
        return new DyadFacts(a, b, fromYear, toYear, query.meetings(lo, hi, from, to),
                query.trade(lo, hi, fromYear, toYear), query.sectors(lo, hi, from, to),
                query.organizations(lo, hi, from, to), stats.articles(), stats.languages(), stats.synthetic());
    }

    public List<Evidence> evidence(Collection<Long> factIds) {
        return query.evidence(factIds);
    }
}
