package org.dyad;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Which database the integration tests run on. By default each test context gets its own in-memory
 * H2 (named in its annotation); with {@code -Ddyad.test.db=postgres} (the build's second
 * integration-test run) each gets its own schema, emptied at the context's start, in the PostgreSQL
 * named by DYAD_TEST_PG_URL / _USER / _PASSWORD ({@code .ci/run} starts one). Without a reachable
 * server those tests are reported as skipped, with the reason, instead of failing.
 *
 * <p>Registered for every Spring Boot test context in {@code META-INF/spring.factories}; the condition
 * is on the test annotations.
 */
public final class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext>, ExecutionCondition {

    public static final String URL = System.getenv().getOrDefault("DYAD_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/dyad_test");
    public static final String USER = System.getenv().getOrDefault("DYAD_TEST_PG_USER", "dyad");
    public static final String PASSWORD = System.getenv().getOrDefault("DYAD_TEST_PG_PASSWORD", "dyad");

    private static final Pattern H2_MEMORY = Pattern.compile("jdbc:h2:mem:([A-Za-z0-9_-]+)");
    private static volatile Optional<String> unreachable;

    public static boolean postgres() {
        return "postgres".equals(System.getProperty("dyad.test.db"));
    }

    /** Why the test PostgreSQL cannot be used, or empty when it can. Asked once per JVM. */
    public static Optional<String> unreachable() {
        if (unreachable == null) {
            try (Connection ignored = DriverManager.getConnection(URL, USER, PASSWORD)) {
                unreachable = Optional.empty();
            } catch (SQLException e) {
                unreachable = Optional.of("no PostgreSQL at " + URL + " as " + USER + " (" + e.getMessage()
                        + "); .ci/run starts one, or set DYAD_TEST_PG_URL/_USER/_PASSWORD");
                System.err.println("\n*** PostgreSQL tests SKIPPED: " + unreachable.get() + " ***\n");
            }
        }
        return unreachable;
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (postgres() && unreachable().isPresent()) {
            return ConditionEvaluationResult.disabled("SKIPPED on PostgreSQL: " + unreachable().get());
        }
        return ConditionEvaluationResult.enabled(postgres() ? "on PostgreSQL" : "on H2");
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        if (!postgres()) {
            return;
        }
        ConfigurableEnvironment env = context.getEnvironment();
        Matcher h2 = H2_MEMORY.matcher(env.getProperty("spring.datasource.url", ""));
        if (!h2.find()) {
            return; // a test that chose its own database
        }
        String schema = h2.group(1).replace('-', '_');
        String separator = URL.contains("?") ? "&" : "?";
        env.getPropertySources().addFirst(new MapPropertySource("dyad-test-postgres", Map.of(
                "spring.datasource.url", URL + separator + "currentSchema=" + schema,
                "spring.datasource.username", USER,
                "spring.datasource.password", PASSWORD,
                "spring.flyway.schemas", schema,
                "spring.flyway.clean-disabled", "false")));
        // every context starts from an empty schema, as it does from a new in-memory H2
        if (context instanceof GenericApplicationContext generic) {
            generic.registerBean(FlywayMigrationStrategy.class, () -> flyway -> {
                flyway.clean();
                flyway.migrate();
            });
        }
    }
}
