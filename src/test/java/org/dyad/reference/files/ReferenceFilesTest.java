package org.dyad.reference.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.dyad.reference.files.ReferenceData.MembershipRow;
import org.dyad.reference.files.ReferenceData.OfficeTermRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ReferenceFilesTest {

    private final ReferenceData data = ReferenceFiles.load();

    @Test
    void every_iso_country_is_there_with_names_in_three_languages() {
        assertThat(data.countries()).hasSize(Locale.getISOCountries().length);
        assertThat(data.countries()).allSatisfy(c -> {
            assertThat(c.nameEn()).isNotBlank();
            assertThat(c.nameAr()).isNotBlank().isNotEqualTo(c.nameEn());
            assertThat(c.nameRu()).isNotBlank().isNotEqualTo(c.nameEn());
        });
        assertThat(data.countries()).anySatisfy(c -> {
            assertThat(c.code()).isEqualTo("TJ");
            assertThat(c.nameAr()).isEqualTo("طاجيكستان");
            assertThat(c.nameRu()).isEqualTo("Таджикистан");
        });
    }

    @Test
    void every_reference_to_a_country_organization_or_person_resolves() {
        Set<String> countries = codes(data.countries(), ReferenceData.CountryRow::code);
        Set<String> orgs = codes(data.organizations(), ReferenceData.OrganizationRow::code);
        Set<String> people = codes(data.people(), ReferenceData.PersonRow::slug);
        assertThat(data.countryAliases()).allSatisfy(a -> assertThat(countries).contains(a.countryCode()));
        assertThat(data.memberships()).allSatisfy(m -> {
            assertThat(orgs).contains(m.orgCode());
            assertThat(countries).contains(m.countryCode());
        });
        assertThat(data.officeTerms()).allSatisfy(t -> {
            assertThat(people).contains(t.slug());
            assertThat(countries).contains(t.countryCode());
        });
        assertThat(data.personAliases()).allSatisfy(a -> assertThat(people).contains(a.slug()));
        assertThat(data.organizationAliases()).allSatisfy(a -> assertThat(orgs).contains(a.orgCode()));
        Set<String> sectors = codes(data.sectors(), ReferenceData.SectorRow::code);
        assertThat(data.sectorTerms()).allSatisfy(t -> assertThat(sectors).contains(t.code()));
        assertThat(data.sectorTerms()).extracting(ReferenceData.SectorTermRow::code).containsAll(sectors);
    }

    @Test
    void keys_are_unique() {
        assertThat(data.countries()).extracting(ReferenceData.CountryRow::code).doesNotHaveDuplicates();
        assertThat(data.organizations()).extracting(ReferenceData.OrganizationRow::code).doesNotHaveDuplicates();
        assertThat(data.people()).extracting(ReferenceData.PersonRow::slug).doesNotHaveDuplicates();
        assertThat(data.sectors()).extracting(ReferenceData.SectorRow::code).doesNotHaveDuplicates();
    }

    @Test
    void no_span_ends_before_it_starts() {
        for (MembershipRow m : data.memberships()) {
            if (m.to() != null) {
                assertThat(m.to().last()).as(m.toString()).isAfterOrEqualTo(m.from().first());
            }
        }
        for (OfficeTermRow t : data.officeTerms()) {
            if (t.to() != null) {
                assertThat(t.to().last()).as(t.toString()).isAfterOrEqualTo(t.from().first());
            }
        }
    }

    @Test
    void spans_of_one_country_in_one_organization_do_not_overlap() {
        var byKey = data.memberships().stream()
                .collect(Collectors.groupingBy(m -> m.orgCode() + "/" + m.countryCode()));
        byKey.forEach((key, spans) -> {
            List<MembershipRow> sorted = spans.stream()
                    .sorted((x, y) -> x.from().first().compareTo(y.from().first())).toList();
            for (int i = 1; i < sorted.size(); i++) {
                MembershipRow before = sorted.get(i - 1);
                assertThat(before.to()).as(key + ": an open span followed by another").isNotNull();
                assertThat(before.to().last()).as(key).isBefore(sorted.get(i).from().first());
            }
        });
    }

    @Test
    void one_person_holds_an_office_of_a_country_at_a_time_where_days_are_known() {
        var byOffice = data.officeTerms().stream()
                .filter(t -> t.from().precision() == PartialDate.Precision.DAY)
                // rival governments (Libya 2011, 2016-2021) are recorded as such in the note
                .filter(t -> t.note() == null || !t.note().startsWith("concurrent"))
                .collect(Collectors.groupingBy(t -> t.countryCode() + "/" + t.role()));
        byOffice.forEach((office, terms) -> {
            List<OfficeTermRow> sorted = terms.stream()
                    .sorted((x, y) -> x.from().first().compareTo(y.from().first())).toList();
            for (int i = 1; i < sorted.size(); i++) {
                OfficeTermRow before = sorted.get(i - 1);
                assertThat(before.to()).as(office + ": " + before.slug() + " never left office").isNotNull();
                assertThat(before.to().first()).as(office + " " + before.slug())
                        .isBeforeOrEqualTo(sorted.get(i).from().first());
            }
        });
    }

    @Test
    void the_seed_articles_people_and_organizations_are_known() {
        assertThat(data.people()).anySatisfy(p -> assertThat(p.nameAr()).isEqualTo("إمام علي رحمان"));
        assertThat(data.people()).anySatisfy(p -> assertThat(p.nameAr()).isEqualTo("أولجاس بيكتينوف"));
        assertThat(codes(data.organizations(), ReferenceData.OrganizationRow::code))
                .contains("SCO", "CSTO", "CICA", "IFAS", "C5", "C5+1", "CIS", "EAEU", "UN", "OIC", "OSCE",
                        "ECO", "CAREC", "ADB", "RATS", "EU", "BRICS", "WTO");
    }

    @Test
    void the_heads_of_the_central_asian_states_russia_and_china_are_covered_since_2000() {
        for (String country : List.of("KZ", "KG", "TJ", "TM", "UZ", "RU", "CN")) {
            assertThat(data.officeTerms()).as(country + " president today")
                    .anySatisfy(t -> {
                        assertThat(t.countryCode()).isEqualTo(country);
                        assertThat(t.role()).isEqualTo("president");
                        assertThat(t.to()).isNull();
                    });
        }
    }

    static List<String> referenceFiles() {
        return ReferenceFiles.fileNames();
    }

    @Test
    void the_world_part_has_a_file_of_each_kind_but_countries_and_sectors() {
        // and the legislatures' names, which only the world part has
        assertThat(referenceFiles()).contains("country_aliases_world.tsv", "organizations_world.tsv",
                "organization_aliases_world.tsv", "memberships_world.tsv", "people_world.tsv", "person_aliases_world.tsv",
                "office_terms_world.tsv", "parliaments_world.tsv").doesNotContain("parliaments.tsv").hasSize(18);
    }

    @ParameterizedTest
    @MethodSource("referenceFiles")
    void every_reference_file_says_where_its_facts_come_from(String file) throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(ReferenceFiles.LOCATION + file)) {
            assertThat(in).as(file).isNotNull();
            String header = new String(in.readNBytes(4000), StandardCharsets.UTF_8);
            assertThat(header).startsWith("#").containsPattern("(?i)(source|written by the project)");
        }
    }

    private static <T> Set<String> codes(List<T> rows, Function<T, String> key) {
        return rows.stream().map(key).collect(Collectors.toCollection(HashSet::new));
    }
}
