package org.dyad.base.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.dyad.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class ReportCommandIT {

    @Autowired
    ReportCommand command;

    @Test
    void report_writes_a_pdf_and_refuses_bad_arguments(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("tj-kz.pdf");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = command.run(List.of("--pair", "TJ-KZ", "--from", "2015", "--to", "2025", "--lang", "ar", "-o", file.toString()),
                new PrintStream(out), new PrintStream(new ByteArrayOutputStream()));
        assertThat(status).isZero();
        assertThat(out.toString()).startsWith("Wrote " + file);
        assertThat(new String(Files.readAllBytes(file), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");

        ByteArrayOutputStream bench = new ByteArrayOutputStream();
        assertThat(command.run(List.of("--pair", "TJ-KZ", "--repeat", "3", "-o", file.toString()), new PrintStream(bench),
                new PrintStream(new ByteArrayOutputStream()))).isZero();
        assertThat(bench.toString()).containsPattern("Rendered 3 times: cold [0-9.]+ s, warm median [0-9.]+ s");

        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertThat(command.run(List.of("--pair", "TJKZ", "-o", file.toString()), new PrintStream(out), new PrintStream(err)))
                .isEqualTo(2);
        assertThat(command.run(List.of("--pair", "TJ-XX", "-o", file.toString()), new PrintStream(out), new PrintStream(err)))
                .isEqualTo(2);
        assertThat(err.toString()).contains("usage:", "unknown country XX");
    }
}
