package org.dyad.analytics.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import org.dyad.base.ui.EChart;
import org.dyad.base.ui.MainLayout;
import org.dyad.chart.MembershipChartOption;
import org.dyad.reference.CountryName;
import org.dyad.reference.CountryService;
import org.dyad.reference.MembershipService;
import org.dyad.reference.MembershipTimeline;

import com.vaadin.flow.component.AbstractField.ComponentValueChangeEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;

/**
 * The dyad overview: a pair of countries and a period, and what is known of their relations in it.
 * The URL carries the whole view ({@code /dyad/TJ/KZ?from=2000&to=2026}), so a link reopens it.
 */
@Route(value = "dyad/:a/:b", layout = MainLayout.class)
public class DyadView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final int FIRST_YEAR = 1990;
    static final int DEFAULT_FROM = 2000;

    private final MembershipService memberships;
    private final Clock clock;
    private final List<CountryName> countries;
    private Locale itemsSortedFor;

    private final ComboBox<CountryName> countryA = new ComboBox<>("Country");
    private final ComboBox<CountryName> countryB = new ComboBox<>("Partner");
    private final Select<Integer> fromYear = new Select<>();
    private final Select<Integer> toYear = new Select<>();
    private final H2 heading = new H2();
    private final Paragraph membershipHint = new Paragraph();
    private final EChart membershipChart = new EChart();

    private String a;
    private String b;
    private int from;
    private int to;

    public DyadView(CountryService countryService, MembershipService memberships, Clock clock) {
        this.memberships = memberships;
        this.clock = clock;
        setWidthFull();
        setPadding(true);

        this.countries = countryService.all();
        for (ComboBox<CountryName> box : List.of(countryA, countryB)) {
            box.setItemLabelGenerator(c -> c.name(locale()) + " (" + c.code() + ")");
            box.setAllowCustomValue(false);
            box.setWidth("16rem");
            box.addValueChangeListener(this::pickerChanged);
        }
        countryA.setId("country-a");
        countryB.setId("country-b");

        int thisYear = Year.now(clock).getValue();
        List<Integer> years = IntStream.rangeClosed(FIRST_YEAR, thisYear).boxed().toList();
        fromYear.setLabel("From");
        toYear.setLabel("To");
        for (Select<Integer> year : List.of(fromYear, toYear)) {
            year.setItems(years);
            year.setWidth("7rem");
            year.addValueChangeListener(this::pickerChanged);
        }
        fromYear.setId("from-year");
        toYear.setId("to-year");

        Button swap = new Button(VaadinIcon.EXCHANGE.create(), e -> navigate(b, a, from, to));
        swap.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        swap.setAriaLabel("Swap countries");
        swap.setTooltipText("Swap countries");

        FlexLayout pickers = new FlexLayout(countryA, swap, countryB, fromYear, toYear);
        pickers.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        pickers.setAlignItems(FlexComponent.Alignment.BASELINE);
        pickers.getStyle().set("gap", "var(--lumo-space-m)");

        membershipChart.setWidthFull();
        membershipChart.setId("membership-chart");
        H3 membershipTitle = new H3("Multilateral memberships");
        membershipHint.addClassName("dyad-hint");
        Div membershipCard = new Div(membershipTitle, membershipHint, membershipChart);
        membershipCard.addClassName("dyad-card");
        membershipCard.setWidthFull();

        heading.getStyle().set("margin", "0");
        add(heading, pickers, membershipCard);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        sortCountriesForLocale();
        RouteParameters params = event.getRouteParameters();
        QueryParameters query = event.getLocation().getQueryParameters();
        String requestedA = params.get("a").orElse("").toUpperCase(Locale.ROOT);
        String requestedB = params.get("b").orElse("").toUpperCase(Locale.ROOT);
        Optional<CountryName> pickA = find(countryA, requestedA);
        Optional<CountryName> pickB = find(countryB, requestedB);
        if (pickA.isEmpty() || pickB.isEmpty() || requestedA.equals(requestedB)) {
            String bad = pickA.isEmpty() ? requestedA : requestedB;
            Notification.show(requestedA.equals(requestedB) ? "Pick two different countries."
                            : "Unknown country code '" + bad + "'; showing the default pair.", 5000,
                    Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_WARNING);
            event.forwardTo(MainLayout.DEFAULT_DYAD);
            return;
        }
        int thisYear = Year.now(clock).getValue();
        int fromParam = year(query, "from", DEFAULT_FROM, thisYear);
        int toParam = year(query, "to", thisYear, thisYear);
        if (fromParam > toParam) {
            int t = fromParam;
            fromParam = toParam;
            toParam = t;
        }
        show(pickA.get(), pickB.get(), fromParam, toParam);
        String canonical = location(a, b, from, to);
        if (!canonical.equals(event.getLocation().getPathWithQueryParameters())) {
            UI.getCurrent().getPage().getHistory().replaceState(null, canonical);
        }
    }

    private void show(CountryName pairA, CountryName pairB, int fromYearValue, int toYearValue) {
        this.a = pairA.code();
        this.b = pairB.code();
        this.from = fromYearValue;
        this.to = toYearValue;
        countryA.setValue(pairA);
        countryB.setValue(pairB);
        fromYear.setValue(from);
        toYear.setValue(to);

        Locale locale = locale();
        heading.setText(pairA.name(locale) + " – " + pairB.name(locale) + ", " + from + "–" + to);
        MembershipTimeline timeline = memberships.timeline(pairA, pairB,
                LocalDate.of(from, 1, 1), LocalDate.of(to, 12, 31));
        long shared = timeline.organizations().stream().filter(MembershipTimeline.OrganizationRow::shared).count();
        membershipHint.setText(timeline.isEmpty() ? "From Dyad's curated reference data."
                : timeline.organizations().size() + " organizations; ★ " + shared
                + " in which both were members at the same time. From Dyad's curated reference data; "
                + "hover a bar for dates and sources, drag or scroll to zoom.");
        membershipChart.setHeight(MembershipChartOption.height(timeline) + "px");
        membershipChart.setOption(MembershipChartOption.build(timeline, locale, LocalDate.now(clock)));
    }

    /** The pickers list countries by their name in the UI language. */
    private void sortCountriesForLocale() {
        Locale locale = locale();
        if (locale.equals(itemsSortedFor)) {
            return;
        }
        List<CountryName> sorted = countries.stream()
                .sorted(Comparator.comparing((CountryName c) -> c.name(locale), java.text.Collator.getInstance(locale)))
                .toList();
        countryA.setItems(sorted);
        countryB.setItems(sorted);
        itemsSortedFor = locale;
    }

    private void pickerChanged(ComponentValueChangeEvent<?, ?> event) {
        if (!event.isFromClient() || countryA.isEmpty() || countryB.isEmpty()
                || fromYear.isEmpty() || toYear.isEmpty()) {
            return;
        }
        navigate(countryA.getValue().code(), countryB.getValue().code(), fromYear.getValue(), toYear.getValue());
    }

    private void navigate(String pairA, String pairB, int fromValue, int toValue) {
        UI.getCurrent().navigate("dyad/" + pairA + "/" + pairB, QueryParameters.simple(Map.of(
                "from", Integer.toString(Math.min(fromValue, toValue)),
                "to", Integer.toString(Math.max(fromValue, toValue)))));
    }

    static String location(String a, String b, int from, int to) {
        return "dyad/" + a + "/" + b + "?from=" + from + "&to=" + to;
    }

    private static Optional<CountryName> find(ComboBox<CountryName> box, String code) {
        return box.getListDataView().getItems().filter(c -> c.code().equals(code)).findFirst();
    }

    private static int year(QueryParameters query, String name, int fallback, int max) {
        return query.getSingleParameter(name)
                .flatMap(v -> {
                    try {
                        return Optional.of(Integer.parseInt(v.trim()));
                    } catch (NumberFormatException e) {
                        return Optional.empty();
                    }
                })
                .map(y -> Math.max(FIRST_YEAR, Math.min(max, y)))
                .orElse(fallback);
    }

    private Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? Locale.ENGLISH : ui.getLocale();
    }

    @Override
    public String getPageTitle() {
        return a == null ? "Dyad" : a + "–" + b + " " + from + "–" + to + " · Dyad";
    }

    EChart membershipChart() {
        return membershipChart;
    }
}
