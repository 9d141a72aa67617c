package org.dyad.base.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.dyad.article.UploadIntegrationTest;
import org.dyad.article.upload.UploadFilesAccess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** {@code dyad ingest PATH...}: folders and files, a summary, failures with reasons, exit 1 when any failed. */
@UploadIntegrationTest
class IngestCommandIT {

    @Autowired
    IngestCommand command;

    @Test
    void a_folder_is_ingested_with_duplicates_and_failures_counted_and_named(@TempDir Path dir) throws Exception {
        String unique = " (" + System.nanoTime() + ")";
        Files.writeString(dir.resolve("a.txt"), "Kazakhstan and Turkmenistan held talks in Ashgabat on 5 May 2022." + unique);
        Files.writeString(dir.resolve("copy-of-a.txt"), "Kazakhstan and Turkmenistan held talks in Ashgabat on 5 May 2022." + unique);
        Files.write(dir.resolve("b.docx"), UploadFilesAccess.docx("B", "Uzbekistan and Kyrgyzstan discussed energy." + unique));
        Files.write(dir.resolve("empty.txt"), new byte[0]);
        Files.write(dir.resolve("photo.jpg"), new byte[]{1, 2, 3}); // not an article format: skipped in a folder
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub/c.html"), "<html><body><p>Tajikistan and Kyrgyzstan agreed on the border." + unique
                + "</p></body></html>");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = command.run(List.of(dir.toString(), "--published", "2024-01-10", "--threads", "4"), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        String summary = out.toString(StandardCharsets.UTF_8);
        assertThat(status).isEqualTo(1);
        assertThat(summary).contains("Ingested 3, duplicates 1, failed 1 (5 file(s)")
                .contains("empty.txt: The file is empty.").doesNotContain("photo.jpg");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("[##############################] 5/5");

        assertThat(summary).contains("4 thread(s)");

        // a second run, on one thread, adds nothing and fails only on the empty file again
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        command.run(List.of(dir.toString(), "--threads", "1"), new PrintStream(again, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()));
        assertThat(again.toString(StandardCharsets.UTF_8)).contains("Ingested 0, duplicates 4, failed 1");
    }

    @Test
    void everything_fine_exits_0_and_a_missing_path_or_bad_option_is_reported() throws Exception {
        Path file = Files.createTempFile("dyad-ingest", ".txt");
        Files.writeString(file, "Turkmenistan and Uzbekistan discussed gas transit. " + System.nanoTime());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(command.run(List.of(file.toString()), new PrintStream(out), new PrintStream(new ByteArrayOutputStream())))
                .isZero();
        assertThat(out.toString()).contains("Ingested 1, duplicates 0, failed 0");

        ByteArrayOutputStream missing = new ByteArrayOutputStream();
        assertThat(command.run(List.of("/no/such/place"), new PrintStream(missing), new PrintStream(new ByteArrayOutputStream())))
                .isEqualTo(1);
        assertThat(missing.toString()).contains("/no/such/place: no such file or folder");
        ByteArrayOutputStream usage = new ByteArrayOutputStream();
        assertThat(command.run(List.of("--bogus"), new PrintStream(new ByteArrayOutputStream()), new PrintStream(usage))).isEqualTo(2);
        assertThat(usage.toString()).contains("unknown option --bogus", "usage:");
        ByteArrayOutputStream noThreads = new ByteArrayOutputStream();
        assertThat(command.run(List.of("--threads", "0", file.toString()), new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(noThreads))).isEqualTo(2);
        assertThat(noThreads.toString()).contains("--threads must be at least 1", "usage:");
        Files.deleteIfExists(file);
    }
}
