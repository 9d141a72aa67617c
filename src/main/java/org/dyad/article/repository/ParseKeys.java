package org.dyad.article.repository;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.dyad.extract.MeetingFact;
import org.dyad.extract.Mention;
import org.dyad.extract.TradeFact;
import org.dyad.extract.text.Span;

/**
 * The identity of a parsed fact across parser runs: its type, where its evidence starts, and what
 * the parser read (kind and date of a meeting; kind, amount, currency and year of a trade figure;
 * the code of a mention). Computed from the parser's output when a fact is stored, or from the stored
 * values of a fact stored before keys existed, just before a reviewer first changes it.
 */
public final class ParseKeys {

    private ParseKeys() {
    }

    static int firstStart(List<Span> evidence) {
        return evidence.stream().mapToInt(Span::start).min().orElse(-1);
    }

    public static String meeting(int spanStart, String kind, LocalDate date, String relative) {
        return "meeting|" + spanStart + "|" + kind + "|" + (date != null ? date : relative);
    }

    public static String trade(int spanStart, String kind, BigDecimal amount, String currency, Integer year, String relativeYear) {
        return "trade|" + spanStart + "|" + kind + "|" + (amount == null ? null : amount.stripTrailingZeros().toPlainString())
                + "|" + currency + "|" + (year != null ? year : relativeYear);
    }

    public static String mention(String type, int spanStart, String code) {
        return type + "|" + spanStart + "|" + code;
    }

    static String of(MeetingFact m) {
        return meeting(firstStart(m.evidence()), m.kind(), m.dayOrEstimate(), m.relative());
    }

    static String of(TradeFact t) {
        return trade(firstStart(t.evidence()), t.kind(), t.value(), t.currency(), t.year(), t.relativeYear());
    }

    static String of(String type, Mention m) {
        return mention(type, firstStart(m.evidence()), m.code());
    }
}
