package org.dyad.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dyad.db.Tables.ARTICLE;
import static org.dyad.db.Tables.ARTICLE_PAIR;
import static org.dyad.db.Tables.EVIDENCE;
import static org.dyad.db.Tables.FACT;
import static org.dyad.db.Tables.MEETING;
import static org.dyad.db.Tables.MEETING_PARTICIPANT;
import static org.dyad.db.Tables.ORGANIZATION_MENTION;
import static org.dyad.db.Tables.SECTOR_MENTION;
import static org.dyad.db.Tables.TRADE_FIGURE;

import java.time.LocalDate;

import org.dyad.IntegrationTest;
import org.dyad.article.seed.SeedArticles;
import org.dyad.extract.ArticleParser;
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
    void the_seed_article_is_stored_parsed_with_its_facts_and_evidence() {
        long id = dsl.select(ARTICLE.ID).from(ARTICLE).where(ARTICLE.INGESTED_BY.eq("seed")).fetchSingle(ARTICLE.ID);
        String body = dsl.fetchValue(ARTICLE.BODY, ARTICLE.ID.eq(id));
        assertThat(dsl.fetchValue(ARTICLE.PARSER_VERSION, ARTICLE.ID.eq(id))).isEqualTo(ArticleParser.VERSION);

        var meeting = dsl.select(MEETING.MEETING_DATE, MEETING.MEETING_KIND, MEETING.COUNTRY_LO, MEETING.COUNTRY_HI,
                        MEETING.HOST_COUNTRY, MEETING.FACT_ID)
                .from(MEETING).join(FACT).on(FACT.ID.eq(MEETING.FACT_ID)).where(FACT.ARTICLE_ID.eq(id)).fetchSingle();
        assertThat(meeting.value1()).isEqualTo(LocalDate.of(2024, 4, 30));
        assertThat(meeting.value2()).isEqualTo("official_visit");
        assertThat(meeting.value3() + meeting.value4()).isEqualTo("KZTJ");
        assertThat(meeting.value5()).isEqualTo("TJ");
        assertThat(dsl.select(MEETING_PARTICIPANT.NAME_EN, MEETING_PARTICIPANT.OFFICE_ROLE, MEETING_PARTICIPANT.SIDE)
                .from(MEETING_PARTICIPANT).where(MEETING_PARTICIPANT.MEETING_ID.eq(meeting.value6()))
                .fetch(r -> r.value1() + "/" + r.value2() + "/" + r.value3()))
                .containsExactlyInAnyOrder("Emomali Rahmon/president/host", "Olzhas Bektenov/prime_minister/guest");
        assertThat(dsl.fetchCount(MEETING_PARTICIPANT, MEETING_PARTICIPANT.MEETING_ID.eq(meeting.value6())
                .and(MEETING_PARTICIPANT.PERSON_ID.isNull()))).isZero();

        var turnover = dsl.select(TRADE_FIGURE.AMOUNT_USD, TRADE_FIGURE.FACT_YEAR, TRADE_FIGURE.FACT_ID)
                .from(TRADE_FIGURE).join(FACT).on(FACT.ID.eq(TRADE_FIGURE.FACT_ID))
                .where(FACT.ARTICLE_ID.eq(id), TRADE_FIGURE.TRADE_KIND.eq("turnover")).fetchSingle();
        assertThat(turnover.value1()).isEqualByComparingTo("1150000000");
        assertThat(turnover.value2()).isEqualTo(2023);
        var span = dsl.select(EVIDENCE.SPAN_START, EVIDENCE.SPAN_END).from(EVIDENCE)
                .where(EVIDENCE.FACT_ID.eq(turnover.value3())).fetchSingle();
        assertThat(body.substring(span.value1(), span.value2())).contains("مليار ومائة وخمسين مليون دولار");

        assertThat(dsl.select(ORGANIZATION_MENTION.ORG_CODE).from(ORGANIZATION_MENTION).join(FACT)
                .on(FACT.ID.eq(ORGANIZATION_MENTION.FACT_ID)).where(FACT.ARTICLE_ID.eq(id)).fetch(ORGANIZATION_MENTION.ORG_CODE))
                .containsExactlyInAnyOrder("SCO", "CSTO", "CICA", "IFAS", "C5");
        assertThat(dsl.fetchCount(SECTOR_MENTION.join(FACT).on(FACT.ID.eq(SECTOR_MENTION.FACT_ID)), FACT.ARTICLE_ID.eq(id)))
                .isGreaterThanOrEqualTo(15);
        assertThat(dsl.fetchCount(FACT, FACT.ARTICLE_ID.eq(id).and(FACT.REVIEW_STATE.ne("extracted")))).isZero();
        assertThat(dsl.fetchCount(FACT.leftJoin(EVIDENCE).on(EVIDENCE.FACT_ID.eq(FACT.ID)),
                FACT.ARTICLE_ID.eq(id).and(EVIDENCE.ID.isNull()))).as("facts without evidence").isZero();
        assertThat(dsl.fetchCount(ARTICLE_PAIR, ARTICLE_PAIR.ARTICLE_ID.eq(id)
                .and(ARTICLE_PAIR.COUNTRY_LO.eq("KZ")).and(ARTICLE_PAIR.COUNTRY_HI.eq("TJ")))).isEqualTo(1);
    }

    @Test
    void an_article_stored_twice_has_its_facts_once() {
        String body = "President Emomali Rahmon held talks with President Shavkat Mirziyoyev in Tashkent today.";
        IngestResult first = ingest.ingest(new NewArticle(body, "en", null, LocalDate.of(2024, 3, 3), "t", null, false), "t");
        ingest.ingest(new NewArticle(body + "\n", "en", null, LocalDate.of(2024, 3, 3), "t", null, false), "t");
        assertThat(dsl.fetchCount(FACT, FACT.ARTICLE_ID.eq(first.articleId()).and(FACT.FACT_TYPE.eq("meeting"))))
                .isEqualTo(1);
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
