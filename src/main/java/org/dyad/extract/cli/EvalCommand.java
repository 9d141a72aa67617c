package org.dyad.extract.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.dyad.extract.ArticleParser;
import org.dyad.extract.eval.GoldEvaluator;

/**
 * {@code dyad eval [--misses] DIR}: measures the parser on a gold set (NAME.txt + NAME.expected.json)
 * and prints precision, recall and F1 per field and language; {@code --misses} also lists every
 * missed and extra fact.
 */
public final class EvalCommand {

    private EvalCommand() {
    }

    public static int run(List<String> args, PrintStream out, PrintStream err) {
        boolean misses = args.contains("--misses");
        List<String> dirs = args.stream().filter(a -> !a.startsWith("--")).toList();
        if (dirs.size() != 1 || !Files.isDirectory(Path.of(dirs.getFirst()))) {
            err.println("usage: java -jar dyad.jar eval [--misses] DIR   (DIR holds NAME.txt and NAME.expected.json)");
            return 2;
        }
        GoldEvaluator.Report report = new GoldEvaluator(ArticleParser.fromReferenceFiles()).evaluate(Path.of(dirs.getFirst()));
        GoldEvaluator.print(report, out);
        if (misses) {
            out.println();
            report.misses().forEach(out::println);
        }
        return 0;
    }
}
