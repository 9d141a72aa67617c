package org.dyad.extract.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.dyad.extract.ArticleParser;
import org.dyad.extract.ParsedArticle;
import org.dyad.extract.eval.GoldEvaluator;
import org.dyad.extract.eval.RealCorpus;
import org.dyad.extract.eval.SecondAnnotation;

/**
 * {@code dyad eval [--misses] DIR}: measures the parser on a gold set (NAME.txt + NAME.expected.json)
 * and prints precision, recall and F1 per field and language; {@code --misses} also lists every
 * missed and extra fact.
 *
 * <p>{@code dyad eval [--misses] --real GOLD.jsonl --texts DIR}: the same on the real-article corpus,
 * whose texts were retrieved into DIR (ID.txt each; README, "Real articles"), also per group
 * (Central Asia or elsewhere); items without a text are listed and not scored.
 *
 * <p>{@code dyad eval [--misses] --real GOLD.jsonl --second SECOND.jsonl}: scores a second, independent
 * annotation of some of the gold's items (same format) against the gold, by the same keys: the two
 * annotators' agreement, the ceiling to read the parser's figures against.
 */
public final class EvalCommand {

    private EvalCommand() {
    }

    public static int run(List<String> args, PrintStream out, PrintStream err) {
        boolean misses = args.contains("--misses");
        String real = value(args, "--real");
        String texts = value(args, "--texts");
        String second = value(args, "--second");
        if (second != null) {
            return agreement(real, second, misses, out, err);
        }
        GoldEvaluator evaluator = new GoldEvaluator(ArticleParser.fromReferenceFiles());
        if (real != null || texts != null) {
            if (real == null || texts == null || !Files.isRegularFile(Path.of(real)) || !Files.isDirectory(Path.of(texts))) {
                err.println("usage: java -jar dyad.jar eval [--misses] --real GOLD.jsonl --texts DIR   (DIR holds ID.txt)");
                return 2;
            }
            RealCorpus.Loaded loaded;
            try {
                loaded = RealCorpus.load(Path.of(real), Path.of(texts));
            } catch (IllegalArgumentException e) {
                err.println(e.getMessage());
                return 2;
            }
            if (!loaded.missing().isEmpty()) {
                err.println(loaded.missing().size() + " items have no text in " + texts + " (not scored): "
                        + String.join(", ", loaded.missing()));
            }
            if (!loaded.changed().isEmpty()) {
                err.println(loaded.changed().size() + " texts differ from the annotated ones (SHA-256): "
                        + String.join(", ", loaded.changed()));
            }
            if (loaded.items().isEmpty()) {
                err.println("no item of " + real + " has its text in " + texts);
                return 1;
            }
            print(evaluator.evaluate(loaded.items()), misses, out);
            return 0;
        }
        List<String> dirs = positional(args);
        if (dirs.size() != 1 || !Files.isDirectory(Path.of(dirs.getFirst()))) {
            err.println("usage: java -jar dyad.jar eval [--misses] DIR   (DIR holds NAME.txt and NAME.expected.json)");
            err.println("       java -jar dyad.jar eval [--misses] --real GOLD.jsonl --texts DIR");
            err.println("       java -jar dyad.jar eval [--misses] --real GOLD.jsonl --second SECOND.jsonl");
            return 2;
        }
        print(evaluator.evaluate(Path.of(dirs.getFirst())), misses, out);
        return 0;
    }

    private static int agreement(String real, String second, boolean misses, PrintStream out, PrintStream err) {
        if (real == null || !Files.isRegularFile(Path.of(real)) || !Files.isRegularFile(Path.of(second))) {
            err.println("usage: java -jar dyad.jar eval [--misses] --real GOLD.jsonl --second SECOND.jsonl");
            return 2;
        }
        Map<String, ParsedArticle> readings;
        RealCorpus.Loaded loaded;
        try {
            readings = SecondAnnotation.read(Path.of(second));
            loaded = RealCorpus.annotated(Path.of(real), readings.keySet());
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 2;
        }
        if (!loaded.missing().isEmpty()) {
            err.println(loaded.missing().size() + " items of " + second + " are not in " + real + " (not scored): "
                    + String.join(", ", loaded.missing()));
        }
        if (loaded.items().isEmpty()) {
            err.println("no item of " + second + " is in " + real);
            return 1;
        }
        out.println("agreement of " + second + " with " + real + " on " + loaded.items().size() + " items");
        print(new GoldEvaluator(item -> readings.get(item.name())).evaluate(loaded.items()), misses, out);
        return 0;
    }

    private static void print(GoldEvaluator.Report report, boolean misses, PrintStream out) {
        GoldEvaluator.print(report, out);
        if (misses) {
            out.println();
            report.misses().forEach(out::println);
        }
    }

    private static String value(List<String> args, String flag) {
        int i = args.indexOf(flag);
        return i >= 0 && i + 1 < args.size() ? args.get(i + 1) : null;
    }

    private static List<String> positional(List<String> args) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--real") || a.equals("--texts") || a.equals("--second")) {
                i++;
            } else if (!a.startsWith("--")) {
                out.add(a);
            }
        }
        return out;
    }
}
