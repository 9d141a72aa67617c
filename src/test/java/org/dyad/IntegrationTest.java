package org.dyad;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A Spring Boot test against a real database: an in-memory H2 (or, in the build's PostgreSQL run, a
 * schema of its own in PostgreSQL: {@link TestDatabase}), migrated by Flyway and seeded as on a first
 * start. All tests with this annotation share one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("db")
@ExtendWith(TestDatabase.class)
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:dyad-it;DB_CLOSE_DELAY=-1",
        "spring.datasource.username=sa",
        "spring.datasource.password="
})
public @interface IntegrationTest {
}
