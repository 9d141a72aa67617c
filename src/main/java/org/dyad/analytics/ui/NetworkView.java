package org.dyad.analytics.ui;

import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

import org.dyad.analytics.DyadOverviewService;
import org.dyad.base.ui.EChart;
import org.dyad.base.ui.MainLayout;
import org.dyad.chart.NetworkChartOption;
import org.dyad.reference.CountryName;
import org.dyad.reference.CountryService;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;

/** Who meets whom in a period: countries as nodes, meetings as weighted edges; a click on an edge opens the dyad. */
@PermitAll
@Route(value = "network", layout = MainLayout.class)
public class NetworkView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final DyadOverviewService overview;
    private final Clock clock;
    private final Map<String, CountryName> countries = new java.util.HashMap<>();
    private final Select<Integer> fromYear = new Select<>();
    private final Select<Integer> toYear = new Select<>();
    private final H2 heading = new H2();
    private final EChart chart = new EChart();
    private final Paragraph hint = new Paragraph();
    private final SyntheticBanner syntheticBanner = new SyntheticBanner();
    private int from;
    private int to;

    public NetworkView(CountryService countryService, DyadOverviewService overview, Clock clock) {
        this.overview = overview;
        this.clock = clock;
        setWidthFull();
        countryService.all().forEach(c -> countries.put(c.code(), c));
        List<Integer> years = IntStream.rangeClosed(DyadView.FIRST_YEAR, Year.now(clock).getValue()).boxed().toList();
        fromYear.setLabel(getTranslation("common.from"));
        toYear.setLabel(getTranslation("common.to"));
        for (Select<Integer> y : List.of(fromYear, toYear)) {
            y.setItems(years);
            y.setWidth("7rem");
            y.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    int f = Math.min(fromYear.getValue(), toYear.getValue());
                    int t = Math.max(fromYear.getValue(), toYear.getValue());
                    UI.getCurrent().navigate("network", QueryParameters.simple(Map.of("from", "" + f, "to", "" + t)));
                }
            });
        }
        chart.setId("network-chart");
        chart.setWidthFull();
        chart.setHeight("620px");
        chart.addClickListener(click -> {
            if (click.ref() != null && click.ref().has("a")) {
                UI.getCurrent().navigate("dyad/" + click.ref().get("a").asString() + "/" + click.ref().get("b").asString(),
                        QueryParameters.simple(Map.of("from", "" + from, "to", "" + to)));
            }
        });
        hint.addClassName("dyad-hint");
        Div card = new Div(hint, chart);
        card.addClassName("dyad-card");
        card.setWidthFull();
        heading.getStyle().set("margin", "0");
        add(heading, new FlexLayout(fromYear, toYear), syntheticBanner, card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Period period = Period.of(event.getLocation().getQueryParameters(), DyadView.DEFAULT_FROM,
                Year.now(clock).getValue());
        from = period.from();
        to = period.to();
        fromYear.setValue(from);
        toYear.setValue(to);
        heading.setText(getTranslation("network.heading", from, to));
        var pairs = overview.network(from, to);
        syntheticBanner.setVisible(overview.syntheticInView(from, to));
        hint.setText(pairs.isEmpty() ? getTranslation("network.hint.none") : getTranslation("network.hint.some", pairs.size()));
        chart.setOption(NetworkChartOption.build(pairs, this::name, from, to, locale()));
        UI.getCurrent().getPage().getHistory().replaceState(null, "network?from=" + from + "&to=" + to);
    }

    private String name(String code) {
        CountryName c = countries.get(code);
        return c == null ? code : c.name(locale());
    }

    private Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? Locale.ENGLISH : ui.getLocale();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("network.title", from, to);
    }

    EChart chart() {
        return chart;
    }
}
