package org.dyad.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dyad.db.Tables.ARTICLE;

import java.time.LocalDate;

import org.dyad.IntegrationTest;
import org.dyad.article.seed.SeedArticles;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;

@IntegrationTest
class SeedArticlesIT {

    @Autowired
    DSLContext dsl;
    @Autowired
    SeedArticles seed;
    @Autowired
    ArticleIngestService ingest;

    @Test
    void first_start_stored_the_seed_article_with_its_metadata() {
        var article = dsl.selectFrom(ARTICLE).where(ARTICLE.INGESTED_BY.eq("seed")).fetchSingle();
        assertThat(article.getLang()).isEqualTo("ar");
        assertThat(article.getPublished()).isEqualTo(LocalDate.of(2024, 4, 30));
        assertThat(article.getTitle()).isEqualTo("لقاء مع رئيس وزراء جمهورية كازاخستان أولجاس بيكتينوف");
        assertThat(article.getBody()).contains("مليار ومائة وخمسين مليون دولار");
        assertThat(article.getSynthetic()).isFalse();
        assertThat(article.getContentHash()).hasSize(64);
    }

    @Test
    void seeding_again_or_restarting_stores_nothing_twice() throws Exception {
        int before = dsl.fetchCount(ARTICLE);
        assertThat(seed.seed()).isZero();
        seed.run(new DefaultApplicationArguments());
        assertThat(dsl.fetchCount(ARTICLE)).isEqualTo(before);
        assertThat(dsl.fetchCount(ARTICLE, ARTICLE.INGESTED_BY.eq("seed"))).isEqualTo(1);
    }

    @Test
    void the_same_text_with_other_whitespace_is_the_same_article() {
        String body = "Встреча с Премьер-министром Республики Казахстан.\nСтороны обсудили сотрудничество.";
        IngestResult first = ingest.ingest(new NewArticle(body, null, null, null, "test", null, false), "tester");
        IngestResult again = ingest.ingest(new NewArticle("\uFEFF" + body.replace("\n", "\r\n\r\n") + "  ",
                "ru", "another title", null, "test", null, false), "tester");
        assertThat(first.status()).isEqualTo(IngestResult.Status.CREATED);
        assertThat(again.status()).isEqualTo(IngestResult.Status.DUPLICATE);
        assertThat(again.articleId()).isEqualTo(first.articleId());
        assertThat(dsl.fetchValue(ARTICLE.LANG, ARTICLE.ID.eq(first.articleId()))).isEqualTo("ru");
    }

    @Test
    void empty_or_letterless_text_is_refused_with_a_clear_message() {
        assertThatThrownBy(() -> ingest.ingest(new NewArticle("  \n ", null, null, null, null, null, false), "t"))
                .isInstanceOf(ArticleValidationException.class).hasMessage("The article is empty.");
        assertThatThrownBy(() -> ingest.ingest(new NewArticle("12 345 ---", null, null, null, null, null, false), "t"))
                .isInstanceOf(ArticleValidationException.class).hasMessageContaining("language could not be detected");
    }
}
