package org.dyad.article.demo;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

import org.dyad.article.ArticleIngestService;
import org.dyad.article.IngestResult;
import org.dyad.article.NewArticle;
import org.dyad.article.repository.ArticleRepository;
import org.dyad.base.audit.AuditLog;
import org.dyad.base.cli.Workers;
import org.dyad.reference.files.ReferenceFiles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Generates synthetic demo articles through the real ingestion and parser, and removes them all. */
@Service
public class DemoDataService {

    public static final String DEMO_USER = "demo";

    private final ArticleIngestService ingest;
    private final ArticleRepository articles;
    private final AuditLog audit;

    public DemoDataService(ArticleIngestService ingest, ArticleRepository articles, AuditLog audit) {
        this.ingest = ingest;
        this.articles = articles;
        this.audit = audit;
    }

    /** Stores {@code count} synthetic articles; returns how many were new (a seed used again adds none). */
    public int generate(int count, long seed, IntConsumer progress) {
        return generate(count, seed, 1, progress);
    }

    /**
     * As {@link #generate(int, long, IntConsumer)}, ingesting on {@code threads} threads (each article
     * its own transaction). The articles are the same for a seed whatever the number of threads;
     * {@code progress} gets the number of articles done so far, from the worker threads.
     */
    public int generate(int count, long seed, int threads, IntConsumer progress) {
        DemoArticles generator = new DemoArticles(ReferenceFiles.load(), seed);
        AtomicInteger created = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        try (Workers workers = new Workers(threads, "demo")) {
            for (int i = 1; i <= count; i++) {
                NewArticle article = generator.next(i);
                workers.submit(() -> {
                    if (ingest.ingest(article, DEMO_USER).status() == IngestResult.Status.CREATED) {
                        created.incrementAndGet();
                    }
                    progress.accept(done.incrementAndGet());
                });
            }
            workers.finish();
        }
        return created.get();
    }

    /** Deletes every synthetic article with its facts and evidence, and says who did it in the audit log; returns how many. */
    @Transactional
    public int removeAll(String actor) {
        int removed = articles.deleteSynthetic();
        audit.record(actor, "remove_synthetic", "article", null, "{\"syntheticArticles\":" + removed + "}",
                "{\"syntheticArticles\":0}");
        return removed;
    }

    public int countSynthetic() {
        return articles.countSynthetic();
    }
}
