package org.dyad.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.db.Tables.FACT;
import static org.dyad.db.Tables.TRADE_FIGURE;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.dyad.WebIntegrationTest;
import org.dyad.base.BrowserTest;
import org.dyad.base.Chromium;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 5's "done means", in a browser: an admin uploads a Windows-1256 Arabic text and a Russian
 * PDF, corrects a trade figure in the review queue, re-parses everything, and the correction is
 * still there; an analyst then finds no admin page at all.
 */
@UploadIntegrationTest
class AdminFlowBrowserIT extends BrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    DSLContext dsl;

    private String base() {
        return "http://localhost:" + port;
    }

    @Test
    void upload_correct_reparse_and_the_correction_stays() throws Exception {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        String tag = Long.toString(System.nanoTime());
        String arabic = "استقبل رئيس جمهورية طاجيكستان إمام علي رحمن في دوشنبه يوم 12 مايو 2023 رئيس وزراء أوزبكستان عبد الله عاريبوف. "
                + "وبلغ حجم التبادل التجاري بين البلدين 1.3 مليار دولار في عام 2022. رقم " + tag;
        Path arabicFile = Files.createTempFile("dyad-arabic-1256-", ".txt");
        Files.write(arabicFile, arabic.getBytes(Charset.forName("windows-1256")));

        browser.manage().deleteAllCookies();
        Chromium.signIn(browser, base(), "admin", WebIntegrationTest.ADMIN_PASSWORD);
        browser.get(base() + "/admin/upload");
        wait.until(d -> d.findElements(By.id("upload")).isEmpty() ? null : true);
        var input = browser.findElement(By.id("upload")).getShadowRoot().findElement(By.cssSelector("input[type=file]"));
        input.sendKeys(arabicFile.toAbsolutePath() + "\n" + Path.of("src/test/resources/upload/ru-official-visit.pdf").toAbsolutePath());
        wait.until(d -> ((Number) js("return document.querySelectorAll('.dyad-upload-preview').length")).intValue() == 2 ? true : null);
        assertThat(js("return document.querySelector('#upload-previews').innerText").toString())
                .contains("TEXT windows-1256 · Arabic", "PDF · Russian");
        js("document.querySelector('#upload-save-all').click()");
        wait.until(d -> ((Number) js("return document.querySelectorAll('.dyad-upload-status').length")).intValue() == 2 ? true : null);
        shot("flow-upload-saved.png");

        long trade = dsl.select(FACT.ID).from(FACT).join(TRADE_FIGURE).on(TRADE_FIGURE.FACT_ID.eq(FACT.ID))
                .where(TRADE_FIGURE.FACT_YEAR.eq(2022), TRADE_FIGURE.AMOUNT.eq(new java.math.BigDecimal("1300000000")),
                        FACT.ARTICLE_ID.in(dsl.select(org.dyad.db.Tables.ARTICLE.ID).from(org.dyad.db.Tables.ARTICLE)
                                .where(org.dyad.db.Tables.ARTICLE.BODY.contains(tag))))
                .fetchSingle(FACT.ID);

        browser.get(base() + "/admin/review");
        String card = "[data-fact='" + trade + "']";
        wait.until(d -> d.findElements(By.cssSelector(card)).isEmpty() ? null : true);
        js("arguments[0].scrollIntoView(); arguments[0].click();",
                browser.findElement(By.cssSelector(card + " .dyad-review-correct")));
        wait.until(d -> d.findElements(By.cssSelector("#review-amount input")).isEmpty() ? null : true);
        var amount = browser.findElement(By.cssSelector("#review-amount input"));
        amount.sendKeys(Keys.chord(Keys.CONTROL, "a"), "1400000000", Keys.TAB);
        Thread.sleep(300);
        shot("flow-review-correct.png");
        assertThat(undefinedElements()).as("review page").isEmpty();
        js("document.querySelector('#review-correct-save').click()");
        wait.until(d -> d.findElements(By.cssSelector(card)).isEmpty() ? true : null);
        assertThat(state(trade)).isEqualTo("corrected");
        assertThat(amount(trade)).isEqualByComparingTo("1400000000");

        browser.get(base() + "/admin/data");
        wait.until(d -> d.findElements(By.id("reparse")).isEmpty() ? null : true);
        js("document.querySelector('#reparse').click()");
        Object status = wait.until(d -> {
            Object t = js("const s = document.querySelector('#reparse-status'); return s ? s.innerText : null;");
            return t != null && t.toString().contains(" s: facts ") ? t : null;
        });
        assertThat(status.toString()).containsPattern("Re-parsed \\d+ articles in .*; [1-9]\\d* reviewed facts kept as decided.");
        shot("flow-reparsed.png");
        assertThat(state(trade)).as("the correction survives the re-parse").isEqualTo("corrected");
        assertThat(amount(trade)).isEqualByComparingTo("1400000000");
        assertThat(dsl.fetchCount(TRADE_FIGURE.join(FACT).on(FACT.ID.eq(TRADE_FIGURE.FACT_ID)),
                TRADE_FIGURE.AMOUNT.eq(new java.math.BigDecimal("1300000000")), TRADE_FIGURE.FACT_YEAR.eq(2022),
                FACT.ARTICLE_ID.eq(dsl.select(FACT.ARTICLE_ID).from(FACT).where(FACT.ID.eq(trade)).fetchSingle().value1())))
                .as("the misread figure is not brought back").isZero();

        // an analyst reads everything and changes nothing: no admin page opens, no admin menu
        js("document.querySelector('#sign-out').click()");
        wait.until(d -> d.getCurrentUrl().endsWith("/login") ? true : null);
        Chromium.signIn(browser, base(), "analyst", WebIntegrationTest.ANALYST_PASSWORD);
        for (String page : new String[]{"/admin/upload", "/admin/review", "/admin/data", "/admin/reference", "/admin/users"}) {
            browser.get(base() + page);
            Object text = wait.until(d -> {
                Object t = js("return document.body.innerText");
                return t != null && t.toString().contains("Could not navigate") ? t : null;
            });
            assertThat(text.toString()).as(page).doesNotContain("Upload articles", "Review queue");
        }
        browser.get(base() + "/dyad/TJ/UZ?from=2020&to=2025");
        Object nav = wait.until(d -> {
            Object t = js("const n = document.querySelector('vaadin-side-nav'); return n ? n.innerText : null;");
            return t != null && !t.toString().isBlank() ? t : null;
        });
        assertThat(nav.toString()).contains("Articles").doesNotContain("Administration");
        Files.deleteIfExists(arabicFile);
    }

    private String state(long factId) {
        return dsl.select(FACT.REVIEW_STATE).from(FACT).where(FACT.ID.eq(factId)).fetchSingle().value1();
    }

    private java.math.BigDecimal amount(long factId) {
        return dsl.select(TRADE_FIGURE.AMOUNT).from(TRADE_FIGURE).where(TRADE_FIGURE.FACT_ID.eq(factId)).fetchSingle().value1();
    }
}
