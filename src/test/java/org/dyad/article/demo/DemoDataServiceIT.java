package org.dyad.article.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.db.Tables.ARTICLE;
import static org.dyad.db.Tables.EVIDENCE;
import static org.dyad.db.Tables.FACT;

import org.dyad.analytics.DyadOverviewService;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Demo data goes in through the real parser, marked synthetic, and comes out entirely. Own database. */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:dyad-demo;DB_CLOSE_DELAY=-1",
        "spring.datasource.username=sa", "spring.datasource.password="})
class DemoDataServiceIT {

    @Autowired
    DemoDataService demo;
    @Autowired
    DyadOverviewService overview;
    @Autowired
    DSLContext dsl;

    @Test
    void generated_articles_are_synthetic_parsed_visible_as_synthetic_and_removable() {
        int real = dsl.fetchCount(ARTICLE);
        int realFacts = dsl.fetchCount(FACT);
        assertThat(demo.generate(40, 5, i -> { })).isEqualTo(40);
        assertThat(demo.generate(40, 5, i -> { })).as("the same seed again adds nothing").isZero();
        assertThat(demo.countSynthetic()).isEqualTo(40);
        assertThat(dsl.fetchCount(FACT)).isGreaterThan(realFacts + 40 * 3);

        String pair = dsl.select(org.dyad.db.Tables.ARTICLE_PAIR.COUNTRY_LO, org.dyad.db.Tables.ARTICLE_PAIR.COUNTRY_HI)
                .from(org.dyad.db.Tables.ARTICLE_PAIR).join(ARTICLE).on(ARTICLE.ID.eq(org.dyad.db.Tables.ARTICLE_PAIR.ARTICLE_ID))
                .where(ARTICLE.SYNTHETIC.isTrue()).limit(1).fetchSingle(r -> r.value1() + "-" + r.value2());
        assertThat(overview.facts(pair.substring(0, 2), pair.substring(3), 2000, 2026).synthetic()).isTrue();
        assertThat(overview.syntheticInView(pair.substring(0, 2), 2000, 2026)).isTrue();

        assertThat(demo.removeAll("test-admin")).isEqualTo(40);
        assertThat(overview.syntheticInView(pair.substring(0, 2), 2000, 2026)).isFalse();
        assertThat(dsl.fetchCount(ARTICLE)).isEqualTo(real);
        assertThat(dsl.fetchCount(FACT)).isEqualTo(realFacts);
        assertThat(dsl.fetchCount(EVIDENCE.join(ARTICLE).on(ARTICLE.ID.eq(EVIDENCE.ARTICLE_ID)), ARTICLE.SYNTHETIC.isTrue()))
                .isZero();
    }

    @Test
    void several_threads_store_exactly_what_one_thread_stores() {
        assertThat(demo.generate(60, 9, 3, i -> { })).isEqualTo(60);
        java.util.Map<String, java.util.List<String>> parallel = factsByArticle();
        demo.removeAll("test-admin");
        assertThat(demo.generate(60, 9, 1, i -> { })).isEqualTo(60);
        java.util.Map<String, java.util.List<String>> sequential = factsByArticle();
        demo.removeAll("test-admin");

        assertThat(parallel).hasSize(60).isEqualTo(sequential);
    }

    /** Per synthetic article (by content hash): its facts as type and evidence span, in a stable order. */
    private java.util.Map<String, java.util.List<String>> factsByArticle() {
        java.util.Map<String, java.util.List<String>> out = new java.util.TreeMap<>();
        dsl.select(ARTICLE.CONTENT_HASH, FACT.FACT_TYPE, EVIDENCE.SPAN_START, EVIDENCE.SPAN_END)
                .from(FACT).join(ARTICLE).on(ARTICLE.ID.eq(FACT.ARTICLE_ID))
                .join(EVIDENCE).on(EVIDENCE.FACT_ID.eq(FACT.ID))
                .where(ARTICLE.SYNTHETIC.isTrue())
                .forEach(r -> out.computeIfAbsent(r.value1(), k -> new java.util.ArrayList<>())
                        .add(r.value2() + "@" + r.value3() + "-" + r.value4()));
        out.values().forEach(java.util.Collections::sort);
        return out;
    }
}
