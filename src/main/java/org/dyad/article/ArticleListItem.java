package org.dyad.article;

import java.time.LocalDate;

/** A row of the articles list. */
public record ArticleListItem(long id, String title, String source, LocalDate published, String lang, boolean synthetic,
                              int facts, String pairs) {
}
