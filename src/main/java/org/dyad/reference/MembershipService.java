package org.dyad.reference;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.dyad.reference.MembershipTimeline.OrganizationRow;
import org.dyad.reference.MembershipTimeline.Span;
import org.dyad.reference.query.MembershipQuery;
import org.dyad.reference.query.MembershipQuery.OrganizationSpan;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class MembershipService {

    private final MembershipQuery memberships;

    public MembershipService(MembershipQuery memberships) {
        this.memberships = memberships;
    }

    /**
     * The organizations either country belonged to within [from, to], shared ones first, then by
     * code. Spans are kept as stored; the chart clips them to the period.
     */
    public MembershipTimeline timeline(CountryName a, CountryName b, LocalDate from, LocalDate to) {
        Map<String, List<OrganizationSpan>> byOrg = new LinkedHashMap<>();
        for (OrganizationSpan s : memberships.overlapping(List.of(a.code(), b.code()), from, to)) {
            byOrg.computeIfAbsent(s.orgCode(), k -> new ArrayList<>()).add(s);
        }
        List<OrganizationRow> rows = new ArrayList<>();
        byOrg.forEach((code, spans) -> {
            List<Span> spansA = spans.stream().map(OrganizationSpan::span)
                    .filter(s -> s.countryCode().equals(a.code())).toList();
            List<Span> spansB = spans.stream().map(OrganizationSpan::span)
                    .filter(s -> s.countryCode().equals(b.code())).toList();
            rows.add(new OrganizationRow(code, spans.getFirst().orgName(), spansA, spansB,
                    sharedMembership(spansA, spansB, from, to)));
        });
        rows.sort(Comparator.comparing((OrganizationRow r) -> !r.shared()).thenComparing(OrganizationRow::code));
        return new MembershipTimeline(a, b, from, to, List.copyOf(rows));
    }

    /** Both countries full members at some common moment within [from, to]. */
    static boolean sharedMembership(List<Span> spansA, List<Span> spansB, LocalDate from, LocalDate to) {
        for (Span x : spansA) {
            for (Span y : spansB) {
                if (!x.status().equals("member") || !y.status().equals("member")) {
                    continue;
                }
                LocalDate start = max(max(x.start(), y.start()), from);
                LocalDate end = min(min(endOrMax(x), endOrMax(y)), to);
                if (!start.isAfter(end)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static LocalDate endOrMax(Span s) {
        return s.end() == null ? LocalDate.MAX : s.end();
    }

    private static LocalDate max(LocalDate x, LocalDate y) {
        return x.isAfter(y) ? x : y;
    }

    private static LocalDate min(LocalDate x, LocalDate y) {
        return x.isBefore(y) ? x : y;
    }
}
