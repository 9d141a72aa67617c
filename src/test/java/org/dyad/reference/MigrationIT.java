package org.dyad.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.db.Tables.COUNTRY;
import static org.dyad.db.Tables.COUNTRY_ALIAS;
import static org.dyad.db.Tables.MEMBERSHIP;
import static org.dyad.db.Tables.OFFICE_TERM;
import static org.dyad.db.Tables.ORGANIZATION;
import static org.dyad.db.Tables.PERSON;
import static org.dyad.db.Tables.SECTOR;

import org.dyad.IntegrationTest;
import org.dyad.reference.files.ReferenceData;
import org.dyad.reference.files.ReferenceFiles;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class MigrationIT {

    @Autowired
    DSLContext dsl;

    private final ReferenceData files = ReferenceFiles.load();

    @Test
    void the_reference_files_are_in_the_database() {
        assertThat(dsl.fetchCount(COUNTRY)).isEqualTo(files.countries().size()).isGreaterThan(240);
        assertThat(dsl.fetchCount(ORGANIZATION)).isEqualTo(files.organizations().size());
        assertThat(dsl.fetchCount(MEMBERSHIP)).isEqualTo(files.memberships().size());
        assertThat(dsl.fetchCount(PERSON)).isEqualTo(files.people().size());
        assertThat(dsl.fetchCount(OFFICE_TERM)).isEqualTo(files.officeTerms().size());
        assertThat(dsl.fetchCount(SECTOR)).isEqualTo(29);
        assertThat(dsl.fetchCount(COUNTRY_ALIAS)).isGreaterThan(150);
    }

    @Test
    void no_membership_or_office_ends_before_it_starts() {
        assertThat(dsl.fetchCount(MEMBERSHIP, MEMBERSHIP.VALID_TO.lt(MEMBERSHIP.VALID_FROM))).isZero();
        assertThat(dsl.fetchCount(OFFICE_TERM, OFFICE_TERM.VALID_TO.lt(OFFICE_TERM.VALID_FROM))).isZero();
    }

    @Test
    void every_office_holder_and_member_country_exists() {
        assertThat(dsl.fetchCount(dsl.selectFrom(OFFICE_TERM)
                .whereNotExists(dsl.selectOne().from(COUNTRY).where(COUNTRY.CODE.eq(OFFICE_TERM.COUNTRY_CODE)))))
                .isZero();
        assertThat(dsl.fetchCount(dsl.selectFrom(MEMBERSHIP)
                .whereNotExists(dsl.selectOne().from(COUNTRY).where(COUNTRY.CODE.eq(MEMBERSHIP.COUNTRY_CODE)))))
                .isZero();
    }

    @Test
    void the_prime_minister_of_kazakhstan_on_the_seed_articles_day_is_bektenov() {
        String name = dsl.select(PERSON.NAME_EN).from(OFFICE_TERM).join(PERSON).on(PERSON.ID.eq(OFFICE_TERM.PERSON_ID))
                .where(OFFICE_TERM.COUNTRY_CODE.eq("KZ"))
                .and(OFFICE_TERM.OFFICE_ROLE.eq("prime_minister"))
                .and(OFFICE_TERM.VALID_FROM.le(java.time.LocalDate.of(2024, 4, 30)))
                .and(OFFICE_TERM.VALID_TO.isNull().or(OFFICE_TERM.VALID_TO.ge(java.time.LocalDate.of(2024, 4, 30))))
                .fetchSingle(PERSON.NAME_EN);
        assertThat(name).isEqualTo("Olzhas Bektenov");
    }
}
