package org.dyad.article;

import java.time.LocalDate;
import java.util.List;

/** An article as the reader shows it: its text, metadata, and every fact with its spans. */
public record ArticleText(long id, String title, String source, String sourceUrl, LocalDate published, String lang,
                          boolean synthetic, String parserVersion, String body, List<FactSpans> facts) {

    /** A fact, a one-line summary of it, its review state, and the spans of its evidence. */
    public record FactSpans(long factId, String type, String summary, String reviewState, List<int[]> spans) {}
}
