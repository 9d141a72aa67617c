package org.dyad.analytics.ui;

import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.Year;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

import org.dyad.analytics.DyadOverviewService;
import org.dyad.analytics.PartnerRow;
import org.dyad.base.format.Amounts;
import org.dyad.base.ui.EChart;
import org.dyad.base.ui.MainLayout;
import org.dyad.chart.PartnersChartOption;
import org.dyad.reference.CountryName;
import org.dyad.reference.CountryService;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;

/** One country and all its partners over a period, ranked by meetings and trade, each linking to its dyad. */
@PermitAll
@Route(value = "country/:a", layout = MainLayout.class)
public class CountryView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final DyadOverviewService overview;
    private final Clock clock;
    private final Map<String, CountryName> countries = new java.util.HashMap<>();
    private final ComboBox<CountryName> country = new ComboBox<>(getTranslation("common.country"));
    private final Select<Integer> fromYear = new Select<>();
    private final Select<Integer> toYear = new Select<>();
    private final H2 heading = new H2();
    private final EChart chart = new EChart();
    private final Grid<PartnerRow> grid = new Grid<>();
    private final Paragraph hint = new Paragraph();
    private final SyntheticBanner syntheticBanner = new SyntheticBanner();
    private String code;
    private int from;
    private int to;

    public CountryView(CountryService countryService, DyadOverviewService overview, Clock clock) {
        this.overview = overview;
        this.clock = clock;
        setWidthFull();
        countryService.all().forEach(c -> countries.put(c.code(), c));
        country.setItems(countries.values().stream()
                .sorted(Comparator.comparing(c -> c.name(locale()), java.text.Collator.getInstance(locale()))).toList());
        country.setItemLabelGenerator(c -> c.name(locale()) + " (" + c.code() + ")");
        country.setWidth("16rem");
        country.setId("country");
        int thisYear = Year.now(clock).getValue();
        List<Integer> years = IntStream.rangeClosed(DyadView.FIRST_YEAR, thisYear).boxed().toList();
        fromYear.setLabel(getTranslation("common.from"));
        toYear.setLabel(getTranslation("common.to"));
        for (Select<Integer> y : List.of(fromYear, toYear)) {
            y.setItems(years);
            y.setWidth("7rem");
        }
        country.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                go(e.getValue().code(), from, to);
            }
        });
        fromYear.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                go(code, Math.min(e.getValue(), to), Math.max(e.getValue(), to));
            }
        });
        toYear.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                go(code, Math.min(from, e.getValue()), Math.max(from, e.getValue()));
            }
        });
        FlexLayout pickers = new FlexLayout(country, fromYear, toYear);
        pickers.setAlignItems(FlexComponent.Alignment.BASELINE);
        pickers.getStyle().set("gap", "var(--lumo-space-m)");

        chart.setId("partners-chart");
        chart.setWidthFull();
        chart.addClickListener(click -> {
            if (click.ref() != null && click.ref().has("partner")) {
                openDyad(click.ref().get("partner").asString());
            }
        });
        grid.setId("partners-grid");
        grid.addColumn(r -> name(r.partner())).setHeader(getTranslation("common.partner")).setFlexGrow(2).setSortable(true);
        grid.addColumn(PartnerRow::meetings).setHeader(getTranslation("country.col.meetings")).setSortable(true);
        grid.addColumn(PartnerRow::headOfStateMeetings).setHeader(getTranslation("country.col.headOfState")).setSortable(true);
        grid.addColumn(r -> r.latestTurnoverUsd() == null ? "—"
                : Amounts.usd(r.latestTurnoverUsd(), locale()) + " (" + r.latestTurnoverYear() + ")")
                .setHeader(getTranslation("country.col.turnover")).setAutoWidth(true);
        grid.addColumn(PartnerRow::articles).setHeader(getTranslation("country.col.articles")).setSortable(true);
        grid.addComponentColumn(r -> new Anchor(DyadView.location(code, r.partner(), from, to), getTranslation("country.open")))
                .setHeader("");
        grid.setAllRowsVisible(true);
        hint.addClassName("dyad-hint");
        Div chartCard = new Div(new H3(getTranslation("country.card.chart")), hint, chart);
        chartCard.addClassName("dyad-card");
        chartCard.setWidthFull();
        Div gridCard = new Div(new H3(getTranslation("country.card.grid")), grid);
        gridCard.addClassName("dyad-card");
        gridCard.setWidthFull();
        heading.getStyle().set("margin", "0");
        add(heading, pickers, syntheticBanner, chartCard, gridCard);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String requested = event.getRouteParameters().get("a").orElse("").toUpperCase(Locale.ROOT);
        CountryName c = countries.get(requested);
        if (c == null) {
            event.forwardTo("country/TJ");
            return;
        }
        Period period = Period.of(event.getLocation().getQueryParameters(), DyadView.DEFAULT_FROM,
                Year.now(clock).getValue());
        from = period.from();
        to = period.to();
        code = c.code();
        country.setValue(c);
        fromYear.setValue(from);
        toYear.setValue(to);
        heading.setText(getTranslation("country.heading", c.name(locale()), from, to));
        List<PartnerRow> rows = overview.partners(code, from, to);
        syntheticBanner.setVisible(overview.syntheticInView(code, from, to));
        grid.setItems(rows);
        hint.setText(rows.isEmpty() ? getTranslation("country.hint.none") : getTranslation("country.hint.some", rows.size()));
        chart.setHeight(PartnersChartOption.height(rows) + "px");
        chart.setOption(PartnersChartOption.build(c.name(locale()), rows, this::name, from, to, locale()));
        UI.getCurrent().getPage().getHistory().replaceState(null, "country/" + code + "?from=" + from + "&to=" + to);
    }

    private void openDyad(String partner) {
        UI.getCurrent().navigate("dyad/" + code + "/" + partner,
                QueryParameters.simple(Map.of("from", Integer.toString(from), "to", Integer.toString(to))));
    }

    private void go(String c, int f, int t) {
        UI.getCurrent().navigate("country/" + c, QueryParameters.simple(Map.of("from", Integer.toString(f), "to",
                Integer.toString(t))));
    }

    private String name(String partner) {
        CountryName c = countries.get(partner);
        return c == null ? partner : c.name(locale());
    }

    private Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? Locale.ENGLISH : ui.getLocale();
    }

    @Override
    public String getPageTitle() {
        return code == null ? "Dyad" : getTranslation("country.title", code, from, to);
    }

    Grid<PartnerRow> grid() {
        return grid;
    }

    EChart chart() {
        return chart;
    }
}
