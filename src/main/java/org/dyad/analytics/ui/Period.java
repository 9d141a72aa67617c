package org.dyad.analytics.ui;

import java.util.Optional;

import com.vaadin.flow.router.QueryParameters;

/** The period of a view, read from its ?from=YYYY&to=YYYY, clamped and in order. */
record Period(int from, int to) {

    static Period of(QueryParameters query, int defaultFrom, int thisYear) {
        int from = year(query, "from", defaultFrom, thisYear);
        int to = year(query, "to", thisYear, thisYear);
        return from <= to ? new Period(from, to) : new Period(to, from);
    }

    private static int year(QueryParameters query, String name, int fallback, int max) {
        return query.getSingleParameter(name)
                .flatMap(v -> {
                    try {
                        return Optional.of(Integer.parseInt(v.trim()));
                    } catch (NumberFormatException e) {
                        return Optional.empty();
                    }
                })
                .map(y -> Math.max(DyadView.FIRST_YEAR, Math.min(max, y)))
                .orElse(fallback);
    }
}
