package org.dyad.reference;

import java.util.concurrent.atomic.AtomicReference;

import org.dyad.extract.ArticleParser;
import org.dyad.reference.files.ReferenceFiles;
import org.dyad.reference.query.ReferenceDataQuery;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The parser the app uses, built from the reference data in the database (the curated files as
 * loaded at first start, plus the admins' edits). An edit rebuilds it when its transaction commits,
 * so the next article is parsed with the change — no restart; other instances on the same database
 * pick the edit up within {@code dyad.reference-check-interval} ms. (The {@code extract} command,
 * which has no database, uses the bundled files.)
 */
@Component
public class ReferenceParser {

    private final ReferenceDataQuery reference;
    private final AtomicReference<ArticleParser> current = new AtomicReference<>();
    private volatile long builtWithEdit;

    public ReferenceParser(ReferenceDataQuery reference) {
        this.reference = reference;
    }

    public ArticleParser current() {
        ArticleParser parser = current.get();
        if (parser == null) {
            synchronized (this) {
                parser = current.get();
                if (parser == null) {
                    parser = build();
                    current.set(parser);
                }
            }
        }
        return parser;
    }

    /** Rebuilds now, or — inside a transaction — once it has committed. */
    public void reload() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    current.set(build());
                }
            });
        } else {
            current.set(build());
        }
    }

    /**
     * Rebuilds when another instance has edited the reference data since the parser was built (its
     * edits are in the shared audit log); checked every {@code dyad.reference-check-interval} ms.
     */
    @Scheduled(fixedDelayString = "${dyad.reference-check-interval:10000}", initialDelayString = "${dyad.reference-check-interval:10000}")
    public void followOtherInstances() {
        try {
            if (current.get() != null && reference.newestEdit() > builtWithEdit) {
                reload();
            }
        } catch (DataAccessException e) {
            // the database is away: DatabaseStatus reports that; the next check catches up
        }
    }

    private ArticleParser build() {
        long edit = reference.newestEdit(); // read first: an edit committed during the build triggers another
        ArticleParser parser = new ArticleParser(reference.read(SectorTerms.BUNDLED));
        builtWithEdit = edit;
        return parser;
    }

    /** Sector terms are not edited in the app: read from the bundled files once, not at every rebuild. */
    private static final class SectorTerms {
        static final java.util.List<org.dyad.reference.files.ReferenceData.SectorTermRow> BUNDLED =
                ReferenceFiles.load().sectorTerms();
    }
}
