package org.dyad.analytics.ui;

import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import org.dyad.analytics.DyadFacts;
import org.dyad.analytics.DyadOverviewService;
import org.dyad.base.ui.EChart;
import org.dyad.base.ui.MainLayout;
import org.dyad.chart.MeetingsChartOption;
import org.dyad.chart.MembershipChartOption;
import org.dyad.chart.SectorsChartOption;
import org.dyad.chart.TradeChartOption;
import org.dyad.reference.CountryName;
import org.dyad.reference.CountryService;
import org.dyad.reference.MembershipService;
import org.dyad.reference.LocalizedName;
import org.dyad.reference.MembershipTimeline;
import org.dyad.reference.SectorService;

import com.vaadin.flow.component.AbstractField.ComponentValueChangeEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
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
@PermitAll
@Route(value = "dyad/:a/:b", layout = MainLayout.class)
public class DyadView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final int FIRST_YEAR = 1990;
    static final int DEFAULT_FROM = 2000;

    private final MembershipService memberships;
    private final Clock clock;
    private final List<CountryName> countries;
    private Locale itemsSortedFor;

    private final ComboBox<CountryName> countryA = new ComboBox<>(getTranslation("common.country"));
    private final ComboBox<CountryName> countryB = new ComboBox<>(getTranslation("common.partner"));
    private final Select<Integer> fromYear = new Select<>();
    private final Select<Integer> toYear = new Select<>();
    private final H2 heading = new H2();
    private final Paragraph membershipHint = new Paragraph();
    private final EChart membershipChart = new EChart();
    private final EChart meetingsChart = new EChart();
    private final EChart tradeChart = new EChart();
    private final EChart sectorsChart = new EChart();
    private final Paragraph meetingsHint = new Paragraph();
    private final Paragraph tradeHint = new Paragraph();
    private final Paragraph sectorsHint = new Paragraph();
    private final KeyFigures keyFigures = new KeyFigures();
    private final SyntheticBanner syntheticBanner = new SyntheticBanner();
    private final DyadOverviewService overview;
    private final SectorService sectorService;
    private EvidenceDialog evidenceDialog;
    private final Anchor countryLink = new Anchor("", "");
    private final Anchor exportCsv = new Anchor("", getTranslation("dyad.exportCsv"));
    private final Anchor exportJson = new Anchor("", getTranslation("dyad.exportJson"));
    private final Anchor exportPdf = new Anchor("", getTranslation("dyad.exportPdf"));

    private String a;
    private String b;
    private int from;
    private int to;

    public DyadView(CountryService countryService, MembershipService memberships, DyadOverviewService overview,
                    SectorService sectorService, Clock clock) {
        this.memberships = memberships;
        this.overview = overview;
        this.sectorService = sectorService;
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
        fromYear.setLabel(getTranslation("common.from"));
        toYear.setLabel(getTranslation("common.to"));
        for (Select<Integer> year : List.of(fromYear, toYear)) {
            year.setItems(years);
            year.setWidth("7rem");
            year.addValueChangeListener(this::pickerChanged);
        }
        fromYear.setId("from-year");
        toYear.setId("to-year");

        Button swap = new Button(VaadinIcon.EXCHANGE.create(), e -> navigate(b, a, from, to));
        swap.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        swap.setAriaLabel(getTranslation("dyad.swap"));
        swap.setTooltipText(getTranslation("dyad.swap"));

        exportCsv.setId("export-csv");
        exportCsv.getElement().setAttribute("download", true);
        exportJson.setId("export-json");
        exportJson.setTarget("_blank");
        exportPdf.setId("export-pdf");
        exportPdf.getElement().setAttribute("download", true);
        countryLink.setId("country-link");
        Span export = new Span(countryLink, new Span(" · "), exportPdf, new Span(" · "), exportCsv,
                new Span(" · "), exportJson);
        export.addClassName("dyad-hint");
        FlexLayout pickers = new FlexLayout(countryA, swap, countryB, fromYear, toYear, export);
        pickers.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        pickers.setAlignItems(FlexComponent.Alignment.BASELINE);
        pickers.getStyle().set("gap", "var(--lumo-space-m)");

        membershipChart.setId("membership-chart");
        meetingsChart.setId("meetings-chart");
        tradeChart.setId("trade-chart");
        sectorsChart.setId("sectors-chart");
        meetingsChart.setHeight("340px");
        tradeChart.setHeight("340px");
        for (EChart chart : List.of(membershipChart, meetingsChart, tradeChart, sectorsChart)) {
            chart.setWidthFull();
            chart.addClickListener(this::chartClicked);
        }

        heading.getStyle().set("margin", "0");
        Div charts = new Div(
                card(getTranslation("dyad.card.meetings"), meetingsHint, meetingsChart),
                card(getTranslation("dyad.card.trade"), tradeHint, tradeChart),
                card(getTranslation("dyad.card.sectors"), sectorsHint, sectorsChart),
                card(getTranslation("dyad.card.memberships"), membershipHint, membershipChart));
        charts.addClassName("dyad-charts");
        charts.setWidthFull();
        add(heading, pickers, syntheticBanner, keyFigures, charts);
    }

    private static Div card(String title, Paragraph hint, EChart chart) {
        hint.addClassName("dyad-hint");
        Div card = new Div(new H3(title), hint, chart);
        card.addClassName("dyad-card");
        return card;
    }

    /** A click carries the facts behind the item, or a reference to look them up (meetings of a quarter). */
    private void chartClicked(EChart.Click click) {
        if (!click.factIds().isEmpty()) {
            openEvidence(click.factIds());
            return;
        }
        var ref = click.ref();
        if (ref != null && ref.has("sector")) {
            int year = ref.get("year").asInt();
            openEvidence(overview.mentionFactIds(a, b, "sector", ref.get("sector").asString(), year, year));
        } else if (ref != null && ref.has("organization")) {
            openEvidence(overview.mentionFactIds(a, b, "organization", ref.get("organization").asString(), from, to));
        } else if (ref != null && ref.has("from") && ref.has("to")) {
            openEvidence(overview.meetingFactIds(a, b, LocalDate.parse(ref.get("from").asString()),
                    LocalDate.parse(ref.get("to").asString()), ref.has("kind") ? ref.get("kind").asString() : null,
                    ref.has("level") ? ref.get("level").asString() : null));
        }
    }

    private void openEvidence(List<Long> factIds) {
        if (factIds.isEmpty()) {
            return;
        }
        if (evidenceDialog != null) {
            evidenceDialog.close(); // a second click replaces the dialog rather than stacking another
        }
        evidenceDialog = new EvidenceDialog(factIds.size() == 1 ? getTranslation("dyad.evidence")
                : getTranslation("dyad.evidenceFor", factIds.size()),
                overview.evidence(factIds));
        evidenceDialog.open();
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
            Notification.show(requestedA.equals(requestedB) ? getTranslation("dyad.samePair")
                            : getTranslation("dyad.unknownCountry", bad), 5000,
                    Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_WARNING);
            event.forwardTo(MainLayout.DEFAULT_DYAD);
            return;
        }
        Period period = Period.of(query, DEFAULT_FROM, Year.now(clock).getValue());
        show(pickA.get(), pickB.get(), period.from(), period.to());
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
        String nameA = pairA.name(locale);
        String nameB = pairB.name(locale);
        String api = "api/dyads/" + a + "/" + b + "/facts?from=" + from + "&to=" + to;
        exportCsv.setHref(api + "&format=csv");
        exportJson.setHref(api + "&format=json");
        exportPdf.setHref("api/reports/dyad/" + a + "/" + b + ".pdf?from=" + from + "&to=" + to + "&lang=" + locale.getLanguage());
        heading.setText(getTranslation("dyad.heading", nameA, nameB, from, to));
        countryLink.setHref("country/" + a + "?from=" + from + "&to=" + to);
        countryLink.setText(getTranslation("dyad.allPartners", nameA));
        DyadFacts facts = overview.facts(a, b, from, to);
        syntheticBanner.setVisible(facts.synthetic());
        keyFigures.show(facts, nameA, nameB, locale);

        meetingsHint.setText(facts.meetingTotal() == 0 ? getTranslation("dyad.meetings.none")
                : getTranslation("dyad.meetings.some", facts.meetingTotal()));
        meetingsChart.setOption(MeetingsChartOption.build(facts, nameA, nameB, locale));

        long notCharted = facts.trade().size() - TradeChartOption.drawable(facts).size();
        tradeHint.setText(getTranslation(facts.trade().isEmpty() ? "dyad.trade.none" : "dyad.trade.some")
                + (notCharted > 0 ? " " + getTranslation("dyad.trade.notCharted", notCharted) : ""));
        tradeChart.setOption(TradeChartOption.build(facts, nameA, nameB, locale));

        Map<String, LocalizedName> sectorNames = sectorService.names();
        sectorsHint.setText(getTranslation("dyad.sectors.hint"));
        sectorsChart.setHeight(SectorsChartOption.height(facts) + "px");
        sectorsChart.setOption(SectorsChartOption.build(facts, nameA, nameB,
                code -> sectorNames.containsKey(code) ? sectorNames.get(code).in(locale) : code, locale));

        MembershipTimeline timeline = memberships.timeline(pairA, pairB,
                LocalDate.of(from, 1, 1), LocalDate.of(to, 12, 31));
        long shared = timeline.organizations().stream().filter(MembershipTimeline.OrganizationRow::shared).count();
        Map<String, DyadFacts.OrganizationRow> mentions = new java.util.HashMap<>();
        facts.organizations().forEach(o -> mentions.put(o.code(), o));
        String named = facts.organizations().stream()
                .sorted(Comparator.comparingInt(DyadFacts.OrganizationRow::articles).reversed())
                .limit(5).map(o -> o.code() + " (" + o.articles() + ")").collect(java.util.stream.Collectors.joining(", "));
        membershipHint.setText(timeline.isEmpty() ? getTranslation("dyad.memberships.none")
                : getTranslation("dyad.memberships.some", timeline.organizations().size(), shared)
                + (named.isEmpty() ? "" : " " + getTranslation("dyad.memberships.named", named)));
        membershipChart.setHeight(MembershipChartOption.height(timeline) + "px");
        membershipChart.setOption(MembershipChartOption.build(timeline, mentions, locale, LocalDate.now(clock)));
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

    private Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? Locale.ENGLISH : ui.getLocale();
    }

    @Override
    public String getPageTitle() {
        return a == null ? "Dyad" : getTranslation("dyad.title", a, b, from, to);
    }

    EChart membershipChart() {
        return membershipChart;
    }

    EChart meetingsChart() {
        return meetingsChart;
    }

    EChart tradeChart() {
        return tradeChart;
    }

    EChart sectorsChart() {
        return sectorsChart;
    }

    KeyFigures keyFigures() {
        return keyFigures;
    }
}
