package org.dyad.article;

import java.time.LocalDate;

/** What the articles list is narrowed to; null or blank parts do not narrow. */
public record ArticleFilter(String text, String lang, String country, String source, LocalDate from, LocalDate to) {

    public static ArticleFilter none() {
        return new ArticleFilter(null, null, null, null, null, null);
    }
}
