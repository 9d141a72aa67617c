package org.dyad.base.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar dyad.jar backup FILE.sql.gz} and {@code restore FILE.sql.gz --replace}: a backup of
 * the embedded H2 database as a compressed SQL script (H2's {@code SCRIPT}: consistent while the app
 * runs, and readable by later H2 versions), and its restore (the app stopped: H2 locks its file). A
 * restore first saves the current database beside it, then replaces everything with the backup.
 * PostgreSQL has its own tools ({@code pg_dump}/{@code pg_restore}, see the README).
 */
@Component
public class BackupCommand {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT);

    private final DSLContext dsl;
    private final Path dataDir;
    private final Clock clock;

    public BackupCommand(DSLContext dsl, @Value("${dyad.data-dir}") Path dataDir, Clock clock) {
        this.dsl = dsl;
        this.dataDir = dataDir;
        this.clock = clock;
    }

    public int backup(List<String> args, PrintStream out, PrintStream err) {
        if (args.size() != 1 || args.getFirst().startsWith("-")) {
            err.println("usage: java -jar dyad.jar backup FILE.sql.gz");
            return 2;
        }
        if (!h2(err)) {
            return 2;
        }
        Path file = Path.of(args.getFirst()).toAbsolutePath();
        if (Files.exists(file)) {
            err.println("Not overwriting " + file + ": choose a new file name.");
            return 1;
        }
        long start = System.nanoTime();
        script(file);
        out.printf(Locale.ROOT, "Backed up the database to %s (%s) in %.1f s.%n", file, size(file), seconds(start));
        return 0;
    }

    public int restore(List<String> args, PrintStream out, PrintStream err) {
        if (args.size() != 2 || !args.contains("--replace")) {
            err.println("usage: java -jar dyad.jar restore FILE.sql.gz --replace   (stop the app first; the current"
                    + " database is saved beside it before it is replaced)");
            return 2;
        }
        if (!h2(err)) {
            return 2;
        }
        Path file = Path.of(args.get(args.indexOf("--replace") == 0 ? 1 : 0)).toAbsolutePath();
        if (!Files.isReadable(file)) {
            err.println("No backup at " + file + ".");
            return 1;
        }
        String invalid = invalid(file);
        if (invalid != null) {
            err.println(file + " is not a Dyad backup (" + invalid + "); nothing was changed.");
            return 1;
        }
        long start = System.nanoTime();
        Path safety = dataDir.toAbsolutePath().resolve("before-restore-" + LocalDateTime.now(clock).format(STAMP) + ".sql.gz");
        try {
            Files.createDirectories(safety.getParent());
        } catch (IOException e) {
            err.println("Cannot write the safety copy to " + safety.getParent() + ": " + e.getMessage());
            return 1;
        }
        script(safety);
        dsl.execute("DROP ALL OBJECTS");
        try {
            dsl.execute("RUNSCRIPT FROM " + literal(file) + " COMPRESSION GZIP");
        } catch (RuntimeException e) {
            err.println("The backup could not be applied (" + e.getMessage() + "). The database as it was is in " + safety
                    + ": restore it with: java -jar dyad.jar restore " + safety + " --replace");
            return 1;
        }
        out.printf(Locale.ROOT, "Restored %s in %.1f s. The database as it was before is in %s.%n", file, seconds(start), safety);
        return 0;
    }

    /**
     * Why {@code file} cannot be a backup made by {@link #backup}, or null: it must be a whole gzip
     * stream (its checksum verified to the end) of an H2 script, so that nothing is dropped for a
     * backup that cannot be read back.
     */
    static String invalid(Path file) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
            String first = in.readLine();
            if (first == null || !first.startsWith("-- H2 ")) {
                return "it does not start as an H2 script";
            }
            boolean tables = false;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                tables |= line.startsWith("CREATE MEMORY TABLE") || line.startsWith("CREATE CACHED TABLE");
            }
            return tables ? null : "it holds no tables";
        } catch (IOException e) {
            return "unreadable: " + e.getMessage();
        }
    }

    private boolean h2(PrintStream err) {
        if (dsl.dialect().family() != SQLDialect.H2) {
            err.println("backup and restore are for the embedded H2 database; on PostgreSQL use pg_dump and pg_restore"
                    + " (see the README's PostgreSQL section).");
            return false;
        }
        return true;
    }

    private void script(Path file) {
        dsl.execute("SCRIPT TO " + literal(file) + " COMPRESSION GZIP");
    }

    private static String literal(Path file) {
        return "'" + file.toString().replace("'", "''") + "'";
    }

    private static String size(Path file) {
        try {
            return String.format(Locale.ROOT, "%.1f MB", Files.size(file) / 1_000_000.0);
        } catch (IOException e) {
            return "?";
        }
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
