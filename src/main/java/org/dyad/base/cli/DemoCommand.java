package org.dyad.base.cli;

import java.io.PrintStream;
import java.util.List;

import org.dyad.article.demo.DemoDataService;
import org.springframework.stereotype.Component;

/**
 * {@code dyad demo --articles N [--seed S] [--threads T]} stores N synthetic articles (marked synthetic,
 * through the real parser; T threads, one per processor by default, each article its own transaction); {@code dyad demo --remove} deletes every synthetic article. Uses the configured
 * database; the web server is not started.
 */
@Component
public class DemoCommand {

    private final DemoDataService demo;

    public DemoCommand(DemoDataService demo) {
        this.demo = demo;
    }

    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.contains("--remove")) {
            out.println("Removed " + demo.removeAll("cli") + " synthetic article(s) with their facts.");
            return 0;
        }
        int count = 0;
        long seed = 1;
        int threads = Workers.defaultThreads();
        for (int i = 0; i < args.size(); i++) {
            try {
                if (args.get(i).equals("--articles") && i + 1 < args.size()) {
                    count = Integer.parseInt(args.get(++i));
                } else if (args.get(i).equals("--seed") && i + 1 < args.size()) {
                    seed = Long.parseLong(args.get(++i));
                } else if (args.get(i).equals("--threads") && i + 1 < args.size()) {
                    threads = Integer.parseInt(args.get(++i));
                    if (threads < 1) {
                        count = -1;
                    }
                }
            } catch (NumberFormatException e) {
                count = -1;
            }
        }
        if (count <= 0) {
            err.println("usage: java -jar dyad.jar demo --articles N [--seed S] [--threads T]   |   java -jar dyad.jar demo --remove");
            return 2;
        }
        long start = System.nanoTime();
        int total = count;
        int created = demo.generate(count, seed, threads, i -> {
            if (i % 1000 == 0 || i == total) {
                double s = (System.nanoTime() - start) / 1e9;
                synchronized (out) {
                    out.printf("\r%d / %d articles (%.0f/s)", i, total, i / Math.max(s, 1e-9));
                    out.flush();
                }
            }
        });
        double seconds = (System.nanoTime() - start) / 1e9;
        out.printf("%nStored %d new synthetic article(s) in %.1f s (%.0f articles/s, %d thread(s)); %d synthetic in the database.%n",
                created, seconds, count / seconds, threads, demo.countSynthetic());
        return 0;
    }
}
