package org.dyad.article.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dyad.db.Tables.AUDIT_LOG;
import static org.dyad.db.Tables.FACT;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.dyad.analytics.DyadFacts;
import org.dyad.analytics.DyadOverviewService;
import org.dyad.article.ArticleIngestService;
import org.dyad.article.NewArticle;
import org.dyad.article.UploadIntegrationTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Decisions of reviewers: confirm, correct, reject — each audited, rejected facts off the charts, all kept by a re-parse. */
@UploadIntegrationTest
class ReviewAndReparseIT {

    @Autowired
    ArticleIngestService ingest;

    @Autowired
    ReviewService review;

    @Autowired
    ReparseService reparse;

    @Autowired
    DyadOverviewService overview;

    @Autowired
    DSLContext dsl;

    private long factOf(long article, String type) {
        return dsl.select(FACT.ID).from(FACT).where(FACT.ARTICLE_ID.eq(article), FACT.FACT_TYPE.eq(type)).orderBy(FACT.ID)
                .limit(1).fetchSingle(FACT.ID);
    }

    private List<String> facts(long article) {
        return dsl.select(FACT.FACT_TYPE, FACT.REVIEW_STATE).from(FACT).where(FACT.ARTICLE_ID.eq(article)).orderBy(FACT.FACT_TYPE, FACT.REVIEW_STATE)
                .fetch(r -> r.value1() + ":" + r.value2());
    }

    @Test
    void corrections_and_rejections_survive_a_reparse_and_leave_the_charts_as_decided() {
        long article = ingest.ingest(new NewArticle(
                "President Japarov of Kyrgyzstan received Turkmenistan's foreign minister Rashid Meredov in Bishkek on 4 April 2021. "
                        + "Trade between Kyrgyzstan and Turkmenistan reached $75 million in 2020. "
                        + "The sides discussed energy and transport. Ref " + System.nanoTime(),
                "en", "Reception in Bishkek", LocalDate.of(2021, 4, 5), "Test", null, false), "test").articleId();
        List<String> parsed = facts(article);
        assertThat(parsed).contains("meeting:extracted", "trade:extracted", "sector:extracted");

        long meeting = factOf(article, "meeting");
        long trade = factOf(article, "trade");
        long sector = factOf(article, "sector");
        review.confirm("reviewer", meeting, null);
        review.correctTrade("reviewer", trade, "turnover", new BigDecimal("85000000"), "USD", 2020, "the ministry's figure");
        review.reject("reviewer", sector, "not discussed");

        DyadFacts kgTm = overview.facts("KG", "TM", 2015, 2025);
        assertThat(kgTm.trade()).extracting(t -> t.amountUsd().stripTrailingZeros().toPlainString()).contains("85000000")
                .doesNotContain("75000000");

        ReparseService.Summary summary = reparse.reparseAll("admin", i -> { });
        assertThat(summary.articles()).isGreaterThanOrEqualTo(2);
        assertThat(summary.reviewedKept()).isGreaterThanOrEqualTo(3);

        assertThat(facts(article)).as("same facts, decisions kept, nothing re-added").hasSameSizeAs(parsed)
                .contains("meeting:confirmed", "trade:corrected", "sector:rejected");
        assertThat(review.item(trade).amount()).isEqualByComparingTo("85000000");
        assertThat(review.item(trade).reviewNote()).isEqualTo("the ministry's figure");
        assertThat(review.item(sector).reviewState()).isEqualTo("rejected");
        assertThat(overview.facts("KG", "TM", 2015, 2025).trade()).extracting(t -> t.amountUsd().stripTrailingZeros().toPlainString())
                .containsExactly("85000000");

        var actions = dsl.select(AUDIT_LOG.ACTION).from(AUDIT_LOG).where(AUDIT_LOG.ENTITY.eq("fact"),
                AUDIT_LOG.ENTITY_ID.in(meeting, trade, sector)).fetch(AUDIT_LOG.ACTION);
        assertThat(actions).containsExactlyInAnyOrder("confirm", "correct", "reject");
        String after = dsl.select(AUDIT_LOG.AFTER_JSON).from(AUDIT_LOG).where(AUDIT_LOG.ENTITY_ID.eq(trade)).fetchSingle().value1();
        String before = dsl.select(AUDIT_LOG.BEFORE_JSON).from(AUDIT_LOG).where(AUDIT_LOG.ENTITY_ID.eq(trade)).fetchSingle().value1();
        assertThat(before).contains("\"amount\":\"75000000\"", "\"state\":\"extracted\"");
        assertThat(after).contains("\"amount\":\"85000000\"", "\"state\":\"corrected\"");
        assertThat(dsl.fetchExists(AUDIT_LOG, AUDIT_LOG.ACTION.eq("reparse"))).isTrue();
    }

    @Test
    void a_bad_correction_is_refused_and_changes_nothing() {
        long article = ingest.ingest(new NewArticle("Trade between Kazakhstan and Uzbekistan reached $4 billion in 2022. "
                + System.nanoTime(), "en", null, LocalDate.of(2023, 1, 2), "Test", null, false), "test").articleId();
        long trade = factOf(article, "trade");
        assertThatThrownBy(() -> review.correctTrade("reviewer", trade, "turnover", new BigDecimal("-5"), "USD", 2022, null))
                .hasMessage("review.error.amount");
        assertThatThrownBy(() -> review.correctTrade("reviewer", trade, "bribes", BigDecimal.TEN, "USD", 2022, null))
                .hasMessage("review.error.kind");
        assertThatThrownBy(() -> review.correctMeeting("reviewer", trade, "talks", null, null)).hasMessage("review.error.type");
        assertThat(review.item(trade).reviewState()).isEqualTo("extracted");
        assertThat(review.item(trade).amount()).isEqualByComparingTo("4000000000");
    }
}
