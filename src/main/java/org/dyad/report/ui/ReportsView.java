package org.dyad.report.ui;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Year;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import org.dyad.base.i18n.Messages;
import org.dyad.base.ui.MainLayout;
import org.dyad.reference.CountryName;
import org.dyad.reference.CountryService;
import org.dyad.report.DyadReport;
import org.dyad.report.DyadReport.Section;
import org.dyad.report.ReportService;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import jakarta.annotation.security.PermitAll;

/** The report builder: pair, period, sections and language; the PDF is made in the background, then offered for download. */
@Route(value = "reports", layout = MainLayout.class)
@PermitAll
public class ReportsView extends VerticalLayout implements HasDynamicTitle {

    private final ReportService reports;
    private final ComboBox<CountryName> countryA = new ComboBox<>();
    private final ComboBox<CountryName> countryB = new ComboBox<>();
    private final Select<Integer> from = new Select<>();
    private final Select<Integer> to = new Select<>();
    private final CheckboxGroup<Section> sections = new CheckboxGroup<>();
    private final Select<Locale> language = new Select<>();
    private final Button create = new Button();
    private final ProgressBar working = new ProgressBar();
    private final Paragraph status = new Paragraph();
    private final HorizontalLayout result = new HorizontalLayout();

    public ReportsView(ReportService reports, CountryService countries, Clock clock) {
        this.reports = reports;
        setWidthFull();
        H2 heading = new H2(getTranslation("reports.heading"));
        heading.getStyle().set("margin", "0");
        List<CountryName> all = countries.all().stream()
                .sorted(Comparator.comparing(c -> c.name(getLocale()), java.text.Collator.getInstance(getLocale()))).toList();
        for (ComboBox<CountryName> box : List.of(countryA, countryB)) {
            box.setItems(all);
            box.setItemLabelGenerator(c -> c.name(getLocale()) + " (" + c.code() + ")");
            box.setWidth("16rem");
        }
        countryA.setLabel(getTranslation("common.country"));
        countryA.setId("report-country-a");
        countryB.setLabel(getTranslation("common.partner"));
        countryB.setId("report-country-b");
        all.stream().filter(c -> c.code().equals("TJ")).findFirst().ifPresent(countryA::setValue);
        all.stream().filter(c -> c.code().equals("KZ")).findFirst().ifPresent(countryB::setValue);
        int thisYear = Year.now(clock).getValue();
        List<Integer> years = IntStream.rangeClosed(1990, thisYear).boxed().toList();
        from.setLabel(getTranslation("common.from"));
        to.setLabel(getTranslation("common.to"));
        for (Select<Integer> y : List.of(from, to)) {
            y.setItems(years);
            y.setWidth("7rem");
        }
        from.setValue(2015);
        to.setValue(thisYear);
        sections.setLabel(getTranslation("report.filter.sections"));
        sections.setId("report-sections");
        sections.setItems(Section.values());
        sections.setItemLabelGenerator(s -> getTranslation("report.section." + s.name()));
        sections.setValue(EnumSet.allOf(Section.class));
        language.setLabel(getTranslation("report.filter.language"));
        language.setItems(Messages.LANGUAGES);
        language.setItemLabelGenerator(l -> l.getDisplayLanguage(l));
        language.setValue(Messages.supported(getLocale()));
        create.setText(getTranslation("reports.create"));
        create.setId("report-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> start());
        working.setIndeterminate(true);
        working.setVisible(false);
        working.setWidth("12rem");
        status.setId("report-status");
        status.addClassName("dyad-hint");
        result.setId("report-result");
        result.setAlignItems(FlexComponent.Alignment.BASELINE);
        FlexLayout pickers = new FlexLayout(countryA, countryB, from, to, language);
        pickers.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        pickers.getStyle().set("gap", "var(--lumo-space-m)");
        HorizontalLayout actions = new HorizontalLayout(create, working, status);
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        add(heading, new Paragraph(getTranslation("reports.intro")), pickers, sections, actions, result);
    }

    private void start() {
        if (countryA.isEmpty() || countryB.isEmpty() || countryA.getValue().equals(countryB.getValue())) {
            status.setText(getTranslation("dyad.samePair"));
            return;
        }
        if (sections.getValue().isEmpty()) {
            status.setText(getTranslation("reports.noSection"));
            return;
        }
        int f = Math.min(from.getValue(), to.getValue());
        int t = Math.max(from.getValue(), to.getValue());
        DyadReport report = new DyadReport(countryA.getValue().code(), countryB.getValue().code(), f, t, language.getValue(),
                EnumSet.copyOf(sections.getValue()));
        Locale ui = getLocale(); // the background thread has no UI to ask
        UI current = UI.getCurrent();
        create.setEnabled(false);
        working.setVisible(true);
        result.removeAll();
        status.setText(Messages.get("reports.working", ui));
        current.setPollInterval(400);
        CompletableFuture.runAsync(() -> {
            long started = System.nanoTime();
            byte[] pdf = reports.pdf(report);
            double seconds = (System.nanoTime() - started) / 1e9;
            String name = "dyad-" + report.a() + "-" + report.b() + "-" + f + "-" + t + "-" + report.lang().getLanguage() + ".pdf";
            current.access(() -> {
                current.setPollInterval(-1);
                working.setVisible(false);
                create.setEnabled(true);
                status.setText(Messages.get("reports.done", ui, pdf.length / 1024, String.format(Locale.ROOT, "%.1f", seconds)));
                Anchor download = new Anchor(DownloadHandler.fromInputStream(event ->
                        new DownloadResponse(new ByteArrayInputStream(pdf), name, "application/pdf", pdf.length)),
                        Messages.get("reports.download", ui, name));
                download.setId("report-download");
                download.getElement().setAttribute("download", true);
                result.add(download);
            });
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reports.title");
    }
}
