package org.dyad.article.upload;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import org.dyad.article.ArticleIngestService;
import org.dyad.article.ArticleReadService;
import org.dyad.article.IngestResult;
import org.dyad.article.NewArticle;
import org.dyad.extract.ArticleParser;
import org.dyad.reference.ReferenceParser;
import org.dyad.extract.ParsedArticle;
import org.dyad.extract.text.ScriptLanguageDetector;
import org.springframework.stereotype.Service;

/**
 * Uploads, for the admin page, the API and the ingest command alike: the text out of the file, its
 * language, a preview of what the parser finds (nothing stored), and storing it — one transaction,
 * the same text twice is one article, reported as a duplicate.
 */
@Service
public class UploadService {

    /** What the uploader says of the article; a null language means "detect it". */
    public record Metadata(String title, LocalDate published, String sourceName, String sourceUrl, String lang) {

        public static final Metadata NONE = new Metadata(null, null, null, null, null);
    }

    /** The text read from a file, its language, and the facts the parser finds in it; nothing stored yet. */
    public record Preview(String fileName, ExtractedText text, String lang, String title, ParsedArticle parsed) {

        public int factCount() {
            return parsed.meetings().size() + parsed.trade().size() + parsed.sectors().size() + parsed.organizations().size();
        }
    }

    /** The stored (or already present) article and how many facts of each kind it has. */
    public record Stored(long articleId, IngestResult.Status status, Map<String, Integer> facts) {}

    private final TextExtractor extractor;
    private final UploadLimits limits;
    private final ReferenceParser parser;
    private final ArticleIngestService ingest;
    private final ArticleReadService articles;
    private final Clock clock;

    public UploadService(UploadLimits limits, ReferenceParser parser, ArticleIngestService ingest, ArticleReadService articles,
                         Clock clock) {
        this.extractor = new TextExtractor(limits);
        this.limits = limits;
        this.parser = parser;
        this.ingest = ingest;
        this.articles = articles;
        this.clock = clock;
    }

    public UploadLimits limits() {
        return limits;
    }

    public Preview preview(String fileName, byte[] bytes, Metadata metadata) {
        return previewText(fileName, extractor.extract(fileName, bytes), metadata);
    }

    /** Pasted text: no file, no encoding to guess. */
    public Preview previewPasted(String text, Metadata metadata) {
        byte[] bytes = text == null ? new byte[0] : text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return previewText(null, extractor.extract("pasted.txt", bytes), metadata);
    }

    private Preview previewText(String fileName, ExtractedText text, Metadata metadata) {
        check(metadata);
        String lang = metadata.lang() != null ? metadata.lang()
                : ScriptLanguageDetector.detect(text.body()).orElseThrow(() -> new UploadException("upload.error.language"));
        String title = metadata.title() != null && !metadata.title().isBlank() ? metadata.title().strip() : text.title();
        if (title != null && title.length() > 1000) {
            title = title.substring(0, 1000);
        }
        return new Preview(fileName, text, lang, title, parser.current().parse(text.body(), lang, metadata.published()));
    }

    /** The same text read again in another language (when the detected one is wrong). */
    public Preview inLanguage(Preview preview, String lang, Metadata metadata) {
        Metadata chosen = new Metadata(metadata.title(), metadata.published(), metadata.sourceName(), metadata.sourceUrl(), lang);
        return previewText(preview.fileName(), preview.text(), chosen);
    }

    public Stored store(Preview preview, Metadata metadata, String username) {
        check(metadata);
        IngestResult result = ingest.ingest(new NewArticle(preview.text().body(), preview.lang(), preview.title(),
                metadata.published(), blankToNull(metadata.sourceName()), blankToNull(metadata.sourceUrl()), false), username);
        return new Stored(result.articleId(), result.status(), articles.factCounts(result.articleId()));
    }

    public Stored upload(String fileName, byte[] bytes, Metadata metadata, String username) {
        return store(preview(fileName, bytes, metadata), metadata, username);
    }

    private void check(Metadata m) {
        if (m.lang() != null && !m.lang().equals("ar") && !m.lang().equals("ru") && !m.lang().equals("en")) {
            throw new UploadException("upload.error.lang", m.lang());
        }
        if (m.sourceName() != null && m.sourceName().length() > 300) {
            throw new UploadException("upload.error.sourceName", 300);
        }
        if (m.sourceUrl() != null && !m.sourceUrl().isBlank()) {
            String url = m.sourceUrl().strip();
            boolean ok;
            try {
                URI uri = URI.create(url);
                String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
                ok = (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && url.length() <= 2000;
            } catch (IllegalArgumentException e) {
                ok = false;
            }
            if (!ok) {
                throw new UploadException("upload.error.sourceUrl");
            }
        }
        if (m.published() != null && (m.published().isAfter(LocalDate.now(clock).plusDays(1)) || m.published().getYear() < 1900)) {
            throw new UploadException("upload.error.published", m.published().toString());
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
