package org.dyad.analytics;

import java.time.LocalDate;

/** A sentence supporting a fact: where it stands in which article. */
public record Evidence(long factId, String factType, long articleId, String title, String source, String sourceUrl,
                       LocalDate published, String lang, boolean synthetic, int start, int end, String sentence) {
}
