package org.dyad.article.ui;

import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.List;

import org.dyad.article.ArticleFilter;
import org.dyad.article.ArticleListItem;
import org.dyad.article.ArticleReadService;
import org.dyad.base.ui.DatePickers;
import org.dyad.base.ui.MainLayout;
import org.dyad.reference.CountryName;
import org.dyad.reference.CountryService;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

/** Every stored article, newest first, loaded a page at a time and narrowed by language, country, source, date and text. */
@PermitAll
@Route(value = "articles", layout = MainLayout.class)
public class ArticlesView extends VerticalLayout implements HasDynamicTitle {

    private final ArticleReadService articles;
    private final Grid<ArticleListItem> grid = new Grid<>();
    private final TextField text = new TextField(getTranslation("articles.search"));
    private final Select<String> lang = new Select<>();
    private final ComboBox<CountryName> country = new ComboBox<>(getTranslation("common.country"));
    private final TextField source = new TextField(getTranslation("articles.source"));
    private final DatePicker from = new DatePicker(getTranslation("common.from"));
    private final DatePicker to = new DatePicker(getTranslation("common.to"));
    private final Span total = new Span();

    public ArticlesView(ArticleReadService articles, CountryService countries) {
        this.articles = articles;
        setWidthFull();
        setHeightFull();
        text.setPlaceholder(getTranslation("articles.search.placeholder"));
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        lang.setLabel(getTranslation("articles.language"));
        lang.setItems("", "ar", "ru", "en");
        lang.setItemLabelGenerator(l -> getTranslation(l.isEmpty() ? "lang.all" : "lang." + l));
        lang.setValue("");
        List<CountryName> all = countries.all().stream()
                .sorted(Comparator.comparing(c -> c.name(getLocale()), java.text.Collator.getInstance(getLocale()))).toList();
        country.setItems(all);
        country.setItemLabelGenerator(c -> c.name(getLocale()) + " (" + c.code() + ")");
        DatePickers.localize(from, getLocale());
        DatePickers.localize(to, getLocale());
        country.setClearButtonVisible(true);
        source.setValueChangeMode(ValueChangeMode.LAZY);
        source.setClearButtonVisible(true);
        text.setId("article-search");
        lang.setId("article-lang");
        grid.setId("articles-grid");
        text.addValueChangeListener(e -> refresh());
        lang.addValueChangeListener(e -> refresh());
        country.addValueChangeListener(e -> refresh());
        source.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());

        grid.addColumn(a -> a.published() == null ? "—" : a.published().toString()).setHeader(getTranslation("articles.col.published")).setAutoWidth(true);
        grid.addComponentColumn(a -> {
            Span t = new Span(a.title() == null ? getTranslation("articles.untitled", a.id()) : a.title());
            t.getElement().setAttribute("dir", "auto");
            return t;
        }).setHeader(getTranslation("articles.col.title")).setFlexGrow(3);
        grid.addColumn(a -> a.lang()).setHeader(getTranslation("articles.col.lang")).setAutoWidth(true);
        grid.addColumn(a -> a.source() == null ? "" : a.source()).setHeader(getTranslation("articles.source")).setFlexGrow(2);
        grid.addColumn(ArticleListItem::pairs).setHeader(getTranslation("articles.col.pairs")).setAutoWidth(true);
        grid.addColumn(ArticleListItem::facts).setHeader(getTranslation("articles.col.facts")).setAutoWidth(true);
        grid.addComponentColumn(a -> {
            Span s = new Span(a.synthetic() ? getTranslation("common.synthetic") : "");
            if (a.synthetic()) {
                s.getElement().getThemeList().add("badge contrast");
            }
            return s;
        }).setHeader("").setAutoWidth(true);
        grid.addItemClickListener(e -> UI.getCurrent().navigate("articles/" + e.getItem().id()));
        grid.setSizeFull();

        FlexLayout filters = new FlexLayout(text, lang, country, source, from, to, total);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("gap", "var(--lumo-space-m)");
        total.addClassName("dyad-hint");
        H2 heading = new H2(getTranslation("articles.heading"));
        heading.getStyle().set("margin", "0");
        add(heading, filters, grid);
        setFlexGrow(1, grid);
        refresh();
    }

    private ArticleFilter filter() {
        return new ArticleFilter(text.getValue(), lang.getValue(), country.getValue() == null ? null : country.getValue().code(),
                source.getValue(), from.getValue(), to.getValue());
    }

    private void refresh() {
        ArticleFilter f = filter();
        int count = articles.count(f);
        total.setText(getTranslation("articles.count", count));
        grid.setItems(query -> articles.page(f, query.getOffset(), query.getLimit()).stream(), query -> count);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("articles.title");
    }

    Grid<ArticleListItem> grid() {
        return grid;
    }

    TextField text() {
        return text;
    }

    Select<String> lang() {
        return lang;
    }
}
