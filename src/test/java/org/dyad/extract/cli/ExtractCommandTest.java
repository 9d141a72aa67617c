package org.dyad.extract.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ExtractCommandTest {

    @TempDir
    Path dir;

    private record Run(int status, List<JsonNode> lines, String err) {}

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = ExtractCommand.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        List<JsonNode> lines = new ArrayList<>();
        JsonMapper mapper = JsonMapper.builder().build();
        out.toString(StandardCharsets.UTF_8).lines().forEach(l -> lines.add(mapper.readTree(l)));
        return new Run(status, lines, err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void one_json_line_per_file_in_order_and_errors_do_not_stop_the_others() throws Exception {
        Path good = dir.resolve("good.txt");
        Files.writeString(good, "President Emomali Rahmon held talks with President Shavkat Mirziyoyev today.");
        Path binary = dir.resolve("binary.bin");
        Files.write(binary, new byte[]{1, 2, 0, 3});
        Path latin1 = dir.resolve("legacy.txt");
        Files.write(latin1, new byte[]{(byte) 0xE9, (byte) 0xE8, 'a'});
        Run r = run("--published", "2024-05-01", good.toString(), binary.toString(), dir.resolve("missing.txt").toString(),
                latin1.toString());
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.lines()).hasSize(4);
        assertThat(r.lines().get(0).get("file").asString()).isEqualTo(good.toString());
        assertThat(r.lines().get(0).get("meetings").get(0).get("date").asString()).isEqualTo("2024-05-01");
        assertThat(r.lines().get(0).get("meetings").get(0).get("kind").asString()).isEqualTo("talks");
        assertThat(r.lines().get(1).get("error").asString()).contains("binary");
        assertThat(r.lines().get(2).get("error").asString()).isEqualTo("no such file");
        assertThat(r.lines().get(3).get("error").asString()).contains("not UTF-8");
    }

    @Test
    void amounts_are_plain_numbers_and_the_contract_fields_are_there() throws Exception {
        Path f = dir.resolve("a.txt");
        Files.writeString(f, "Товарооборот между Казахстаном и Таджикистаном в 2023 году составил 1,15 млрд долларов.");
        JsonNode line = run(f.toString()).lines().getFirst();
        JsonNode t = line.get("trade").get(0);
        assertThat(t.get("value").toString()).isEqualTo("1150000000");
        assertThat(t.get("value_usd").toString()).isEqualTo("1150000000");
        assertThat(t.get("year").asInt()).isEqualTo(2023);
        assertThat(t.get("kind").asString()).isEqualTo("turnover");
        assertThat(line.has("country_pairs")).isTrue();
        assertThat(line.get("lang").asString()).isEqualTo("ru");
        assertThat(line.get("published").isNull()).isTrue();
    }

    @Test
    void usage_errors_exit_with_2() {
        assertThat(run().status()).isEqualTo(2);
        assertThat(run("--lang", "fr", "x.txt").status()).isEqualTo(2);
        assertThat(run("--published", "30.04.2024", "x.txt").err()).contains("not a date");
    }
}
