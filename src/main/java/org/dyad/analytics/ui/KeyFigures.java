package org.dyad.analytics.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.dyad.analytics.DyadFacts;
import org.dyad.analytics.DyadFacts.Level;
import org.dyad.analytics.DyadFacts.MeetingRow;
import org.dyad.analytics.DyadFacts.TradeRow;
import org.dyad.base.i18n.Messages;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** The overview's key figures: meetings by level, the last meeting, the latest turnover and its change, articles. */
class KeyFigures extends Div {

    private final Figure meetings = new Figure(getTranslation("figures.meetings"));
    private final Figure last = new Figure(getTranslation("figures.last"));
    private final Figure turnover = new Figure(getTranslation("figures.turnover"));
    private final Figure articles = new Figure(getTranslation("figures.articles"));

    KeyFigures() {
        addClassName("dyad-key-figures");
        setId("key-figures");
        add(meetings, last, turnover, articles);
    }

    void show(DyadFacts facts, String nameA, String nameB, Locale locale) {
        Map<Level, Integer> byLevel = new EnumMap<>(Level.class);
        facts.meetingCounts().forEach(m -> byLevel.merge(m.level(), m.count(), Integer::sum));
        List<String> levels = new java.util.ArrayList<>();
        byLevel.forEach((level, n) -> levels.add(n + " " + Messages.get("level." + level.name(), locale)));
        meetings.set(Integer.toString(facts.meetingTotal()), facts.meetingTotal() == 0
                ? Messages.get("figures.meetings.none", locale) : String.join(" · ", levels));

        MeetingRow lastMeeting = facts.lastMeeting();
        last.set(lastMeeting == null ? "—" : lastMeeting.date().toString(),
                lastMeeting == null ? Messages.get("figures.last.none", locale) : Messages.get("chart." + lastMeeting.kind(), locale));

        List<TradeRow> turnovers = facts.trade().stream()
                .filter(t -> t.kind().equals("turnover") && t.amountUsd() != null && t.year() != null)
                .sorted(Comparator.comparing(TradeRow::year).thenComparing(t -> t.published() == null ? "" : t.published().toString()))
                .toList();
        if (turnovers.isEmpty()) {
            turnover.set("—", Messages.get("figures.turnover.none", locale));
        } else {
            TradeRow latest = turnovers.getLast();
            TradeRow previous = turnovers.stream().filter(t -> t.year() < latest.year()).reduce((x, y) -> y).orElse(null);
            String change = previous == null ? Messages.get("figures.turnover.noEarlier", locale)
                    : Messages.get("figures.turnover.change", locale, percent(latest.amountUsd(), previous.amountUsd()),
                    previous.year());
            turnover.set(Messages.get("figures.turnover.value", locale, billions(latest.amountUsd()), latest.year()), change);
        }
        articles.set(Integer.toString(facts.articles()), facts.languages().isEmpty()
                ? Messages.get("figures.articles.none", locale, nameA, nameB)
                : String.join(", ", facts.languages().stream().map(l -> EvidenceDialog.languageName(l, locale)).toList()));
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
