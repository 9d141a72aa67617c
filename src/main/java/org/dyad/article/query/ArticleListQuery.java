package org.dyad.article.query;

import static org.dyad.db.Tables.ARTICLE;
import static org.dyad.db.Tables.ARTICLE_PAIR;
import static org.dyad.db.Tables.FACT;

import java.util.ArrayList;
import java.util.List;

import org.dyad.article.ArticleFilter;
import org.dyad.article.ArticleListItem;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** The articles list: filtered, newest first, a page at a time. */
@Repository
public class ArticleListQuery {

    private final DSLContext dsl;

    public ArticleListQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    public int count(ArticleFilter f) {
        return dsl.fetchCount(ARTICLE, condition(f));
    }

    public List<ArticleListItem> page(ArticleFilter f, int offset, int limit) {
        org.jooq.Field<Integer> facts = DSL.field(DSL.selectCount().from(FACT).where(FACT.ARTICLE_ID.eq(ARTICLE.ID)));
        org.jooq.Field<String> pairs = DSL.field(DSL.select(
                        DSL.listAgg(ARTICLE_PAIR.COUNTRY_LO.concat("–").concat(ARTICLE_PAIR.COUNTRY_HI), " ")
                                .withinGroupOrderBy(ARTICLE_PAIR.COUNTRY_LO, ARTICLE_PAIR.COUNTRY_HI))
                .from(ARTICLE_PAIR).where(ARTICLE_PAIR.ARTICLE_ID.eq(ARTICLE.ID)));
        return dsl.select(ARTICLE.ID, ARTICLE.TITLE, ARTICLE.SOURCE_NAME, ARTICLE.PUBLISHED, ARTICLE.LANG, ARTICLE.SYNTHETIC,
                        facts, pairs)
                .from(ARTICLE)
                .where(condition(f))
                .orderBy(ARTICLE.PUBLISHED.desc().nullsLast(), ARTICLE.ID.desc())
                .offset(offset).limit(limit)
                .fetch(r -> new ArticleListItem(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7() == null ? 0 : r.value7(), r.value8() == null ? "" : r.value8()));
    }

    private static Condition condition(ArticleFilter f) {
        List<Condition> c = new ArrayList<>();
        if (f.lang() != null && !f.lang().isBlank()) {
            c.add(ARTICLE.LANG.eq(f.lang()));
        }
        if (f.source() != null && !f.source().isBlank()) {
            c.add(ARTICLE.SOURCE_NAME.containsIgnoreCase(f.source().strip()));
        }
        if (f.from() != null) {
            c.add(ARTICLE.PUBLISHED.ge(f.from()));
        }
        if (f.to() != null) {
            c.add(ARTICLE.PUBLISHED.le(f.to()));
        }
        if (f.country() != null && !f.country().isBlank()) {
            c.add(DSL.exists(DSL.selectOne().from(ARTICLE_PAIR).where(ARTICLE_PAIR.ARTICLE_ID.eq(ARTICLE.ID),
                    ARTICLE_PAIR.COUNTRY_LO.eq(f.country()).or(ARTICLE_PAIR.COUNTRY_HI.eq(f.country())))));
        }
        if (f.text() != null && !f.text().isBlank()) {
            String t = f.text().strip();
            c.add(ARTICLE.TITLE.containsIgnoreCase(t).or(ARTICLE.BODY.containsIgnoreCase(t)));
        }
        return DSL.and(c);
    }
}
