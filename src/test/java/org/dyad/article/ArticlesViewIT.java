package org.dyad.article;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dyad.IntegrationTest;
import org.dyad.base.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

@IntegrationTest
class ArticlesViewIT extends KaribuTest {

    @Autowired
    ArticleReadService articles;

    @Test
    void the_list_shows_the_seed_article_and_filters_narrow_it() {
        UI.getCurrent().navigate("articles");
        @SuppressWarnings("unchecked")
        Grid<ArticleListItem> grid = _get(Grid.class, spec -> spec.withId("articles-grid"));
        assertThat(GridKt._size(grid)).isGreaterThanOrEqualTo(1);

        TextField search = _get(TextField.class, spec -> spec.withId("article-search"));
        HasValueUtilsKt._setValue(search, "مليار ومائة وخمسين", true);
        assertThat(GridKt._size(grid)).isEqualTo(1);
        ArticleListItem seed = GridKt._get(grid, 0);
        assertThat(seed.lang()).isEqualTo("ar");
        assertThat(seed.pairs()).isEqualTo("KZ–TJ");
        assertThat(seed.facts()).isGreaterThan(20);
        assertThat(seed.synthetic()).isFalse();

        @SuppressWarnings("unchecked")
        Select<String> lang = _get(Select.class, spec -> spec.withId("article-lang"));
        HasValueUtilsKt._setValue(lang, "ru", true);
        assertThat(GridKt._size(grid)).isZero();
    }

    @Test
    void filters_by_country_and_date_in_the_query() {
        List<ArticleListItem> kz = articles.page(new ArticleFilter(null, null, "KZ", null, null, null), 0, 50);
        assertThat(kz).anySatisfy(a -> assertThat(a.title()).contains("كازاخستان"));
        assertThat(articles.count(new ArticleFilter(null, null, "KZ", null, java.time.LocalDate.of(2025, 1, 1), null)))
                .isZero();
        assertThat(articles.count(new ArticleFilter(null, null, null, "press service", null, null))).isEqualTo(1);
    }
}
