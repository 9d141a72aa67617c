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
 * recursively) through the same checks as an upload. Each article is its own transaction, so a
 * failure or an interruption loses only the file at hand and a second run adds only what is missing.
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
        List<Path> paths = new ArrayList<>();
        try {
            for (int i = 0; i < args.size(); i++) {
                switch (args.get(i)) {
                    case "--published" -> published = LocalDate.parse(args.get(++i));
                    case "--source-name" -> sourceName = args.get(++i);
                    case "--lang" -> lang = args.get(++i).equals("auto") ? null : args.get(i);
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
            err.println("usage: java -jar dyad.jar ingest [--published YYYY-MM-DD] [--source-name NAME] [--lang ar|ru|en] PATH...");
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
        int created = 0;
        int duplicates = 0;
        long start = System.nanoTime();
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            try {
                if (Files.size(file) > uploads.limits().maxFileBytes()) {
                    throw new UploadException("upload.error.tooLarge", String.format(Locale.ROOT, "%.1f", Files.size(file) / 1048576.0),
                            String.format(Locale.ROOT, "%.1f", uploads.limits().maxFileBytes() / 1048576.0));
                }
                UploadService.Stored stored = uploads.upload(file.getFileName().toString(), Files.readAllBytes(file), metadata, user);
                if (stored.status() == IngestResult.Status.CREATED) {
                    created++;
                } else {
                    duplicates++;
                }
            } catch (UploadException e) {
                failures.add(file + ": " + e.message(Locale.ENGLISH));
            } catch (ArticleValidationException e) {
                failures.add(file + ": " + e.getMessage());
            } catch (IOException e) {
                failures.add(file + ": cannot read (" + e.getMessage() + ")");
            }
            progress(err, i + 1, files.size(), created, duplicates, failures.size());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (!files.isEmpty()) {
            err.println();
        }
        out.printf(Locale.ROOT, "Ingested %d, duplicates %d, failed %d (%d file(s) in %.1f s).%n", created, duplicates,
                failures.size(), files.size(), seconds);
        for (String f : failures) {
            out.println("  failed: " + f);
        }
        return failures.isEmpty() ? 0 : 1;
    }

    private static void progress(PrintStream err, int done, int total, int created, int duplicates, int failed) {
        int width = 30;
        int filled = total == 0 ? width : done * width / total;
        err.printf(Locale.ROOT, "\r[%s%s] %d/%d  new %d  duplicate %d  failed %d", "#".repeat(filled), ".".repeat(width - filled),
                done, total, created, duplicates, failed);
        err.flush();
    }
}
