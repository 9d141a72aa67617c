package org.dyad.base.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.dyad.article.UploadIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@UploadIntegrationTest
class ReparseCommandIT {

    @Autowired
    ReparseCommand command;

    @Test
    void reparse_prints_what_it_did_and_refuses_arguments() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = command.run(List.of(), new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()));
        assertThat(status).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).containsPattern(
                "Re-parsed \\d+ article\\(s\\) in [0-9.]+ s: facts \\d+ before, \\d+ after; \\d+ reviewed fact\\(s\\) kept as decided.");
        assertThat(command.run(List.of("--now"), new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream())))
                .isEqualTo(2);
    }
}
