package org.dyad;

import java.util.List;

import org.dyad.extract.cli.BenchCommand;
import org.dyad.extract.cli.EvalCommand;
import org.dyad.extract.cli.ExtractCommand;
import org.springframework.boot.SpringApplication;
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
        SpringApplication.run(DyadApplication.class, args);
    }

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Dyad");
    }
}
