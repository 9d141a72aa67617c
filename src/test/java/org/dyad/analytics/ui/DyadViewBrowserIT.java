package org.dyad.analytics.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.dyad.base.Chromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Opens the dyad view in headless Chromium and checks that the memberships chart really drew:
 * counts the painted pixels of its canvas, so a blank chart fails even when the page loads.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:dyad-browser;DB_CLOSE_DELAY=-1",
        "spring.datasource.username=sa", "spring.datasource.password="})
class DyadViewBrowserIT {

    private static ChromeDriver browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() throws Exception {
        browser = Chromium.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    /** Counts canvas pixels that are neither transparent nor the page background. */
    private static final String PAINTED_PIXELS = """
            const chart = document.querySelector('#membership-chart');
            const canvas = chart && chart.shadowRoot && chart.shadowRoot.querySelector('canvas');
            if (!canvas || canvas.width === 0) return -1;
            const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
            let painted = 0;
            for (let i = 0; i < data.length; i += 4) { if (data[i + 3] > 0) painted++; }
            return painted;
            """;

    @Test
    void the_memberships_chart_draws_the_spans_of_both_countries() throws Exception {
        browser.get("http://localhost:" + port + "/dyad/TJ/KZ?from=2000&to=2025");
        JavascriptExecutor js = browser;
        long painted = new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> {
            Object n = js.executeScript("return (function(){" + PAINTED_PIXELS + "})()");
            long value = n instanceof Number number ? number.longValue() : -1;
            return value > 20_000 ? value : null;
        });
        Object size = js.executeScript("""
                const c = document.querySelector('#membership-chart').shadowRoot.querySelector('canvas');
                return c.width * c.height;""");
        assertThat(painted).isLessThan(((Number) size).longValue());

        Object labels = js.executeScript("""
                const el = document.querySelector('#membership-chart');
                return JSON.stringify(el.option.yAxis.data);""");
        assertThat(labels.toString()).contains("SCO · Tajikistan", "SCO · Kazakhstan");
        assertThat(browser.getTitle()).isEqualTo("TJ–KZ 2000–2025 · Dyad");

        // Hover the first bar (SCO, Tajikistan: the top row) and read the tooltip ECharts shows.
        new org.openqa.selenium.interactions.Actions(browser)
                .moveToElement(browser.findElement(org.openqa.selenium.By.id("membership-chart")), 0, 0)
                .perform();
        Object firstRow = js.executeScript("""
                const el = document.querySelector('#membership-chart');
                const grid = el.shadowRoot.querySelector('canvas').getBoundingClientRect();
                return [grid.left, grid.top, grid.width];""");
        java.util.List<?> box = (java.util.List<?>) firstRow;
        double left = ((Number) box.get(0)).doubleValue();
        double top = ((Number) box.get(1)).doubleValue();
        double width = ((Number) box.get(2)).doubleValue();
        Object tooltip = new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> {
            // Sweep the first row (just under the legend) from the right, where every span reaches.
            for (int dy = 40; dy <= 70; dy += 3) {
                js.executeScript("""
                        const el = document.querySelector('#membership-chart');
                        const canvas = el.shadowRoot.querySelector('canvas');
                        const r = canvas.getBoundingClientRect();
                        canvas.dispatchEvent(new MouseEvent('mousemove',
                            {clientX: r.left + arguments[0], clientY: r.top + arguments[1], bubbles: true}));""",
                        width - 80, dy);
                Object text = js.executeScript("""
                        const tip = [...document.querySelector('#membership-chart').shadowRoot.querySelectorAll('div')]
                            .find(d => d.style.position === 'absolute' && d.style.display !== 'none' && d.textContent.includes('–'));
                        return tip ? tip.innerHTML : null;""");
                if (text != null) {
                    return text;
                }
            }
            return null;
        });
        // The top row is the first shared organization in alphabetical order: the ADB.
        assertThat(tooltip.toString()).contains("Asian Development Bank (ADB)<br>Tajikistan: Member, 1998 – today")
                .doesNotContain("&lt;br");
        assertThat(left).isGreaterThanOrEqualTo(0);
        assertThat(top).isGreaterThanOrEqualTo(0);

        Path shot = Path.of("target", "screenshots", "dyad-TJ-KZ.png");
        Files.createDirectories(shot.getParent());
        Files.write(shot, browser.getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void an_empty_period_says_so_on_the_chart() {
        browser.get("http://localhost:" + port + "/dyad/AQ/BV?from=2000&to=2025");
        Object title = new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> ((JavascriptExecutor) d)
                .executeScript("""
                        const el = document.querySelector('#membership-chart');
                        return el && el.option && el.option.title ? el.option.title.text : null;"""));
        assertThat(title.toString()).startsWith("No memberships of Antarctica and Bouvet Island recorded for 2000–2025");
    }
}
