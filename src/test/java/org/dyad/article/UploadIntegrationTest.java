package org.dyad.article;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.dyad.WebIntegrationTest;
import org.dyad.TestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;

/** The app on a random port over its own in-memory H2 (seeded), for tests that upload and ingest articles. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("db")
@ExtendWith(TestDatabase.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:dyad-upload;DB_CLOSE_DELAY=-1", "dyad.report.warm-up=false",
        "spring.datasource.username=sa", "spring.datasource.password=",
        "dyad.admin-password=" + WebIntegrationTest.ADMIN_PASSWORD,
        "dyad.analyst-password=" + WebIntegrationTest.ANALYST_PASSWORD})
public @interface UploadIntegrationTest {
}
