package org.dyad.article;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.db.Tables.ARTICLE;
import static org.dyad.db.Tables.FACT;
import static org.dyad.db.Tables.TRADE_FIGURE;

import java.util.List;

import org.dyad.IntegrationTest;
import org.dyad.base.KaribuTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;

@IntegrationTest
class ArticleViewIT extends KaribuTest {

    @Autowired
    DSLContext dsl;

    @Test
    void the_reader_shows_the_arabic_text_right_to_left_with_the_evidence_marked() {
        long id = dsl.select(ARTICLE.ID).from(ARTICLE).where(ARTICLE.INGESTED_BY.eq("seed")).fetchSingle(ARTICLE.ID);
        long turnover = dsl.select(FACT.ID).from(FACT).join(TRADE_FIGURE).on(TRADE_FIGURE.FACT_ID.eq(FACT.ID))
                .where(FACT.ARTICLE_ID.eq(id), TRADE_FIGURE.TRADE_KIND.eq("turnover")).fetchSingle(FACT.ID);
        UI.getCurrent().navigate("articles/" + id,
                com.vaadin.flow.router.QueryParameters.simple(java.util.Map.of("fact", Long.toString(turnover))));

        assertThat(_get(H2.class).getText()).isEqualTo("لقاء مع رئيس وزراء جمهورية كازاخستان أولجاس بيكتينوف");
        Div body = _get(Div.class, spec -> spec.withId("article-body"));
        assertThat(body.getElement().getAttribute("dir")).isEqualTo("rtl");
        assertThat(body.getElement().getTextRecursively()).isEqualTo(dsl.fetchValue(ARTICLE.BODY, ARTICLE.ID.eq(id)));
        List<Span> marks = _find(body, Span.class, spec -> spec.withClasses("dyad-mark"));
        assertThat(marks).isNotEmpty();
        Span focus = _get(body, Span.class, spec -> spec.withId("focus"));
        assertThat(focus.getText()).contains("مليار ومائة وخمسين مليون دولار");
        assertThat(_get(Div.class, spec -> spec.withId("article-facts")).getElement().getTextRecursively())
                .contains("Turnover 1.15 bn USD, 2023, KZ–TJ", "Official visit, 2024-04-30: Olzhas Bektenov (KZ), Emomali Rahmon (TJ)",
                        "Sector: Energy", "Organization: SCO");
    }

    @Test
    void the_reader_lists_the_facts_in_the_ui_language() {
        long id = dsl.select(ARTICLE.ID).from(ARTICLE).where(ARTICLE.INGESTED_BY.eq("seed")).fetchSingle(ARTICLE.ID);
        reopenIn(java.util.Locale.forLanguageTag("ru"));
        UI.getCurrent().navigate("articles/" + id);
        String facts = _get(Div.class, spec -> spec.withId("article-facts")).getElement().getTextRecursively();
        assertThat(facts).contains("Фактов: ", "Официальный визит, 2024-04-30", "Товарооборот 1.15 млрд USD, 2023",
                "Отрасль: Энергетика", "Организация: SCO").doesNotContain("Sector:");
    }

    @Test
    void an_unknown_article_says_so() {
        UI.getCurrent().navigate("articles/999999");
        assertThat(_get(H2.class).getText()).isEqualTo("No such article");
    }
}
