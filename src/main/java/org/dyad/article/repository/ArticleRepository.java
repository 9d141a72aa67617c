package org.dyad.article.repository;

import static org.dyad.db.Tables.ARTICLE;

import java.time.LocalDate;
import java.util.Optional;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
public class ArticleRepository {

    private final DSLContext dsl;

    public ArticleRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public record ArticleInsert(String body, String contentHash, String lang, String title, LocalDate published,
                                String sourceName, String sourceUrl, boolean synthetic, String ingestedBy,
                                String parserVersion) {}

    /** Inserts unless an article with the same content hash exists; true when a row was inserted. */
    public boolean insertIfAbsent(ArticleInsert a) {
        int rows = dsl.insertInto(ARTICLE)
                .set(ARTICLE.BODY, a.body())
                .set(ARTICLE.CONTENT_HASH, a.contentHash())
                .set(ARTICLE.CHAR_COUNT, a.body().length())
                .set(ARTICLE.LANG, a.lang())
                .set(ARTICLE.TITLE, a.title())
                .set(ARTICLE.PUBLISHED, a.published())
                .set(ARTICLE.SOURCE_NAME, a.sourceName())
                .set(ARTICLE.SOURCE_URL, a.sourceUrl())
                .set(ARTICLE.SYNTHETIC, a.synthetic())
                .set(ARTICLE.INGESTED_BY, a.ingestedBy())
                .set(ARTICLE.PARSER_VERSION, a.parserVersion())
                .onConflict(ARTICLE.CONTENT_HASH).doNothing()
                .execute();
        return rows > 0;
    }

    public Optional<Long> idByContentHash(String contentHash) {
        return dsl.select(ARTICLE.ID).from(ARTICLE).where(ARTICLE.CONTENT_HASH.eq(contentHash)).fetchOptional(ARTICLE.ID);
    }

    public int count() {
        return dsl.fetchCount(ARTICLE);
    }

    public int countSynthetic() {
        return dsl.fetchCount(ARTICLE, ARTICLE.SYNTHETIC.isTrue());
    }

    /** Deletes the synthetic articles; their facts, evidence and pairs go with them (on delete cascade). */
    public int deleteSynthetic() {
        return dsl.deleteFrom(ARTICLE).where(ARTICLE.SYNTHETIC.isTrue()).execute();
    }
}
