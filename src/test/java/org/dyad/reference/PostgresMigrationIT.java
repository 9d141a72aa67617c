package org.dyad.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.db.Tables.COUNTRY;
import static org.dyad.db.Tables.MEMBERSHIP;
import static org.dyad.db.Tables.OFFICE_TERM;
import static org.dyad.db.Tables.ORGANIZATION;
import static org.dyad.db.Tables.PERSON;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;

import org.dyad.base.db.JooqSettings;
import org.dyad.reference.files.ReferenceData;
import org.dyad.reference.files.ReferenceFiles;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Applies every migration to a real PostgreSQL and reads the reference data back with jOOQ, so that
 * nothing H2-only creeps into the schema. The server comes from DYAD_TEST_PG_URL / _USER / _PASSWORD
 * (.ci/run starts one); without a reachable server the tests are reported as skipped, with the reason.
 */
class PostgresMigrationIT {

    private static final String URL = System.getenv().getOrDefault("DYAD_TEST_PG_URL",
            "jdbc:postgresql://127.0.0.1:5432/dyad_test");
    private static final String USER = System.getenv().getOrDefault("DYAD_TEST_PG_USER", "dyad");
    private static final String PASSWORD = System.getenv().getOrDefault("DYAD_TEST_PG_PASSWORD", "dyad");

    @BeforeAll
    static void migrateFromScratch() {
        try (Connection ignored = DriverManager.getConnection(URL, USER, PASSWORD)) {
            // reachable
        } catch (SQLException e) {
            String reason = "SKIPPED: no PostgreSQL at " + URL + " as " + USER + " (" + e.getMessage()
                    + "); .ci/run starts one, or set DYAD_TEST_PG_URL/_USER/_PASSWORD";
            System.err.println("\n*** PostgresMigrationIT " + reason + " ***\n");
            Assumptions.abort(reason);
        }
        Flyway flyway = Flyway.configure().dataSource(URL, USER, PASSWORD)
                .locations("classpath:db/migration").cleanDisabled(false).load();
        flyway.clean();
        flyway.migrate();
    }

    private static <T> T withDsl(java.util.function.Function<DSLContext, T> work) throws SQLException {
        try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD)) {
            DSLContext dsl = JooqSettings.using(c);
            assertThat(dsl.dialect().family()).isEqualTo(SQLDialect.POSTGRES);
            return work.apply(dsl);
        }
    }

    @Test
    void every_migration_applies_and_the_reference_data_reads_back() throws SQLException {
        ReferenceData files = ReferenceFiles.load();
        withDsl(dsl -> {
            assertThat(dsl.fetchCount(COUNTRY)).isEqualTo(files.countries().size());
            assertThat(dsl.fetchCount(ORGANIZATION)).isEqualTo(files.organizations().size());
            assertThat(dsl.fetchCount(MEMBERSHIP)).isEqualTo(files.memberships().size());
            assertThat(dsl.fetchCount(OFFICE_TERM)).isEqualTo(files.officeTerms().size());
            assertThat(dsl.fetchValue(COUNTRY.NAME_AR, COUNTRY.CODE.eq("TJ"))).isEqualTo("طاجيكستان");
            return null;
        });
    }

    @Test
    void the_same_jooq_queries_answer_on_postgresql() throws SQLException {
        String pm = withDsl(dsl -> dsl.select(PERSON.NAME_EN).from(OFFICE_TERM)
                .join(PERSON).on(PERSON.ID.eq(OFFICE_TERM.PERSON_ID))
                .where(OFFICE_TERM.COUNTRY_CODE.eq("KZ"), OFFICE_TERM.OFFICE_ROLE.eq("prime_minister"),
                        OFFICE_TERM.VALID_FROM.le(LocalDate.of(2024, 4, 30)),
                        OFFICE_TERM.VALID_TO.isNull().or(OFFICE_TERM.VALID_TO.ge(LocalDate.of(2024, 4, 30))))
                .fetchSingle(PERSON.NAME_EN));
        assertThat(pm).isEqualTo("Olzhas Bektenov");
        int shared = withDsl(dsl -> dsl.fetchCount(DSL.selectDistinct(MEMBERSHIP.ORG_CODE).from(MEMBERSHIP)
                .where(MEMBERSHIP.COUNTRY_CODE.eq("TJ"))
                .and(MEMBERSHIP.ORG_CODE.in(DSL.select(MEMBERSHIP.ORG_CODE).from(MEMBERSHIP)
                        .where(MEMBERSHIP.COUNTRY_CODE.eq("KZ"))))));
        assertThat(shared).isGreaterThanOrEqualTo(6);
    }
}
