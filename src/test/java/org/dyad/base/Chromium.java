package org.dyad.base;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium and ChromeDriver for browser tests (see STACK.md for the flags). A
 * missing browser fails the test with instructions rather than skipping it silently.
 */
public final class Chromium {

    private static final Path BROWSER = Path.of(System.getenv().getOrDefault("DYAD_CHROMIUM", "/usr/bin/chromium"));
    private static final Path DRIVER = Path.of(System.getenv().getOrDefault("DYAD_CHROMEDRIVER", "/usr/bin/chromedriver"));

    private Chromium() {
    }

    /** Signs in through the login page, as a person would, and waits until the app has let them in. */
    public static void signIn(ChromeDriver driver, String baseUrl, String user, String password) {
        driver.get(baseUrl + "/login");
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        WebElement name = wait.until(d -> d.findElements(By.cssSelector("input[name=username]")).stream().findFirst().orElse(null));
        name.sendKeys(user);
        WebElement secret = driver.findElement(By.cssSelector("input[name=password]"));
        secret.sendKeys(password);
        secret.sendKeys(Keys.ENTER);
        wait.until(d -> d.getCurrentUrl().contains("/login") ? null : true);
    }

    public static ChromeDriver start() throws java.io.IOException {
        if (!Files.isExecutable(BROWSER) || !Files.isExecutable(DRIVER)) {
            throw new IllegalStateException("Browser tests need Chromium and ChromeDriver at " + BROWSER + " and "
                    + DRIVER + ": apt-get install -y chromium chromium-driver (or set DYAD_CHROMIUM/DYAD_CHROMEDRIVER)");
        }
        Path profile = Files.createTempDirectory("dyad-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,1000", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return driver;
    }
}
