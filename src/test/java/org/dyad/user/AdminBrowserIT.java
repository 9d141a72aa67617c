package org.dyad.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;

import org.dyad.WebIntegrationTest;
import org.dyad.article.ArticleIngestService;
import org.dyad.article.NewArticle;
import org.dyad.base.BrowserTest;
import org.dyad.base.Chromium;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Signing in and out in a real browser, the admin pages as an admin sees them, and script in an article staying text. */
@WebIntegrationTest
class AdminBrowserIT extends BrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    ArticleIngestService ingest;

    private String base() {
        return "http://localhost:" + port;
    }

    @Test
    void a_wrong_password_is_refused_then_the_admin_signs_in_manages_users_and_signs_out() throws Exception {
        browser.manage().deleteAllCookies();
        browser.get(base() + "/admin/users");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        wait.until(d -> d.getCurrentUrl().endsWith("/login") ? true : null);
        wait.until(d -> d.findElements(By.cssSelector("input[name=username]")).isEmpty() ? null : true);
        browser.findElement(By.cssSelector("input[name=username]")).sendKeys("admin");
        browser.findElement(By.cssSelector("input[name=password]")).sendKeys("not the password\n");
        wait.until(d -> d.getCurrentUrl().contains("/login?error") ? true : null);
        Object error = wait.until(d -> ((JavascriptExecutor) d).executeScript(
                "const f = document.querySelector('vaadin-login-form'); return f && f.error ? true : null;"));
        assertThat(error).isEqualTo(true);
        Thread.sleep(300);
        shot("login-error.png");

        Chromium.signIn(browser, base(), "admin", WebIntegrationTest.ADMIN_PASSWORD);
        browser.get(base() + "/admin/users");
        Object rows = wait.until(d -> {
            Object text = ((JavascriptExecutor) d).executeScript(
                    "const g = document.querySelector('#users-grid'); return g ? g.textContent || g.innerText : null;");
            return text != null && text.toString().contains("analyst") ? text : null;
        });
        assertThat(browser.findElement(By.id("signed-in-user")).getText()).isEqualTo("admin");
        Thread.sleep(300);
        shot("admin-users.png");
        assertThat(undefinedElements()).as("users page").isEmpty();
        browser.get(base() + "/admin/data");
        wait.until(d -> d.findElements(By.id("synthetic-count")).isEmpty() ? null : true);
        Thread.sleep(300);
        shot("admin-data.png");
        assertThat(undefinedElements()).as("data page").isEmpty();

        // upload the Russian PDF as a person would: into the upload's file input, then save the preview
        browser.get(base() + "/admin/upload");
        wait.until(d -> d.findElements(By.id("upload")).isEmpty() ? null : true);
        var input = browser.findElement(By.id("upload")).getShadowRoot().findElement(By.cssSelector("input[type=file]"));
        input.sendKeys(Path.of("src/test/resources/upload/ru-official-visit.pdf").toAbsolutePath().toString());
        Object card = wait.until(d -> {
            Object t = ((JavascriptExecutor) d).executeScript(
                    "const p = document.querySelector('#upload-previews'); return p ? p.innerText : null;");
            return t != null && t.toString().contains("Official visit") ? t : null;
        });
        assertThat(card.toString()).contains("ru-official-visit.pdf", "PDF", "Russian");
        Thread.sleep(400);
        shot("admin-upload-preview.png");
        assertThat(undefinedElements()).as("upload page").isEmpty();
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView(); arguments[0].click();",
                browser.findElement(By.cssSelector(".dyad-upload-save")));
        Object status = wait.until(d -> {
            Object t = ((JavascriptExecutor) d).executeScript(
                    "const s = document.querySelector('.dyad-upload-status'); return s ? s.innerText : null;");
            return t;
        });
        assertThat(status.toString()).matches("(Stored as|Already stored as) article \\d+.*");

        browser.get(base() + "/admin/reference");
        wait.until(d -> d.findElements(By.id("reference-person")).isEmpty() ? null : true);
        var personInput = browser.findElement(By.cssSelector("#reference-person input"));
        personInput.sendKeys("Tokayev");
        Thread.sleep(600);
        personInput.sendKeys(org.openqa.selenium.Keys.ARROW_DOWN);
        personInput.sendKeys(org.openqa.selenium.Keys.ENTER);
        wait.until(d -> {
            Object t = ((JavascriptExecutor) d).executeScript("return document.body.innerText");
            return t.toString().contains("President") ? true : null;
        });
        Thread.sleep(400);
        shot("admin-reference.png");
        assertThat(undefinedElements()).as("reference page").isEmpty();

        browser.findElement(By.id("sign-out")).click();
        wait.until(d -> d.getCurrentUrl().endsWith("/login") ? true : null);
        browser.get(base() + "/dyad/TJ/KZ");
        wait.until(d -> d.getCurrentUrl().endsWith("/login") ? true : null);
        assertThat(rows.toString()).contains("admin");
    }

    @Test
    void script_inside_an_article_is_shown_as_text_and_never_runs() throws Exception {
        String payload = "<script>window.__dyadXss = 1</script><img src=x onerror=\"window.__dyadXss = 2\">";
        long id = ingest.ingest(new NewArticle(
                "Officials of two ministries compared notes. " + payload + " Nothing else was reported.",
                "en", "Heading " + payload, LocalDate.of(2024, 3, 1), "XSS test source", null, false), "test").articleId();
        browser.manage().deleteAllCookies();
        Chromium.signIn(browser, base(), "analyst", WebIntegrationTest.ANALYST_PASSWORD);
        browser.get(base() + "/articles/" + id);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        String body = wait.until(d -> d.findElements(By.id("article-body")).isEmpty() ? null
                : d.findElement(By.id("article-body")).getText());
        assertThat(body).contains("<script>window.__dyadXss = 1</script>");
        assertThat(browser.findElement(By.tagName("h2")).getText()).contains("<img src=x");
        Thread.sleep(500);
        JavascriptExecutor js = browser;
        assertThat(js.executeScript("return window.__dyadXss === undefined")).isEqualTo(true);
        assertThat(js.executeScript("return document.querySelectorAll('#article-body script, #article-body img, h2 img').length"))
                .isEqualTo(0L);
        shot("reader-xss.png");
    }
}
