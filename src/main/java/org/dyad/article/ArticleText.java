package org.dyad.article;

import java.time.LocalDate;
import java.math.BigDecimal;
import java.util.List;

/** An article as the reader shows it: its text, metadata, and every fact with its spans. */
public record ArticleText(long id, String title, String source, String sourceUrl, LocalDate published, String lang,
                          boolean synthetic, String parserVersion, String body, List<FactSpans> facts) {

    /**
     * A fact, its kind (meeting or trade kind, sector or organization code), a trade figure's amount
     * and currency, the rest of its one-line summary in words that need no translation (dates, names,
     * years), its review state, and the spans of its evidence.
     */
    public record FactSpans(long factId, String type, String kind, BigDecimal amount, String currency, String detail,
                            String reviewState, List<int[]> spans) {}
}
