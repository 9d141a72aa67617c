package org.dyad.article.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.dyad.article.NewArticle;
import org.dyad.extract.ArticleParser;
import org.dyad.extract.ParsedArticle;
import org.dyad.extract.text.ContentNormalizer;
import org.dyad.reference.files.ReferenceFiles;
import org.junit.jupiter.api.Test;

class DemoArticlesTest {

    @Test
    void articles_say_they_are_synthetic_and_are_flagged_so() {
        DemoArticles demo = new DemoArticles(ReferenceFiles.load(), 1);
        for (int i = 1; i <= 60; i++) {
            NewArticle a = demo.next(i);
            assertThat(a.synthetic()).isTrue();
            assertThat(a.sourceName()).isEqualTo(DemoArticles.SOURCE);
            assertThat(a.title()).startsWith("[Synthetic]");
            assertThat(a.body().lines().findFirst().orElseThrow()).containsAnyOf("Synthetic demo article", "Синтетическая",
                    "مقال تجريبي اصطناعي");
        }
    }

    @Test
    void the_same_seed_gives_the_same_articles_and_every_article_is_distinct() {
        DemoArticles one = new DemoArticles(ReferenceFiles.load(), 42);
        DemoArticles two = new DemoArticles(ReferenceFiles.load(), 42);
        Set<String> hashes = new HashSet<>();
        for (int i = 1; i <= 300; i++) {
            NewArticle a = one.next(i);
            assertThat(two.next(i).body()).isEqualTo(a.body());
            hashes.add(ContentNormalizer.hash(a.body()));
        }
        assertThat(hashes).hasSize(300);
    }

    @Test
    void the_parser_reads_the_generated_articles_in_every_language() {
        DemoArticles demo = new DemoArticles(ReferenceFiles.load(), 3);
        ArticleParser parser = ArticleParser.fromReferenceFiles();
        int withMeeting = 0;
        int withTrade = 0;
        Set<String> languages = new HashSet<>();
        for (int i = 1; i <= 150; i++) {
            NewArticle a = demo.next(i);
            ParsedArticle p = parser.parse(a.body(), a.lang(), a.published());
            languages.add(a.lang());
            withMeeting += p.meetings().isEmpty() ? 0 : 1;
            withTrade += p.trade().isEmpty() ? 0 : 1;
            assertThat(p.countryPairs()).as(a.body()).isNotEmpty();
        }
        assertThat(languages).containsExactlyInAnyOrder("ar", "ru", "en");
        assertThat(withTrade).isEqualTo(150);
        assertThat(withMeeting).isGreaterThan(140);
    }
}
