package org.dyad.article;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.dyad.article.review.ReviewService;
import org.dyad.base.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.BigDecimalField;

/** The review page: the newest article's facts first, with their sentences; confirm, correct and reject from the UI. */
@UploadIntegrationTest
class ReviewViewIT extends KaribuTest {

    @Autowired
    ArticleIngestService ingest;

    @Autowired
    ReviewService review;

    private Div card(long factId) {
        return _find(Div.class, spec -> spec.withClasses("dyad-review-item")).stream()
                .filter(d -> Long.toString(factId).equals(d.getElement().getAttribute("data-fact"))).findFirst().orElseThrow();
    }

    @Test
    void an_admin_confirms_corrects_and_rejects_from_the_queue() {
        long article = ingest.ingest(new NewArticle("Trade between Kazakhstan and Kyrgyzstan reached $2 billion in 2023. "
                + "The presidents discussed energy. Note " + System.nanoTime(), "en", "Queue test", LocalDate.of(2024, 2, 1),
                "Review test source", null, false), "test").articleId();
        var items = review.queue(null, 0, 50).stream().filter(i -> i.articleId() == article).toList();
        long trade = items.stream().filter(i -> i.type().equals("trade")).findFirst().orElseThrow().factId();
        long sector = items.stream().filter(i -> i.type().equals("sector")).findFirst().orElseThrow().factId();
        long organizationOrOther = items.stream().filter(i -> i.factId() != trade && i.factId() != sector).findFirst()
                .map(i -> i.factId()).orElse(-1L);

        signInAs("admin", "ADMIN", "ANALYST");
        UI.getCurrent().navigate("admin/review");
        Div tradeCard = card(trade);
        assertThat(tradeCard.getElement().getTextRecursively()).contains("Turnover 2 bn USD, 2023",
                "Trade between Kazakhstan and Kyrgyzstan reached $2 billion in 2023.", "Queue test · Review test source · 2024-02-01");

        _click(_get(tradeCard, Button.class, spec -> spec.withClasses("dyad-review-correct")));
        Dialog dialog = _get(Dialog.class, spec -> spec.withId("review-correct-dialog"));
        _get(dialog, BigDecimalField.class, spec -> spec.withId("review-amount")).setValue(new BigDecimal("2100000000"));
        _click(_get(dialog, Button.class, spec -> spec.withId("review-correct-save")));
        assertThat(review.item(trade).reviewState()).isEqualTo("corrected");
        assertThat(review.item(trade).amount()).isEqualByComparingTo("2100000000");
        assertThat(review.item(trade).reviewedBy()).isEqualTo("admin");

        _click(_get(card(sector), Button.class, spec -> spec.withClasses("dyad-review-reject")));
        assertThat(review.item(sector).reviewState()).isEqualTo("rejected");
        assertThat(_find(Div.class, spec -> spec.withClasses("dyad-review-item")).stream()
                .map(d -> d.getElement().getAttribute("data-fact"))).doesNotContain(Long.toString(trade), Long.toString(sector));
        if (organizationOrOther > 0) {
            _click(_get(card(organizationOrOther), Button.class, spec -> spec.withClasses("dyad-review-confirm")));
            assertThat(review.item(organizationOrOther).reviewState()).isEqualTo("confirmed");
        }
    }
}
