package org.dyad.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.dyad.analytics.ui.DyadView;
import org.dyad.base.KaribuTest;
import org.dyad.base.db.DatabaseStatus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.QueryParameters;

/**
 * The database stops answering while Dyad runs (here: its H2 server is stopped), then comes back:
 * a page opened meanwhile says the database cannot be reached instead of failing, and opens by
 * itself once the database answers again; no restart.
 */
@SpringBootTest(properties = {"spring.datasource.username=sa", "spring.datasource.password=",
        "spring.datasource.hikari.connection-timeout=1000", "dyad.db-check-interval=600000",
        "logging.level.org.dyad.base.db=debug"})
class DatabaseDownIT extends KaribuTest {

    private static final DatabaseServer server = new DatabaseServer();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws SQLException {
        server.start();
        registry.add("spring.datasource.url", server::url);
    }

    @AfterAll
    static void stopDatabase() {
        server.stop();
    }

    @Autowired
    DatabaseStatus database;

    @Test
    void a_page_says_the_database_is_unreachable_and_comes_back_by_itself() throws SQLException {
        UI.getCurrent().navigate("dyad/TJ/KZ", QueryParameters.fromString("from=2015&to=2025"));
        _get(DyadView.class);

        server.stop(); // the database goes away
        UI.getCurrent().navigate("dyad/KZ/TJ", QueryParameters.fromString("from=2016&to=2024"));
        assertThat(_get(H2.class, spec -> spec.withId("database-unreachable")).getText()).isEqualTo("The database cannot be reached");
        assertThat(database.reachable()).isFalse();
        assertThat(UI.getCurrent().getPollInterval()).as("the page keeps checking").isPositive();

        ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));
        _get(H2.class, spec -> spec.withId("database-unreachable")); // still down: still says so

        server.start(); // the database is back
        assertThat(database.check()).isTrue(); // what the background check finds
        ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));
        _get(DyadView.class); // the page that failed opened by itself
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters())
                .isEqualTo("dyad/KZ/TJ?from=2016&to=2024");
        assertThat(UI.getCurrent().getPollInterval()).as("no more checking").isNegative();
    }

    @Autowired
    DatabaseErrorHandler errors;

    @Test
    void a_click_that_needs_the_database_while_it_is_away_says_so() {
        errors.error(new com.vaadin.flow.server.ErrorEvent(new org.springframework.transaction.CannotCreateTransactionException(
                "Could not open JDBC Connection", new java.sql.SQLTransientConnectionException("timeout"))));
        com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications(
                "The database cannot be reached, so this was not done. Please try again in a moment.");
        database.check(); // back to normal for whatever runs next
    }
}
