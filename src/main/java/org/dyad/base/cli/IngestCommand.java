package org.dyad.base.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.dyad.article.ArticleValidationException;
import org.dyad.article.IngestResult;
import org.dyad.article.upload.UploadException;
import org.dyad.article.upload.UploadService;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar dyad.jar ingest [--published YYYY-MM-DD] [--source-name NAME] [--lang ar|ru|en] PATH...}:
 * stores articles from files and folders (folders: every .txt, .html, .htm, .pdf and .docx inside,
 * recursively) through the same checks as an upload, on {@code --threads} threads (one per processor by
 * default). Each article is its own transaction, so a failure or an interruption loses only the files
 * at hand and a second run adds only what is missing.
 * Prints a progress bar and a summary; exits 1 when any file failed, 2 on a usage error.
 */
@Component
public class IngestCommand {

    private static final List<String> EXTENSIONS = List.of(".txt", ".html", ".htm", ".pdf", ".docx");

    private final UploadService uploads;

    public IngestCommand(UploadService uploads) {
        this.uploads = uploads;
    }

    public int run(List<String> args, PrintStream out, PrintStream err) {
        LocalDate published = null;
        String sourceName = null;
        String lang = null;
        int threads = Workers.defaultThreads();
        List<Path> paths = new ArrayList<>();
        try {
            for (int i = 0; i < args.size(); i++) {
                switch (args.get(i)) {
                    case "--published" -> published = LocalDate.parse(args.get(++i));
                    case "--source-name" -> sourceName = args.get(++i);
                    case "--lang" -> lang = args.get(++i).equals("auto") ? null : args.get(i);
                    case "--threads" -> {
                        threads = Integer.parseInt(args.get(++i));
                        if (threads < 1) {
                            throw new IllegalArgumentException("--threads must be at least 1");
                        }
                    }
                    default -> {
                        if (args.get(i).startsWith("--")) {
                            throw new IllegalArgumentException("unknown option " + args.get(i));
                        }
                        paths.add(Path.of(args.get(i)));
                    }
                }
            }
        } catch (IndexOutOfBoundsException | DateTimeParseException | IllegalArgumentException e) {
            err.println("ingest: " + (e instanceof IllegalArgumentException ? e.getMessage() : "bad arguments"));
            paths.clear();
        }
        if (paths.isEmpty()) {
            err.println("usage: java -jar dyad.jar ingest [--published YYYY-MM-DD] [--source-name NAME] [--lang ar|ru|en] [--threads T] PATH...");
            return 2;
        }
        List<Path> files = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile)
                            .filter(f -> EXTENSIONS.stream().anyMatch(ext -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(ext)))
                            .sorted().forEach(files::add);
                } catch (IOException e) {
                    failures.add(p + ": cannot read the folder (" + e.getMessage() + ")");
                }
            } else if (Files.isRegularFile(p)) {
                files.add(p);
            } else {
                failures.add(p + ": no such file or folder");
            }
        }
        UploadService.Metadata metadata = new UploadService.Metadata(null, published, sourceName, null, lang);
        String user = "cli:" + System.getProperty("user.name", "unknown");
        Tally tally = new Tally(files.size(), failures);
        long start = System.nanoTime();
        try (Workers workers = new Workers(threads, "ingest")) {
            for (Path file : files) {
                workers.submit(() -> tally.done(err, ingest(file, metadata, user)));
            }
            workers.finish();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (!files.isEmpty()) {
            err.println();
        }
        out.printf(Locale.ROOT, "Ingested %d, duplicates %d, failed %d (%d file(s) in %.1f s, %d thread(s)).%n", tally.created,
                tally.duplicates, failures.size(), files.size(), seconds, threads);
        failures.sort(null); // threads finish in any order
        for (String f : failures) {
            out.println("  failed: " + f);
        }
        return failures.isEmpty() ? 0 : 1;
    }

    /** Stored (new or a duplicate), or failed with a reason. */
    private record Outcome(IngestResult.Status status, String failure) {}

    /** Stores one file. */
    private Outcome ingest(Path file, UploadService.Metadata metadata, String user) {
        try {
            if (Files.size(file) > uploads.limits().maxFileBytes()) {
                throw new UploadException("upload.error.tooLarge", String.format(Locale.ROOT, "%.1f", Files.size(file) / 1048576.0),
                        String.format(Locale.ROOT, "%.1f", uploads.limits().maxFileBytes() / 1048576.0));
            }
            return new Outcome(uploads.upload(file.getFileName().toString(), Files.readAllBytes(file), metadata, user).status(), null);
        } catch (UploadException e) {
            return new Outcome(null, file + ": " + e.message(Locale.ENGLISH));
        } catch (ArticleValidationException e) {
            return new Outcome(null, file + ": " + e.getMessage());
        } catch (IOException e) {
            return new Outcome(null, file + ": cannot read (" + e.getMessage() + ")");
        }
    }

    /** What the workers have done so far, and the progress bar that shows it. */
    private static final class Tally {
        private final int total;
        private final List<String> failures;
        private int done;
        private int created;
        private int duplicates;

        Tally(int total, List<String> failures) {
            this.total = total;
            this.failures = failures;
        }

        synchronized void done(PrintStream err, Outcome outcome) {
            if (outcome.failure() != null) {
                failures.add(outcome.failure());
            } else if (outcome.status() == IngestResult.Status.CREATED) {
                created++;
            } else {
                duplicates++;
            }
            done++;
            int width = 30;
            int filled = total == 0 ? width : done * width / total;
            err.printf(Locale.ROOT, "\r[%s%s] %d/%d  new %d  duplicate %d  failed %d", "#".repeat(filled), ".".repeat(width - filled),
                    done, total, created, duplicates, failures.size());
            err.flush();
        }
    }
}
