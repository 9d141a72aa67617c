package org.dyad;

import java.util.List;

import org.dyad.extract.cli.BenchCommand;
import org.dyad.extract.cli.EvalCommand;
import org.dyad.extract.cli.ExtractCommand;
import org.dyad.base.cli.BackupCommand;
import org.dyad.base.cli.DemoCommand;
import org.dyad.base.cli.IngestCommand;
import org.dyad.base.cli.ReparseCommand;
import org.dyad.base.cli.ReportCommand;
import org.dyad.base.cli.QueryBenchCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.boot.autoconfigure.SpringBootApplication;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

@SpringBootApplication
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles.css")
@ColorScheme(ColorScheme.Value.LIGHT_DARK)
public class DyadApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        // the parser's commands need no database and no web server
        if (args.length > 0 && args[0].equals("extract")) {
            System.exit(ExtractCommand.run(List.of(args).subList(1, args.length), System.out, System.err));
        }
        if (args.length > 0 && args[0].equals("eval")) {
            System.exit(EvalCommand.run(List.of(args).subList(1, args.length), System.out, System.err));
        }
        if (args.length > 0 && args[0].equals("bench")) {
            System.exit(BenchCommand.run(List.of(args).subList(1, args.length), System.out, System.err));
        }
        if (args.length > 0 && (args[0].equals("demo") || args[0].equals("bench-queries") || args[0].equals("ingest")
                || args[0].equals("reparse") || args[0].equals("report") || args[0].equals("backup")
                || args[0].equals("restore"))) {
            // commands on the database: Spring without the web server
            ConfigurableApplicationContext context = new SpringApplicationBuilder(DyadApplication.class)
                    .web(WebApplicationType.NONE).logStartupInfo(false)
                    .properties("spring.autoconfigure.exclude=com.vaadin.flow.spring.SpringBootAutoConfiguration,"
                                    + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration",
                            "logging.level.root=warn")
                    .run(args);
            List<String> rest = List.of(args).subList(1, args.length);
            int status = switch (args[0]) {
                case "demo" -> context.getBean(DemoCommand.class).run(rest, System.out, System.err);
                case "ingest" -> context.getBean(IngestCommand.class).run(rest, System.out, System.err);
                case "reparse" -> context.getBean(ReparseCommand.class).run(rest, System.out, System.err);
                case "report" -> context.getBean(ReportCommand.class).run(rest, System.out, System.err);
                case "backup" -> context.getBean(BackupCommand.class).backup(rest, System.out, System.err);
                case "restore" -> context.getBean(BackupCommand.class).restore(rest, System.out, System.err);
                default -> context.getBean(QueryBenchCommand.class).run(rest, System.out, System.err);
            };
            context.close();
            System.exit(status);
        }
        SpringApplication.run(DyadApplication.class, args);
    }

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Dyad");
    }
}
