package org.dyad.article;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.db.Tables.AUDIT_LOG;

import org.dyad.article.demo.DemoDataService;
import org.dyad.base.KaribuTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.UI;

/** An admin removes all synthetic data from the UI; the real seed article stays and the audit log says who did it. */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:dyad-admin-data;DB_CLOSE_DELAY=-1",
        "spring.datasource.username=sa", "spring.datasource.password="})
class DataAdminViewIT extends KaribuTest {

    @Autowired
    DemoDataService demo;

    @Autowired
    DSLContext dsl;

    @Test
    void an_admin_removes_every_synthetic_article_and_only_those() {
        demo.generate(6, 11, i -> { });
        int synthetic = demo.countSynthetic();
        assertThat(synthetic).isPositive();
        int all = dsl.fetchCount(org.dyad.db.Tables.ARTICLE);

        signInAs("boss", "ADMIN", "ANALYST");
        UI.getCurrent().navigate("admin/data");
        assertThat(_get(Paragraph.class, spec -> spec.withId("synthetic-count")).getText())
                .isEqualTo("Synthetic articles stored: " + synthetic);
        _click(_get(Button.class, spec -> spec.withId("remove-synthetic")));
        Dialog confirm = _get(Dialog.class, spec -> spec.withId("confirm-removal"));
        _click(_get(confirm, Button.class, spec -> spec.withId("confirm-remove")));

        assertThat(demo.countSynthetic()).isZero();
        assertThat(dsl.fetchCount(org.dyad.db.Tables.ARTICLE)).isEqualTo(all - synthetic).isPositive();
        assertThat(_get(Paragraph.class, spec -> spec.withId("synthetic-count")).getText())
                .isEqualTo("Synthetic articles stored: 0");
        assertThat(_get(Button.class, spec -> spec.withId("remove-synthetic")).isEnabled()).isFalse();
        var entry = dsl.selectFrom(AUDIT_LOG).where(AUDIT_LOG.ACTION.eq("remove_synthetic")).fetchSingle();
        assertThat(entry.getUsername()).isEqualTo("boss");
        assertThat(entry.getBeforeJson()).isEqualTo("{\"syntheticArticles\":" + synthetic + "}");

        // then a re-parse from the same page, in the background, with its result on the page and in the log
        _click(_get(Button.class, spec -> spec.withId("reparse")));
        String status = "";
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
        while (!status.contains(" s: facts ") && System.nanoTime() < deadline) {
            com.github.mvysny.kaributesting.v10.MockVaadin.clientRoundtrip(false);
            status = _get(Paragraph.class, spec -> spec.withId("reparse-status")).getText();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        assertThat(status).matches("Re-parsed " + (all - synthetic) + " articles in [0-9.]+ s: facts \\d+ before, \\d+ after; 0 reviewed facts kept as decided.");
        assertThat(dsl.fetchExists(AUDIT_LOG, AUDIT_LOG.ACTION.eq("reparse"), AUDIT_LOG.USERNAME.eq("boss"))).isTrue();
    }
}
