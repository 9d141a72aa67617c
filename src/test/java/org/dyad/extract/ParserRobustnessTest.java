package org.dyad.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.dyad.extract.text.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Property tests with fixed seeds: whatever the input, the parser returns (no exception, no hang)
 * and every evidence span lies inside the text. Speed is measured by the bench command, not here;
 * the timeouts only catch a hang or a blow-up.
 */
class ParserRobustnessTest {

    private static final ArticleParser PARSER = ArticleParser.fromReferenceFiles();
    private static List<String> gold;

    @BeforeAll
    static void loadGold() throws URISyntaxException, IOException {
        Path dir = Path.of(ParserRobustnessTest.class.getClassLoader().getResource("gold").toURI());
        try (Stream<Path> files = Files.walk(dir)) {
            gold = files.filter(p -> p.toString().endsWith(".txt")).sorted().map(p -> {
                try {
                    return Files.readString(p, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        }
    }

    private static void parsesSafely(String text) {
        for (String lang : new String[]{null, "ar", "ru", "en"}) {
            ParsedArticle a = PARSER.parse(text, lang, LocalDate.of(2024, 4, 30));
            Stream.of(a.meetings().stream().flatMap(m -> m.evidence().stream()),
                            a.trade().stream().flatMap(t -> t.evidence().stream()),
                            a.sectors().stream().flatMap(s -> s.evidence().stream()),
                            a.organizations().stream().flatMap(o -> o.evidence().stream()))
                    .flatMap(s -> s)
                    .forEach((Span s) -> assertThat(s.end()).isLessThanOrEqualTo(text.length()));
        }
    }

    /** Random text drawn from the scripts, digits, marks and separators articles contain, and worse. */
    private static String randomText(Random r, int length) {
        int[][] ranges = {{0x20, 0x7E}, {0x0600, 0x06FF}, {0x0400, 0x04FF}, {0x0660, 0x0669}, {0x064B, 0x065F},
                {0x2000, 0x206F}, {0xFB50, 0xFDFF}, {0xFE70, 0xFEFF}, {0x1F600, 0x1F64F}, {0xD800, 0xDFFF}, {0, 0x1F}};
        StringBuilder b = new StringBuilder(length);
        while (b.length() < length) {
            int[] range = ranges[r.nextInt(ranges.length)];
            int cp = range[0] + r.nextInt(range[1] - range[0] + 1);
            if (cp >= 0xD800 && cp <= 0xDFFF) {
                b.append((char) cp); // lone surrogates, as broken files have them
            } else {
                b.appendCodePoint(cp);
            }
            if (r.nextInt(6) == 0) {
                b.append(' ');
            }
        }
        return b.toString();
    }

    @Test
    void random_unicode_never_breaks_the_parser() {
        Random r = new Random(20261129);
        assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
            for (int i = 0; i < 300; i++) {
                parsesSafely(randomText(r, 1 + r.nextInt(3000)));
            }
        });
    }

    @Test
    void truncated_and_concatenated_articles_never_break_the_parser() {
        Random r = new Random(42);
        assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
            for (int i = 0; i < 200; i++) {
                String a = gold.get(r.nextInt(gold.size()));
                String b = gold.get(r.nextInt(gold.size()));
                parsesSafely(a.substring(0, r.nextInt(a.length() + 1)));
                parsesSafely(a.substring(r.nextInt(a.length() + 1)));
                parsesSafely(a + b);
                parsesSafely(a.substring(0, r.nextInt(a.length() + 1)) + b.substring(r.nextInt(b.length() + 1)));
            }
        });
    }

    @Test
    void huge_numbers_are_amounts_not_crashes() {
        ParsedArticle a = PARSER.parse("Trade reached $" + "9".repeat(100_000) + " billion.", "en", null);
        assertThat(a.trade()).hasSize(1);
        parsesSafely("товарооборот " + "миллиард ".repeat(50_000) + "долларов");
        parsesSafely("9/".repeat(20_000) + "483 مليون دولار");
        parsesSafely("1,".repeat(50_000) + "5 млрд долларов");
    }

    @ParameterizedTest
    @ValueSource(strings = {"مليار ", "و ", "visit ", "Президент ", "منظمة ", "1 ", "$ ", ". ", "الخامس منظمة ",
            "Emomali Rahmon met Vladimir Putin. ", "а"})
    void a_megabyte_of_one_repeated_word_completes(String word) {
        String text = word.repeat(1_000_000 / word.length());
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            ParsedArticle a = PARSER.parse(text, null, LocalDate.of(2024, 4, 30));
            assertThat(a).isNotNull();
        });
    }
}
