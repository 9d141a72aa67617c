package org.dyad.extract.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCommandTest {

    @TempDir
    Path dir;

    private record Run(int status, String out, String err) {}

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = EvalCommand.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static String line(String id, String meetings, String trade, String sectors) {
        return "{\"id\": \"" + id + "\", \"lang\": \"en\", \"published\": \"2024-05-02\", \"central_asia\": false,"
                + " \"meetings\": [" + meetings + "], \"trade\": [" + trade + "], \"sectors\": [" + sectors + "],"
                + " \"organizations\": [], \"country_pairs\": [[\"EG\", \"IN\"]]}";
    }

    private static final String TALKS = "{\"date\": \"2024-05-01\", \"kind\": \"talks\", \"participants\": ["
            + "{\"name_en\": \"Narendra Modi\", \"role\": \"prime_minister\", \"country\": \"IN\"},"
            + "{\"name_en\": \"Abdel Fattah el-Sisi\", \"role\": \"president\", \"country\": \"EG\"}]}";

    @Test
    void a_second_annotation_is_scored_against_the_gold_by_the_same_keys() throws Exception {
        Path gold = dir.resolve("gold.jsonl");
        Files.writeString(gold, String.join("\n",
                line("a", TALKS, "{\"value\": 5000000000, \"currency\": \"USD\", \"year\": 2023, \"kind\": \"turnover\"}",
                        "\"energy\", \"trade\""),
                line("b", TALKS, "", "\"energy\""),
                line("c", "", "", "")));
        Path second = dir.resolve("second.jsonl");
        // a agrees but for a sector and the undated meeting; b is read as a phone call by another spelling;
        // c is not annotated twice and is not scored
        Files.writeString(second, String.join("\n",
                line("a", TALKS.replace("\"2024-05-01\"", "null"),
                        "{\"value\": 5000000000, \"currency\": \"USD\", \"year\": 2023, \"kind\": \"turnover\"}", "\"energy\""),
                line("b", TALKS.replace("talks", "phone_call").replace("el-Sisi", "al-Sisi"), "", "\"energy\"")));
        Run r = run("--misses", "--real", gold.toString(), "--second", second.toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("on 2 items");
        assertThat(r.out()).containsPattern("meetings +all +0\\.500 +0\\.500 +0\\.500 +\\(1/2/2\\)");
        assertThat(r.out()).containsPattern("participants +all +1\\.000 +1\\.000 +1\\.000 +\\(4/4/4\\)");
        assertThat(r.out()).containsPattern("trade +all +1\\.000 +1\\.000 +1\\.000 +\\(1/1/1\\)");
        assertThat(r.out()).containsPattern("sectors +all +1\\.000 +0\\.667 +0\\.800 +\\(2/2/3\\)");
        assertThat(r.out()).containsPattern("meeting_kind +all +0\\.000 +\\(0 of 1 matched meetings\\)");
        assertThat(r.out()).contains("a: missed sector trade", "a: extra meeting ? [EG, IN]");
    }

    @Test
    void an_item_annotated_twice_or_unknown_to_the_gold_is_said() throws Exception {
        Path gold = dir.resolve("gold.jsonl");
        Files.writeString(gold, line("a", "", "", ""));
        Path twice = dir.resolve("twice.jsonl");
        Files.writeString(twice, line("a", "", "", "") + "\n" + line("a", "", "", ""));
        Run r = run("--real", gold.toString(), "--second", twice.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("a is annotated twice");
        Path other = dir.resolve("other.jsonl");
        Files.writeString(other, line("z", "", "", ""));
        r = run("--real", gold.toString(), "--second", other.toString());
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err()).contains("1 items of " + other + " are not in " + gold + " (not scored): z");
    }
}
