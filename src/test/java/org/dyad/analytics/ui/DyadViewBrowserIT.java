package org.dyad.analytics.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.dyad.base.BrowserTest;
import org.dyad.base.Chromium;
import org.dyad.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Opens the dyad view in headless Chromium and checks that the memberships chart really drew:
 * counts the painted pixels of its canvas, so a blank chart fails even when the page loads.
 */
@WebIntegrationTest
class DyadViewBrowserIT extends BrowserTest {

    @LocalServerPort
    int port;

    @org.junit.jupiter.api.BeforeEach
    void signIn() {
        if (browser.manage().getCookieNamed("JSESSIONID") == null) {
            Chromium.signIn(browser, "http://localhost:" + port, "analyst", WebIntegrationTest.ANALYST_PASSWORD);
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

        // Move the mouse onto the first row's bar, where ECharts itself places it, and read the tooltip.
        Object tooltip = new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> js.executeScript("""
                const el = document.querySelector('#membership-chart');
                const chart = el.instance;
                const row = el.option.yAxis.data[0];
                const [x, y] = chart.convertToPixel({gridIndex: 0}, [el.option.xAxis.max - 40 * 86400000, row]);
                const canvas = el.shadowRoot.querySelector('canvas');
                const r = canvas.getBoundingClientRect();
                canvas.dispatchEvent(new MouseEvent('mousemove', {clientX: r.left + x, clientY: r.top + y, bubbles: true}));
                const tip = [...el.shadowRoot.querySelectorAll('div')]
                    .find(t => t.style.position === 'absolute' && t.style.display !== 'none' && t.innerHTML.includes('<br>'));
                return tip ? tip.innerHTML : null;"""));
        // The top row is the first shared organization in alphabetical order: the ADB.
        assertThat(tooltip.toString()).contains("Asian Development Bank (ADB)<br>Tajikistan: Member, 1998 – today")
                .doesNotContain("&lt;br");

        Path shot = Path.of("target", "screenshots", "dyad-TJ-KZ.png");
        Files.createDirectories(shot.getParent());
        Files.write(shot, browser.getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void a_click_on_the_trade_chart_opens_the_sentence_behind_the_figure() throws Exception {
        browser.get("http://localhost:" + port + "/dyad/TJ/KZ?from=2015&to=2025");
        JavascriptExecutor js = browser;
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> js.executeScript("""
                const el = document.querySelector('#trade-chart');
                return el && el.instance && el.option && el.option.series ? true : null;"""));
        js.executeScript("""
                const el = document.querySelector('#trade-chart');
                const [x, y] = el.instance.convertToPixel({seriesIndex: 0}, ['2023', 1.15]);
                const canvas = el.shadowRoot.querySelector('canvas');
                const r = canvas.getBoundingClientRect();
                for (const type of ['mousemove', 'mousedown', 'mouseup', 'click']) {
                  canvas.dispatchEvent(new MouseEvent(type, {clientX: r.left + x, clientY: r.top + y, bubbles: true}));
                }""");
        Object dialogText = new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> js.executeScript("""
                const d = document.querySelector('vaadin-dialog');
                return d && d.opened ? d.textContent : null;"""));
        assertThat(js.executeScript("return document.querySelectorAll('vaadin-dialog').length")).isEqualTo(1L);
        Thread.sleep(600); // let the opening animation finish before the screenshot
        assertThat(dialogText.toString()).contains("مليار ومائة وخمسين مليون دولار", "Arabic", "Open the article");
        Path shot = Path.of("target", "screenshots", "dyad-TJ-KZ-evidence.png");
        Files.createDirectories(shot.getParent());
        Files.write(shot, browser.getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void every_chart_of_the_overview_draws_inside_its_card() {
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1800, 1200)); // two columns of charts
        browser.get("http://localhost:" + port + "/dyad/TJ/KZ?from=2015&to=2025");
        for (String id : new String[]{"meetings-chart", "trade-chart", "sectors-chart", "membership-chart"}) {
            long painted = new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> {
                Object n = ((JavascriptExecutor) d).executeScript("return (function(){"
                        + PAINTED_PIXELS.replace("#membership-chart", "#" + id) + "})()");
                long value = n instanceof Number number ? number.longValue() : -1;
                return value > 5_000 ? value : null;
            });
            assertThat(painted).as(id).isGreaterThan(5_000);
            Object fits = new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> ((JavascriptExecutor) d).executeScript("""
                    const el = document.querySelector('#' + arguments[0]);
                    const canvas = el.shadowRoot.querySelector('canvas');
                    const card = el.parentElement.getBoundingClientRect();
                    const c = canvas.getBoundingClientRect();
                    return c.right <= card.right + 1 && c.width > 100 ? true : null;""", id));
            assertThat(fits).as(id + " fits its card").isEqualTo(true);
        }
        Path shot = Path.of("target", "screenshots", "dyad-TJ-KZ-wide.png");
        try {
            Files.createDirectories(shot.getParent());
            Files.write(shot, browser.getScreenshotAs(OutputType.BYTES));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1400, 1000));
    }

    @Test
    void a_permalink_reproduces_the_view_and_picking_updates_the_link() {
        browser.get("http://localhost:" + port + "/dyad/uz/kg?from=2010&to=2020");
        JavascriptExecutor js = browser;
        Object state = new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> js.executeScript("""
                const h = document.querySelector('h2');
                const a = document.querySelector('#country-a');
                const from = document.querySelector('#from-year');
                return h && a && a.value && from ? [h.textContent, location.pathname + location.search] : null;"""));
        assertThat(state.toString()).contains("Uzbekistan – Kyrgyzstan, 2010–2020", "/dyad/UZ/KG?from=2010&to=2020");
        assertThat(browser.getTitle()).isEqualTo("UZ–KG 2010–2020 · Dyad");
        // the swap button navigates to the reversed pair, and the address follows
        js.executeScript("document.querySelector('vaadin-button[aria-label=\"Swap countries\"]').click()");
        Object path = new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> {
            Object p = js.executeScript("return location.pathname + location.search");
            return p.toString().startsWith("/dyad/KG/UZ") ? p : null;
        });
        assertThat(path).isEqualTo("/dyad/KG/UZ?from=2010&to=2020");
    }

    @Test
    void picking_arabic_turns_the_whole_layout_right_to_left() throws Exception {
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1400, 1000));
        browser.get("http://localhost:" + port + "/dyad/TJ/KZ?from=2015&to=2025");
        JavascriptExecutor js = browser;
        try {
            assertThat(js.executeScript("return document.documentElement.dir || 'ltr'")).isEqualTo("ltr");
            // pick العربية in the language menu, as a person would: open it, click the item
            new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> js.executeScript("""
                    const s = document.querySelector('#language');
                    if (!s) return null;
                    s.opened = true;
                    const item = [...document.querySelectorAll('vaadin-select-item')].find(i => i.textContent.includes('العربية'));
                    if (!item) return null;
                    item.click();
                    return true;"""));
            Object heading = new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> js.executeScript("""
                    const h = document.querySelector('h2');
                    return document.documentElement.dir === 'rtl' && h && h.textContent.includes('طاجيكستان')
                        ? h.textContent : null;"""));
            assertThat(heading).isEqualTo("طاجيكستان – كازاخستان، 2015–2025");
            assertThat(js.executeScript("return document.documentElement.lang")).isEqualTo("ar");
            assertThat(browser.getCurrentUrl()).endsWith("/dyad/TJ/KZ?from=2015&to=2025");
            // the navigation drawer moved to the right edge and the pickers start from the right
            Object layout = js.executeScript("""
                    const nav = document.querySelector('vaadin-side-nav').getBoundingClientRect();
                    const a = document.querySelector('#country-a').getBoundingClientRect();
                    const b = document.querySelector('#country-b').getBoundingClientRect();
                    return [nav.left > innerWidth / 2, a.left > b.left];""");
            assertThat(layout.toString()).isEqualTo("[true, true]");
            assertThat(paintedPixels("meetings-chart", 5_000)).isGreaterThan(5_000);
            assertThat(paintedPixels("trade-chart", 5_000)).isGreaterThan(5_000);
            Thread.sleep(500); // let the charts' entry animation settle for the screenshot
            Path shot = Path.of("target", "screenshots", "dyad-TJ-KZ-ar.png");
            Files.createDirectories(shot.getParent());
            Files.write(shot, browser.getScreenshotAs(OutputType.BYTES));
        } finally {
            browser.manage().deleteCookieNamed("dyad-lang"); // the other tests read English
        }
    }

    @Test
    void the_export_links_download_with_the_session_of_the_signed_in_analyst() {
        browser.get("http://localhost:" + port + "/dyad/TJ/KZ?from=2015&to=2025");
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> d.findElements(org.openqa.selenium.By.id("export-pdf")).isEmpty()
                ? null : true);
        Object answer = ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const href = document.querySelector('#export-pdf').getAttribute('href');
                fetch(href).then(r => r.arrayBuffer().then(b => done(href + ' ' + r.status + ' ' + r.headers.get('content-type')
                    + ' ' + new TextDecoder('latin1').decode(b.slice(0, 5)))));""");
        assertThat(answer.toString()).isEqualTo("api/reports/dyad/TJ/KZ.pdf?from=2015&to=2025&lang=en 200 application/pdf %PDF-");
    }

    @Test
    void the_report_builder_makes_a_pdf_to_download() throws Exception {
        browser.get("http://localhost:" + port + "/reports");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        wait.until(d -> d.findElements(org.openqa.selenium.By.id("report-create")).isEmpty() ? null : true);
        js("document.querySelector('#report-create').click()");
        wait.until(d -> d.findElements(org.openqa.selenium.By.id("report-download")).isEmpty() ? null : true);
        shot("reports.png");
        assertThat(undefinedElements()).as("components missing from the bundle").isEmpty();
        Object answer = ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(document.querySelector('#report-download').getAttribute('href'))
                  .then(r => r.arrayBuffer().then(b => done(r.status + ' ' + r.headers.get('content-type') + ' '
                    + new TextDecoder('latin1').decode(b.slice(0, 5)))));""");
        assertThat(answer.toString()).isEqualTo("200 application/pdf %PDF-");
    }

    @Test
    void the_country_view_draws_its_partners() {
        browser.get("http://localhost:" + port + "/country/TJ?from=2015&to=2025");
        long painted = paintedPixels("partners-chart", 2_000);
        assertThat(painted).isGreaterThan(2_000);
        assertThat(browser.findElement(org.openqa.selenium.By.id("partners-grid")).getText()).contains("Kazakhstan");
    }

    @Test
    void the_network_view_draws_the_meetings() {
        browser.get("http://localhost:" + port + "/network?from=2015&to=2025");
        long painted = paintedPixels("network-chart", 1_000);
        assertThat(painted).isGreaterThan(1_000);
    }

    /** Waits until the chart with this id has more than {@code minimum} painted pixels; returns how many. */
    private static long paintedPixels(String id, long minimum) {
        return new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> {
            Object n = ((JavascriptExecutor) d).executeScript("return (function(){"
                    + PAINTED_PIXELS.replace("#membership-chart", "#" + id) + "})()");
            long value = n instanceof Number number ? number.longValue() : -1;
            return value > minimum ? value : null;
        });
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
