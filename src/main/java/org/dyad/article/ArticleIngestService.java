package org.dyad.article;

import org.dyad.article.repository.ArticleRepository;
import org.dyad.article.repository.ArticleRepository.ArticleInsert;
import org.dyad.article.repository.FactRepository;
import org.dyad.extract.ArticleParser;
import org.dyad.reference.ReferenceParser;
import org.dyad.extract.text.ContentNormalizer;
import org.dyad.extract.text.ScriptLanguageDetector;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores articles and the facts the parser finds in them, in one transaction: an article is stored
 * with all its facts and their evidence, or not at all. The same content (after normalization) is
 * one article, however often and by however many people it is sent: the unique content hash
 * decides, not a prior lookup.
 */
@Service
public class ArticleIngestService {

    /** Upper bound of the body column; uploads are limited further by configuration. */
    public static final int MAX_CHARS = 1_000_000;

    private final ArticleRepository articles;
    private final FactRepository facts;
    private final ReferenceParser parser;

    public ArticleIngestService(ArticleRepository articles, FactRepository facts, ReferenceParser parser) {
        this.articles = articles;
        this.facts = facts;
        this.parser = parser;
    }

    @Transactional
    public IngestResult ingest(NewArticle article, String username) {
        String body = article.body() == null ? "" : article.body();
        if (body.isBlank()) {
            throw new ArticleValidationException("The article is empty.");
        }
        if (body.length() > MAX_CHARS) {
            throw new ArticleValidationException("The article has " + body.length()
                    + " characters; at most " + MAX_CHARS + " are accepted.");
        }
        String lang = article.lang() != null ? article.lang()
                : ScriptLanguageDetector.detect(body).orElseThrow(() -> new ArticleValidationException(
                        "The language could not be detected: the text has no Arabic, Cyrillic or Latin letters."));
        if (!lang.equals("ar") && !lang.equals("ru") && !lang.equals("en")) {
            throw new ArticleValidationException("Language must be ar, ru or en, not '" + lang + "'.");
        }
        String hash = ContentNormalizer.hash(body);
        boolean created;
        try {
            created = articles.insertIfAbsent(new ArticleInsert(body, hash, lang, article.title(), article.published(),
                    article.sourceName(), article.sourceUrl(), article.synthetic(), username, ArticleParser.VERSION));
        } catch (DuplicateKeyException raceLost) {
            created = false;
        }
        long id = articles.idByContentHash(hash)
                .orElseThrow(() -> new IllegalStateException("article vanished after insert: " + hash));
        if (created) {
            facts.store(id, parser.current().parse(body, lang, article.published()), ArticleParser.VERSION, article.published());
        }
        return new IngestResult(id, created ? IngestResult.Status.CREATED : IngestResult.Status.DUPLICATE);
    }

    /** Parses the articles stored before the parser ran over them (e.g. by an earlier version); returns how many. */
    @Transactional
    public int parseUnparsed() {
        int n = 0;
        for (long id : facts.unparsedArticleIds()) {
            FactRepository.StoredArticle a = facts.article(id);
            facts.store(id, parser.current().parse(a.body(), a.lang(), a.published()), ArticleParser.VERSION, a.published());
            n++;
        }
        return n;
    }
}
