package org.dyad.article.seed;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Properties;

import org.dyad.article.ArticleIngestService;
import org.dyad.article.IngestResult;
import org.dyad.article.NewArticle;
import org.dyad.article.repository.ArticleRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * First start: with no article in the database, stores the real articles shipped under
 * {@code db/seed/} (each {@code NAME.txt} with its metadata in {@code NAME.properties}), parsed.
 * Storing is idempotent, so a restart, or two instances starting together, never duplicate them.
 * Later starts parse any article stored before the parser existed.
 */
@Component
@ConditionalOnProperty(name = "dyad.seed", havingValue = "true", matchIfMissing = true)
public class SeedArticles implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SeedArticles.class);
    static final String SEED_USER = "seed";

    private final ArticleIngestService ingest;
    private final ArticleRepository articles;

    public SeedArticles(ArticleIngestService ingest, ArticleRepository articles) {
        this.ingest = ingest;
        this.articles = articles;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (articles.count() > 0) {
            int parsed = ingest.parseUnparsed();
            if (parsed > 0) {
                log.info("Parsed {} article(s) stored before the parser ran over them", parsed);
            }
            return;
        }
        int created = seed();
        log.info("First start: stored and parsed {} seed article(s) from db/seed/", created);
    }

    /** Stores every seed article not yet stored; returns how many were new. */
    public int seed() {
        int created = 0;
        for (Resource text : seedTexts()) {
            if (ingest.ingest(read(text), SEED_USER).status() == IngestResult.Status.CREATED) {
                created++;
            }
        }
        return created;
    }

    private static Resource[] seedTexts() {
        try {
            Resource[] texts = new PathMatchingResourcePatternResolver().getResources("classpath*:db/seed/*.txt");
            Arrays.sort(texts, Comparator.comparing(Resource::getFilename));
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list db/seed/", e);
        }
    }

    private static NewArticle read(Resource text) {
        try {
            String body = text.getContentAsString(StandardCharsets.UTF_8);
            Properties meta = new Properties();
            Resource metaFile = text.createRelative(text.getFilename().replaceFirst("\\.txt$", ".properties"));
            if (metaFile.exists()) {
                try (Reader reader = new InputStreamReader(metaFile.getInputStream(), StandardCharsets.UTF_8)) {
                    meta.load(reader);
                }
            }
            String published = meta.getProperty("published");
            return new NewArticle(body, meta.getProperty("lang"), meta.getProperty("title"),
                    published == null ? null : LocalDate.parse(published),
                    meta.getProperty("source_name"), meta.getProperty("source_url"), false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read seed article " + text.getFilename(), e);
        }
    }
}
