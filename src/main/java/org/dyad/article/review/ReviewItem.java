package org.dyad.article.review;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A fact as a reviewer sees it: what was read (kind, date, amount, code, participants, countries),
 * its review state, and the article and sentences it came from.
 */
public record ReviewItem(long factId, String type, String reviewState, String reviewedBy, String reviewNote,
                         String kind, LocalDate date, String relative, BigDecimal amount, String currency, Integer year,
                         String code, List<String> participants, List<String> countries,
                         long articleId, String title, String source, LocalDate published, String lang,
                         List<String> sentences) {
}
