package org.dyad;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The app on a random port over an in-memory H2, migrated and seeded as on a first start, with the
 * users {@code admin} and {@code analyst} created from the passwords in {@link #ADMIN_PASSWORD} and
 * {@link #ANALYST_PASSWORD}. Browser and HTTP tests with this annotation share one application.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("db")
@ExtendWith(TestDatabase.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:dyad-browser;DB_CLOSE_DELAY=-1",
        "spring.datasource.username=sa", "spring.datasource.password=",
        "dyad.admin-password=" + WebIntegrationTest.ADMIN_PASSWORD,
        "dyad.analyst-password=" + WebIntegrationTest.ANALYST_PASSWORD})
public @interface WebIntegrationTest {

    String ADMIN_PASSWORD = "admin-password-for-tests";
    String ANALYST_PASSWORD = "analyst-password-for-tests";
}
