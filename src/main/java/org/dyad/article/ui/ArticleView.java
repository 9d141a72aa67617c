package org.dyad.article.ui;

import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.dyad.article.ArticleReadService;
import org.dyad.article.ArticleText;
import org.dyad.article.ArticleText.FactSpans;
import org.dyad.base.format.Amounts;
import org.dyad.base.ui.MainLayout;
import org.dyad.reference.LocalizedName;
import org.dyad.reference.SectorService;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

/**
 * The reader: an article's original text — right to left for Arabic — with every sentence that
 * supports a fact highlighted, and the facts listed beside it. {@code ?fact=ID} puts one fact in focus.
 */
@PermitAll
@Route(value = "articles/:id", layout = MainLayout.class)
public class ArticleView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ArticleReadService articles;
    private final SectorService sectors;
    private String title = "Dyad";

    public ArticleView(ArticleReadService articles, SectorService sectors) {
        this.articles = articles;
        this.sectors = sectors;
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Optional<Long> id = event.getRouteParameters().get("id").flatMap(ArticleView::parse);
        Optional<ArticleText> article = id.flatMap(articles::read);
        if (article.isEmpty()) {
            add(new H2(getTranslation("reader.missing.heading")),
                    new Paragraph(getTranslation("reader.missing.text", event.getRouteParameters().get("id").orElse(""))));
            return;
        }
        long focus = event.getLocation().getQueryParameters().getSingleParameter("fact").flatMap(ArticleView::parse)
                .orElse(-1L);
        show(article.get(), focus);
    }

    private void show(ArticleText a, long focus) {
        String name = a.title() == null ? getTranslation("articles.untitled", a.id()) : a.title();
        title = getTranslation("reader.title", name);
        H2 heading = new H2(name);
        heading.getElement().setAttribute("dir", "auto");
        heading.getStyle().set("margin", "0");
        Span meta = new Span((a.source() == null ? getTranslation("common.unknownSource") : a.source()) + " · "
                + (a.published() == null ? getTranslation("common.dateUnknown") : a.published().toString()) + " · "
                + getTranslation("lang." + a.lang()) + " · "
                + getTranslation("reader.parsedBy", a.parserVersion() == null ? "—" : a.parserVersion()));
        meta.addClassName("dyad-hint");
        add(heading, meta);
        if (a.synthetic()) {
            Div banner = new Div(new Text(getTranslation("reader.synthetic")));
            banner.addClassName("dyad-synthetic-banner");
            add(banner);
        }
        if (a.sourceUrl() != null) {
            add(new Anchor(a.sourceUrl(), a.sourceUrl()));
        }

        List<int[]> spans = new ArrayList<>();
        List<int[]> focused = new ArrayList<>();
        for (FactSpans f : a.facts()) {
            spans.addAll(f.spans());
            if (f.factId() == focus) {
                focused.addAll(f.spans());
            }
        }
        Div body = new HighlightedText(a.body(), a.lang(), spans, focused);
        body.setId("article-body");

        Div facts = new Div();
        facts.addClassName("dyad-card");
        facts.setId("article-facts");
        facts.add(new Span(getTranslation("reader.facts", a.facts().size())));
        Map<String, LocalizedName> sectorNames = sectors.names();
        for (FactSpans f : a.facts()) {
            Div row = new Div(new Text(summary(f, sectorNames)));
            row.getElement().setAttribute("dir", "auto");
            if (f.factId() == focus) {
                row.addClassName("dyad-mark-focus");
            }
            if (!f.reviewState().equals("extracted")) {
                row.add(new Text(" (" + getTranslation("reviewState." + f.reviewState()) + ")"));
            }
            facts.add(row);
        }
        FlexLayout columns = new FlexLayout(body, facts);
        columns.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        columns.getStyle().set("gap", "var(--lumo-space-l)");
        body.getStyle().set("flex", "3 1 30rem");
        facts.getStyle().set("flex", "1 1 16rem");
        columns.setWidthFull();
        add(columns);
    }

    /** One line per fact in the UI language: its kind in words, then dates, names and amounts as stored. */
    private String summary(FactSpans f, Map<String, LocalizedName> sectorNames) {
        return switch (f.type()) {
            case "meeting" -> getTranslation("chart." + f.kind()) + ", " + f.detail();
            case "trade" -> getTranslation("chart." + f.kind()) + " "
                    + (f.amount() == null ? "" : Amounts.abbreviated(f.amount(), getLocale()) + " " + f.currency()) + f.detail();
            case "sector" -> getTranslation("reader.sector",
                    sectorNames.containsKey(f.kind()) ? sectorNames.get(f.kind()).in(getLocale()) : f.kind());
            case "organization" -> getTranslation("reader.organization", f.kind());
            default -> f.kind() + " " + f.detail();
        };
    }

    private static Optional<Long> parse(String s) {
        try {
            return Optional.of(Long.parseLong(s));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
