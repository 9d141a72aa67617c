package org.dyad.base.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

import org.dyad.article.review.ReparseService;
import org.dyad.extract.ArticleParser;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar dyad.jar reparse}: runs the current parser over every stored article, replacing
 * the facts no one has reviewed and keeping every reviewer's decision; prints progress and a summary.
 */
@Component
public class ReparseCommand {

    private final ReparseService reparse;

    public ReparseCommand(ReparseService reparse) {
        this.reparse = reparse;
    }

    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (!args.isEmpty()) {
            err.println("usage: java -jar dyad.jar reparse");
            return 2;
        }
        int total = reparse.articleCount();
        out.printf(Locale.ROOT, "Re-parsing %d article(s) with parser %s…%n", total, ArticleParser.VERSION);
        ReparseService.Summary s = reparse.reparseAll("cli:" + System.getProperty("user.name", "unknown"), done -> {
            if (done % 500 == 0 || done == total) {
                err.printf(Locale.ROOT, "\r%d / %d articles", done, total);
                err.flush();
            }
        });
        if (total > 0) {
            err.println();
        }
        out.printf(Locale.ROOT, "Re-parsed %d article(s) in %.1f s: facts %d before, %d after; %d reviewed fact(s) kept as decided.%n",
                s.articles(), s.seconds(), s.factsBefore(), s.factsAfter(), s.reviewedKept());
        return 0;
    }
}
