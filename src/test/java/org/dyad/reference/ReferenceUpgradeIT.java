package org.dyad.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.db.Tables.COUNTRY_ALIAS;
import static org.dyad.db.Tables.ORGANIZATION_ALIAS;

import java.sql.Connection;
import java.sql.DriverManager;
import java.nio.file.Path;

import org.dyad.base.db.JooqSettings;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database made before the legislatures' names and the press forms of acronyms (at V10) gets them
 * from V11–V13, and keeps what it had. A file database, as the app's (an in-memory H2 database migrated in
 * two runs rejected V12's rows with "Check constraint invalid", which a file database does not).
 */
class ReferenceUpgradeIT {

    @Test
    void an_older_database_gets_the_legislatures_and_the_press_forms(@TempDir Path dir) throws Exception {
        String URL = "jdbc:h2:file:" + dir.resolve("dyad") + ";CACHE_SIZE=262144;WRITE_DELAY=0";
        Flyway.configure().dataSource(URL, "sa", "").locations("classpath:db/migration").target("10").load().migrate();
        int before;
        try (Connection c = DriverManager.getConnection(URL, "sa", "")) {
            DSLContext dsl = JooqSettings.using(c);
            assertThat(dsl.fetchCount(COUNTRY_ALIAS, COUNTRY_ALIAS.ALIAS_KIND.eq("parliament"))).isZero();
            // V9 read today's files; a database of that time had no press forms of the acronyms
            dsl.deleteFrom(ORGANIZATION_ALIAS).where(ORGANIZATION_ALIAS.ALIAS.in("Asean", "Nato")).execute();
            before = dsl.fetchCount(COUNTRY_ALIAS);
        }

        Flyway.configure().dataSource(URL, "sa", "").locations("classpath:db/migration").load().migrate();

        try (Connection c = DriverManager.getConnection(URL, "sa", "")) {
            DSLContext dsl = JooqSettings.using(c);
            assertThat(dsl.fetchValue(COUNTRY_ALIAS.COUNTRY_CODE,
                    COUNTRY_ALIAS.ALIAS.eq("Госдума").and(COUNTRY_ALIAS.ALIAS_KIND.eq("parliament")))).isEqualTo("RU");
            assertThat(dsl.fetchCount(COUNTRY_ALIAS)).isGreaterThan(before + 1000);
            assertThat(dsl.fetchValue(ORGANIZATION_ALIAS.ORG_CODE, ORGANIZATION_ALIAS.ALIAS.eq("Asean"))).isEqualTo("ASEAN");
            assertThat(dsl.fetchCount(ORGANIZATION_ALIAS, ORGANIZATION_ALIAS.ALIAS.eq("Nato"))).isEqualTo(1);
        }
    }
}
