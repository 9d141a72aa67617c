package org.dyad.base.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ingest} killed with SIGKILL in the middle of a batch, then run again: no article is stored
 * half (each has exactly the facts an uninterrupted run gives it), the second run adds only what is
 * missing, and the database ends up equal to one filled without interruption. Runs the real command
 * in a separate JVM on an embedded H2 file, as an operator would.
 */
class IngestKillIT {

    private static final Pattern PROGRESS = Pattern.compile("\\] (\\d+)/(\\d+)");
    private static final Pattern SUMMARY = Pattern.compile("Ingested (\\d+), duplicates (\\d+), failed (\\d+)");

    @TempDir
    Path dir;

    private Path articles() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("articles"));
        List<Path> sources;
        try (Stream<Path> gold = Files.walk(Path.of("src/test/resources/gold")); Stream<Path> heldout = Files.walk(Path.of("src/test/resources/heldout"))) {
            sources = Stream.concat(gold, heldout).filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        int n = 0;
        for (int copy = 0; copy < 5; copy++) {
            for (Path source : sources) {
                // distinct texts: each copy gets its own closing line
                Files.writeString(folder.resolve(String.format("%04d-%s", n++, source.getFileName())),
                        Files.readString(source) + "\n\nRef. " + copy + "-" + n + ".");
            }
        }
        return folder;
    }

    private static Process ingest(Path dataDir, Path folder) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.dyad.DyadApplication", "ingest", folder.toString());
        builder.environment().put("DYAD_DATA_DIR", dataDir.toString());
        builder.environment().remove("DYAD_DB_URL");
        return builder.start();
    }

    /** Reads the progress bar until {@code done} files are through, then kills the process (SIGKILL). */
    private static int killAfter(Process process, int done) throws Exception {
        BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
        StringBuilder chunk = new StringBuilder();
        int c;
        while ((c = err.read()) != -1) {
            chunk.append((char) c);
            Matcher m = PROGRESS.matcher(chunk);
            if (c == '\r' || c == '\n') {
                int seen = -1;
                while (m.find()) {
                    seen = Integer.parseInt(m.group(1));
                }
                chunk.setLength(0);
                if (seen >= done) {
                    process.destroyForcibly(); // SIGKILL: no shutdown hook, no rollback by the app
                    process.waitFor(30, TimeUnit.SECONDS);
                    return seen;
                }
            }
        }
        throw new AssertionError("the ingest ended before it could be killed");
    }

    private static Matcher finish(Process process) throws Exception {
        process.getErrorStream().transferTo(java.io.OutputStream.nullOutputStream());
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(300, TimeUnit.SECONDS)).isTrue();
        Matcher summary = SUMMARY.matcher(out);
        assertThat(summary.find()).as(out).isTrue();
        assertThat(process.exitValue()).as(out).isZero();
        return summary;
    }

    /** Each stored article (by content) with its number of facts. */
    private static Map<String, Integer> factsPerArticle(Path dataDir) throws Exception {
        Map<String, Integer> facts = new TreeMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dataDir.resolve("dyad"), "sa", "");
             ResultSet rs = c.createStatement().executeQuery("select a.content_hash, count(f.id) from article a"
                     + " left join fact f on f.article_id = a.id group by a.content_hash")) {
            while (rs.next()) {
                facts.put(rs.getString(1), rs.getInt(2));
            }
        }
        return facts;
    }

    @Test
    void a_batch_killed_midway_resumes_without_duplicates_or_half_stored_articles() throws Exception {
        Path folder = articles();
        int files;
        try (Stream<Path> list = Files.list(folder)) {
            files = (int) list.count();
        }

        Path interrupted = dir.resolve("interrupted");
        int seen = killAfter(ingest(interrupted, folder), files / 5);
        assertThat(seen).as("killed in the middle").isLessThan(files);
        int storedBeforeKill = factsPerArticle(interrupted).size() - 1; // minus the seed article
        assertThat(storedBeforeKill).as("some articles were committed before the kill").isPositive();
        System.out.printf("killed after %d of %d files, %d articles committed%n", seen, files, storedBeforeKill);

        Matcher resumed = finish(ingest(interrupted, folder));
        int created = Integer.parseInt(resumed.group(1));
        int duplicates = Integer.parseInt(resumed.group(2));
        assertThat(created + duplicates).isEqualTo(files);
        assertThat(duplicates).as("what the killed run committed is skipped, nothing else").isEqualTo(storedBeforeKill);

        Path whole = dir.resolve("whole");
        Matcher once = finish(ingest(whole, folder));
        assertThat(Integer.parseInt(once.group(1))).isEqualTo(files);

        // the same articles with the same facts each: nothing half stored, nothing twice
        assertThat(factsPerArticle(interrupted)).isEqualTo(factsPerArticle(whole)).hasSize(files + 1);
    }
}
