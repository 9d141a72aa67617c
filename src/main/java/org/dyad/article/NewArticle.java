package org.dyad.article;

import java.time.LocalDate;

/**
 * An article to store. {@code lang} may be null: it is then detected from the script.
 */
public record NewArticle(String body, String lang, String title, LocalDate published,
                         String sourceName, String sourceUrl, boolean synthetic) {
}
