package org.dyad.analytics.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.dyad.analytics.DyadFacts;
import org.dyad.analytics.DyadFacts.Level;
import org.dyad.analytics.DyadFacts.MeetingRow;
import org.dyad.analytics.DyadFacts.TradeRow;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** The overview's key figures: meetings by level, the last meeting, the latest turnover and its change, articles. */
class KeyFigures extends Div {

    private final Figure meetings = new Figure("Meetings");
    private final Figure last = new Figure("Last meeting");
    private final Figure turnover = new Figure("Latest turnover");
    private final Figure articles = new Figure("Articles");

    KeyFigures() {
        addClassName("dyad-key-figures");
        setId("key-figures");
        add(meetings, last, turnover, articles);
    }

    void show(DyadFacts facts, String nameA, String nameB) {
        Map<Level, Integer> byLevel = new EnumMap<>(Level.class);
        facts.meetingCounts().forEach(m -> byLevel.merge(m.level(), m.count(), Integer::sum));
        List<String> levels = new java.util.ArrayList<>();
        byLevel.forEach((level, n) -> levels.add(n + " " + switch (level) {
            case HEAD_OF_STATE -> "head of state";
            case HEAD_OF_GOVERNMENT -> "head of government";
            case MINISTER -> "ministerial";
            case OTHER -> "other";
        }));
        meetings.set(Integer.toString(facts.meetingTotal()), facts.meetingTotal() == 0 ? "none found in the period"
                : String.join(" · ", levels));

        MeetingRow lastMeeting = facts.lastMeeting();
        last.set(lastMeeting == null ? "—" : lastMeeting.date().toString(),
                lastMeeting == null ? "no meeting in the period" : lastMeeting.kind().replace('_', ' '));

        List<TradeRow> turnovers = facts.trade().stream()
                .filter(t -> t.kind().equals("turnover") && t.amountUsd() != null && t.year() != null)
                .sorted(Comparator.comparing(TradeRow::year).thenComparing(t -> t.published() == null ? "" : t.published().toString()))
                .toList();
        if (turnovers.isEmpty()) {
            turnover.set("—", "no turnover figure in the period");
        } else {
            TradeRow latest = turnovers.getLast();
            TradeRow previous = turnovers.stream().filter(t -> t.year() < latest.year()).reduce((x, y) -> y).orElse(null);
            String change = previous == null ? "no earlier year to compare"
                    : percent(latest.amountUsd(), previous.amountUsd()) + " on " + previous.year();
            turnover.set("$" + billions(latest.amountUsd()) + " bn (" + latest.year() + ")", change);
        }
        articles.set(Integer.toString(facts.articles()), facts.languages().isEmpty() ? "none on " + nameA + " and " + nameB
                : String.join(", ", facts.languages().stream().map(EvidenceDialog::languageName).toList()));
    }

    private static String billions(BigDecimal usd) {
        return usd.divide(BigDecimal.valueOf(1_000_000_000L), 2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    private static String percent(BigDecimal now, BigDecimal before) {
        if (before.signum() == 0) {
            return "n/a";
        }
        BigDecimal p = now.subtract(before).multiply(BigDecimal.valueOf(100)).divide(before, 1, RoundingMode.HALF_UP);
        return (p.signum() >= 0 ? "+" : "") + p.toPlainString() + "%";
    }

    /** One figure: a label, a value, a line of detail. */
    static final class Figure extends Div {
        private final Span value = new Span();
        private final Span detail = new Span();

        Figure(String label) {
            addClassName("dyad-figure");
            Span l = new Span(label);
            l.addClassName("dyad-figure-label");
            value.addClassName("dyad-figure-value");
            detail.addClassName("dyad-figure-detail");
            add(l, value, detail);
        }

        void set(String v, String d) {
            value.setText(v);
            detail.setText(d);
        }

        String value() {
            return value.getText();
        }

        String detail() {
            return detail.getText();
        }
    }

    Figure meetings() {
        return meetings;
    }

    Figure turnover() {
        return turnover;
    }

    Figure articles() {
        return articles;
    }
}
