package org.dyad.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.dyad.article.upload.TextExtractor;
import org.dyad.article.upload.UploadException;
import org.dyad.article.upload.UploadLimits;
import org.dyad.extract.ArticleParser;
import org.dyad.extract.ParsedArticle;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Coverage-guided fuzzing (Jazzer) of what reads untrusted input: the article parser and the upload
 * text extractors. A normal test run replays the inputs under {@code src/test/resources/org/dyad/fuzz}
 * ("regression mode"); {@code JAZZER_FUZZ=1} fuzzes for the executions given (see the README).
 * Any exception other than a refusal with a reason, or an input running over Jazzer's timeout, fails.
 */
class ParserFuzzTest {

    static {
        // damaged PDFs make PDFBox warn at length; a million of them would be all the fuzzer does
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("org.apache.pdfbox"))
                .setLevel(ch.qos.logback.classic.Level.ERROR);
    }

    private static final int MAX_CHARS = 400;
    private static final ArticleParser PARSER = ArticleParser.fromReferenceFiles();
    private static final TextExtractor EXTRACTOR = new TextExtractor(UploadLimits.DEFAULT);

    @FuzzTest(maxExecutions = 1_000_000, maxDuration = "3h")
    void parser(FuzzedDataProvider data) {
        String lang = data.pickValue(new String[] {"ar", "ru", "en", null});
        // a sentence or two per input (400 characters), so that a million fit in minutes; long and huge texts
        // are the property tests' (ParserRobustnessTest: 1 MB, 100,000-digit numbers)
        String text = data.consumeString(MAX_CHARS);
        ParsedArticle parsed = PARSER.parse(text, lang, LocalDate.of(2024, 4, 30));
        assertThat(parsed).isNotNull();
    }

    @FuzzTest(maxExecutions = 1_000_000, maxDuration = "3h")
    void extractors(FuzzedDataProvider data) {
        String name = data.pickValue(new String[] {"a.txt", "a.html", "a.pdf", "a.docx", "a"});
        byte[] bytes = data.consumeRemainingAsBytes();
        try {
            assertThat(EXTRACTOR.extract(name, bytes).body()).isNotNull();
        } catch (UploadException refused) {
            assertThat(refused.getMessage()).isNotBlank(); // refused with a reason: fine
        }
    }
}
