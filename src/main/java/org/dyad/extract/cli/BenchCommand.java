package org.dyad.extract.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.dyad.extract.ArticleParser;

/**
 * {@code dyad bench [--rounds N] DIR}: parser throughput on one thread over the articles (*.txt) of
 * a folder: after a warm-up, N timed rounds over all of them; prints each round and the median in
 * articles per second and MB (UTF-8) per second, then the time per MB for one long text of growing
 * size (10 KB to 1 MB), which shows whether the cost stays linear.
 */
public final class BenchCommand {

    private BenchCommand() {
    }

    public static int run(List<String> args, PrintStream out, PrintStream err) {
        int rounds = 7;
        String dir = null;
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals("--rounds") && i + 1 < args.size()) {
                rounds = Integer.parseInt(args.get(++i));
            } else if (!args.get(i).startsWith("--")) {
                dir = args.get(i);
            }
        }
        if (dir == null || !Files.isDirectory(Path.of(dir))) {
            err.println("usage: java -jar dyad.jar bench [--rounds N] DIR   (e.g. src/test/resources/gold)");
            return 2;
        }
        List<String> texts = texts(Path.of(dir));
        if (texts.isEmpty()) {
            err.println("no *.txt under " + dir);
            return 2;
        }
        long bytes = texts.stream().mapToLong(t -> t.getBytes(StandardCharsets.UTF_8).length).sum();
        ArticleParser parser = ArticleParser.fromReferenceFiles();
        LocalDate published = LocalDate.of(2024, 4, 30);
        long sink = 0;
        long warmUntil = System.nanoTime() + 3_000_000_000L;
        while (System.nanoTime() < warmUntil) {
            for (String t : texts) {
                sink += parser.parse(t, null, published).sectors().size();
            }
        }
        out.printf("parser %s, %d articles, %.1f KB, one thread, %d rounds after a 3 s warm-up%n",
                ArticleParser.VERSION, texts.size(), bytes / 1024.0, rounds);
        double[] perSecond = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            int repeats = 0;
            long start = System.nanoTime();
            long elapsed;
            do {
                for (String t : texts) {
                    sink += parser.parse(t, null, published).sectors().size();
                }
                repeats++;
                elapsed = System.nanoTime() - start;
            } while (elapsed < 1_000_000_000L);
            perSecond[r] = repeats * texts.size() / (elapsed / 1e9);
            out.printf("round %d: %8.0f articles/s  %6.2f MB/s%n", r + 1, perSecond[r],
                    perSecond[r] * bytes / texts.size() / (1024 * 1024));
        }
        double[] sorted = perSecond.clone();
        java.util.Arrays.sort(sorted);
        double median = sorted[rounds / 2];
        out.printf("median:  %8.0f articles/s  %6.2f MB/s  (min %.0f, max %.0f articles/s)%n", median,
                median * bytes / texts.size() / (1024 * 1024), sorted[0], sorted[rounds - 1]);

        String all = String.join("\n", texts);
        for (int size : new int[]{10_000, 100_000, 1_000_000}) {
            StringBuilder b = new StringBuilder(size);
            while (b.length() < size) {
                b.append(all).append('\n');
            }
            String text = b.substring(0, size);
            double best = Double.MAX_VALUE;
            for (int r = 0; r < 5; r++) {
                long start = System.nanoTime();
                sink += parser.parse(text, null, published).sectors().size();
                best = Math.min(best, (System.nanoTime() - start) / 1e6);
            }
            out.printf("one text of %7d chars: %8.1f ms (best of 5), %6.1f ms per MB%n", size, best,
                    best / (size / 1_000_000.0));
        }
        return sink == Long.MIN_VALUE ? 1 : 0;
    }

    private static List<String> texts(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            List<String> out = new ArrayList<>();
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                out.add(Files.readString(p, StandardCharsets.UTF_8));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
