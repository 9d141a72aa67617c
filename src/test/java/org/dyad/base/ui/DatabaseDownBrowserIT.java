package org.dyad.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.Duration;

import org.dyad.WebIntegrationTest;
import org.dyad.base.BrowserTest;
import org.dyad.base.Chromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * In a real browser: the database goes away while an analyst works, the page they open says so,
 * and it comes back by itself (the page polls) once the database answers again.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.username=sa", "spring.datasource.password=",
        "spring.datasource.hikari.connection-timeout=1000", "dyad.db-check-interval=1000", "dyad.report.warm-up=false",
        "dyad.admin-password=" + WebIntegrationTest.ADMIN_PASSWORD, "dyad.analyst-password=" + WebIntegrationTest.ANALYST_PASSWORD})
class DatabaseDownBrowserIT extends BrowserTest {

    private static final DatabaseServer server = new DatabaseServer();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws SQLException {
        server.start();
        registry.add("spring.datasource.url", server::url);
    }

    @AfterAll
    static void stopDatabase() {
        server.stop();
    }

    @Test
    void the_page_says_the_database_is_away_and_comes_back_by_itself() throws Exception {
        String base = "http://localhost:" + port;
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        Chromium.signIn(browser, base, "analyst", WebIntegrationTest.ANALYST_PASSWORD);
        browser.get(base + "/dyad/TJ/KZ?from=2015&to=2025");
        wait.until(d -> d.findElements(By.id("meetings-chart")).isEmpty() ? null : true);

        server.stop();
        browser.get(base + "/dyad/KZ/TJ?from=2016&to=2024");
        String said = wait.until(d -> d.findElements(By.id("database-unreachable")).stream().findFirst()
                .map(e -> e.getText()).orElse(null));
        assertThat(said).isEqualTo("The database cannot be reached");
        assertThat(undefinedElements()).isEmpty();
        shot("database-unreachable.png");

        server.start();
        // no reload, no click: the page polls and opens the view once the database answers
        wait.until(d -> d.findElements(By.id("meetings-chart")).isEmpty() ? null : true);
        assertThat(browser.getCurrentUrl()).endsWith("/dyad/KZ/TJ?from=2016&to=2024");
        assertThat(browser.findElements(By.id("database-unreachable"))).isEmpty();
        shot("database-back.png");
    }
}
