package org.dyad.base;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;

/** A test class with one headless Chromium for all its tests, screenshots under target/screenshots, and a script helper. */
public abstract class BrowserTest {

    protected static ChromeDriver browser;

    @BeforeAll
    static void startBrowser() throws Exception {
        browser = Chromium.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
    }

    protected static Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    /**
     * The Vaadin elements on the page that the browser does not know (a component missing from the
     * production bundle renders as bare text while the server side still works): must be none.
     * ({@code vaadin-*-content} elements are plain containers by design.)
     */
    protected static String undefinedElements() {
        return String.valueOf(js("""
                return [...new Set([...document.querySelectorAll('*')].map(e => e.localName)
                    .filter(n => n.startsWith('vaadin-') && !n.endsWith('-content') && !customElements.get(n)))].join(',');"""));
    }

    protected static void shot(String name) throws IOException {
        Path file = Path.of("target", "screenshots", name);
        Files.createDirectories(file.getParent());
        Files.write(file, browser.getScreenshotAs(OutputType.BYTES));
    }
}
