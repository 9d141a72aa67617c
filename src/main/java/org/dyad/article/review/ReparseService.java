package org.dyad.article.review;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntConsumer;

import org.dyad.article.repository.FactRepository;
import org.dyad.base.audit.AuditLog;
import org.dyad.extract.ArticleParser;
import org.dyad.reference.ReferenceParser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs the parser again over every article (after a parser upgrade): each article in its own
 * transaction, its unreviewed facts replaced by the new parse, every reviewer's decision kept.
 * One re-parse at a time per app instance.
 */
@Service
public class ReparseService {

    /** What a re-parse did. */
    public record Summary(int articles, int factsBefore, int factsAfter, int reviewedKept, double seconds) {}

    private final FactRepository facts;
    private final ReferenceParser parser;
    private final TransactionTemplate transactions;
    private final AuditLog audit;
    private final AtomicBoolean running = new AtomicBoolean();

    public ReparseService(FactRepository facts, ReferenceParser parser, TransactionTemplate transactions, AuditLog audit) {
        this.facts = facts;
        this.parser = parser;
        this.transactions = transactions;
        this.audit = audit;
    }

    public boolean running() {
        return running.get();
    }

    /** Re-parses every article; {@code progress} gets the number done after each. Refused while one is running. */
    public Summary reparseAll(String actor, IntConsumer progress) {
        if (!running.compareAndSet(false, true)) {
            throw new ReviewException("reparse.error.running");
        }
        try {
            long start = System.nanoTime();
            List<Long> ids = facts.allArticleIds();
            int before = facts.factCount();
            int kept = 0;
            for (int i = 0; i < ids.size(); i++) {
                long id = ids.get(i);
                Integer k = transactions.execute(status -> {
                    FactRepository.StoredArticle a = facts.article(id);
                    return facts.replaceUnreviewed(id, parser.current().parse(a.body(), a.lang(), a.published()), ArticleParser.VERSION,
                            a.published());
                });
                kept += k == null ? 0 : k;
                progress.accept(i + 1);
            }
            int after = facts.factCount();
            Summary summary = new Summary(ids.size(), before, after, kept, (System.nanoTime() - start) / 1e9);
            int keptFinal = kept;
            transactions.executeWithoutResult(status -> audit.record(actor, "reparse", "article", null,
                    "{\"facts\":" + before + "}", "{\"articles\":" + ids.size() + ",\"facts\":" + after
                            + ",\"reviewedKept\":" + keptFinal + ",\"parserVersion\":\"" + ArticleParser.VERSION + "\"}"));
            return summary;
        } finally {
            running.set(false);
        }
    }

    public int articleCount() {
        return facts.allArticleIds().size();
    }
}
