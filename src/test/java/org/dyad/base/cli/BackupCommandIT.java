package org.dyad.base.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.db.Tables.ARTICLE;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;

import org.dyad.IntegrationTest;
import org.dyad.article.ArticleIngestService;
import org.dyad.article.NewArticle;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** Back up the embedded database, change it, restore it: every table reads back as it was. */
@IntegrationTest
class BackupCommandIT {

    @Autowired
    DSLContext dsl;

    @Autowired
    ArticleIngestService ingest;

    @Autowired
    Clock clock;

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private PrintStream print(ByteArrayOutputStream to) {
        return new PrintStream(to, true, StandardCharsets.UTF_8);
    }

    /** Each table's rows, in a fixed order, hashed: equal digests mean equal contents. */
    private TreeMap<String, String> digest() throws Exception {
        TreeMap<String, String> digests = new TreeMap<>();
        DSLContext quoted = DSL.using(dsl.configuration().derive(
                ((Settings) dsl.settings().clone()).withRenderQuotedNames(RenderQuotedNames.ALWAYS)));
        for (Table<?> table : quoted.meta().getSchemas("PUBLIC").getFirst().getTables()) {
            if (!table.getTableType().isTable()) {
                continue;
            }
            String rows = quoted.selectFrom(table).orderBy(table.fields()).fetch().formatCSV();
            digests.put(table.getName(), HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(rows.getBytes(StandardCharsets.UTF_8))));
        }
        return digests;
    }

    @Test
    void a_restore_brings_back_every_table_as_it_was_backed_up() throws Exception {
        BackupCommand command = new BackupCommand(dsl, dir.resolve("data"), clock);
        Path backup = dir.resolve("dyad-backup.sql.gz");
        if (dsl.dialect().family() != SQLDialect.H2) {
            assertThat(command.backup(List.of(backup.toString()), print(out), print(err))).isEqualTo(2);
            assertThat(err.toString(StandardCharsets.UTF_8)).contains("pg_dump");
            return;
        }
        TreeMap<String, String> before = digest();
        assertThat(before).containsKeys("ARTICLE", "FACT", "MEETING", "COUNTRY", "flyway_schema_history");
        int articles = dsl.fetchCount(ARTICLE);

        assertThat(command.backup(List.of(backup.toString()), print(out), print(err))).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Backed up the database to " + backup);
        assertThat(Files.size(backup)).isPositive();
        assertThat(command.backup(List.of(backup.toString()), print(out), print(err))).as("never overwrites").isEqualTo(1);

        ingest.ingest(new NewArticle("Made after the backup. Tajikistan and Kazakhstan held talks in Dushanbe on 3 March 2025.",
                "en", "After the backup", LocalDate.of(2025, 3, 4), "test", null, false), "test");
        assertThat(dsl.fetchCount(ARTICLE)).isEqualTo(articles + 1);
        assertThat(digest()).isNotEqualTo(before);

        assertThat(command.restore(List.of(backup.toString()), print(out), print(err))).as("needs --replace").isEqualTo(2);
        assertThat(command.restore(List.of(backup.toString(), "--replace"), print(out), print(err))).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Restored " + backup);
        assertThat(digest()).isEqualTo(before);
        // the database as it was before the restore was saved first
        try (var saved = Files.list(dir.resolve("data"))) {
            assertThat(saved.map(p -> p.getFileName().toString()).toList()).singleElement().asString().startsWith("before-restore-");
        }
    }

    @Test
    void a_damaged_backup_is_refused_before_anything_is_touched() throws Exception {
        if (dsl.dialect().family() != SQLDialect.H2) {
            return;
        }
        BackupCommand command = new BackupCommand(dsl, dir.resolve("data"), clock);
        TreeMap<String, String> before = digest();
        Path good = dir.resolve("good.sql.gz");
        assertThat(command.backup(List.of(good.toString()), print(out), print(err))).isZero();
        byte[] bytes = Files.readAllBytes(good);
        Path truncated = dir.resolve("truncated.sql.gz");
        Files.write(truncated, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        Path notGzip = dir.resolve("not-gzip.sql.gz");
        Files.writeString(notGzip, "DROP ALL OBJECTS;");
        Path notAScript = dir.resolve("not-a-script.sql.gz");
        try (var gz = new java.util.zip.GZIPOutputStream(Files.newOutputStream(notAScript))) {
            gz.write("just some text".getBytes(StandardCharsets.UTF_8));
        }
        for (Path bad : List.of(truncated, notGzip, notAScript, dir.resolve("missing.sql.gz"))) {
            err.reset();
            assertThat(command.restore(List.of(bad.toString(), "--replace"), print(out), print(err))).as(bad.toString()).isEqualTo(1);
            assertThat(err.toString(StandardCharsets.UTF_8)).as(bad.toString()).containsAnyOf("not a Dyad backup", "No backup at");
        }
        assertThat(digest()).isEqualTo(before);
        assertThat(dir.resolve("data")).doesNotExist();
    }
}
