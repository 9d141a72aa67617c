package org.dyad.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dyad.db.Tables.AUDIT_LOG;
import static org.dyad.db.Tables.COUNTRY_ALIAS;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.dyad.article.UploadIntegrationTest;
import org.dyad.extract.ArticleParser;
import org.dyad.extract.ParsedArticle;
import org.dyad.reference.files.PartialDate;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Reference data edited in the app reaches the parser at once; the database holds exactly what the files say. */
@UploadIntegrationTest
class ReferenceEditIT {

    @Autowired
    ReferenceEditService edits;

    @Autowired
    ReferenceParser parsers;

    @Autowired
    DSLContext dsl;

    @Test
    void the_parser_built_from_the_database_reads_the_gold_set_exactly_as_the_one_built_from_the_files() throws Exception {
        ArticleParser fromFiles = ArticleParser.fromReferenceFiles();
        ArticleParser fromDatabase = parsers.current();
        List<Path> texts;
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources/gold"))) {
            texts = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertThat(texts).hasSizeGreaterThanOrEqualTo(48);
        for (Path text : texts) {
            String body = Files.readString(text);
            LocalDate published = LocalDate.of(2024, 5, 1);
            ParsedArticle a = fromFiles.parse(body, null, published);
            ParsedArticle b = fromDatabase.parse(body, null, published);
            assertThat(b).as(text.toString()).isEqualTo(a);
        }
    }

    @Test
    void a_new_country_alias_is_recognised_by_the_next_parse_without_a_restart() {
        String text = "Trade between Qazaqstan and Kyrgyzstan reached $2 billion in 2023.";
        assertThat(parsers.current().parse(text, "en", LocalDate.of(2024, 5, 4)).countryPairs()).isEmpty();
        edits.addCountryAlias("admin", "KZ", "en", "name", "Qazaqstan");
        assertThat(parsers.current().parse(text, "en", LocalDate.of(2024, 5, 4)).countryPairs()).containsExactly(List.of("KG", "KZ"));
        assertThat(dsl.fetchExists(AUDIT_LOG, AUDIT_LOG.ENTITY.eq("country_alias"), AUDIT_LOG.ACTION.eq("create"),
                AUDIT_LOG.USERNAME.eq("admin"))).isTrue();

        long id = dsl.select(COUNTRY_ALIAS.ID).from(COUNTRY_ALIAS).where(COUNTRY_ALIAS.ALIAS.eq("Qazaqstan")).fetchSingle().value1();
        edits.deleteCountryAlias("admin", id);
        assertThat(parsers.current().parse(text, "en", LocalDate.of(2024, 5, 4)).countryPairs()).isEmpty();
    }

    @Test
    void a_new_person_with_an_office_is_found_in_articles_at_once() {
        String text = "President Japarov received Turkmenistan's new Foreign Minister Bayram Examplov in Bishkek on 10 March 2031.";
        long person = edits.addPerson("admin", "Bayram Examplov", null, "Байрам Экзамплов");
        edits.saveOfficeTerm("admin", null, person, "TM", "foreign_minister",
                new ReferenceEditService.Dated(LocalDate.of(2031, 1, 1), PartialDate.Precision.MONTH), null, "test");
        var meetings = parsers.current().parse(text, "en", LocalDate.of(2031, 3, 11)).meetings();
        assertThat(meetings).isNotEmpty();
        assertThat(meetings.getFirst().participants()).anySatisfy(p -> {
            assertThat(p.nameEn()).isEqualTo("Bayram Examplov");
            assertThat(p.country()).isEqualTo("TM");
        });
        assertThat(edits.officeTerms(person)).singleElement().satisfies(t -> {
            assertThat(t.from()).isEqualTo(LocalDate.of(2031, 1, 1));
            assertThat(t.fromPrecision()).isEqualTo("month");
        });
    }

    @Test
    void bad_edits_are_refused_with_a_reason_and_change_nothing() {
        int aliases = dsl.fetchCount(COUNTRY_ALIAS);
        assertThatThrownBy(() -> edits.addCountryAlias("admin", "XX", "en", "name", "Nowhere")).hasMessage("reference.error.country");
        assertThatThrownBy(() -> edits.addCountryAlias("admin", "KZ", "de", "name", "Kasachstan")).hasMessage("reference.error.value");
        assertThatThrownBy(() -> edits.addCountryAlias("admin", "KZ", "en", "name", "  ")).hasMessage("reference.error.required");
        assertThatThrownBy(() -> edits.addCountryAlias("admin", "KZ", "en", "formal", "Republic of Kazakhstan"))
                .hasMessage("reference.error.duplicate");
        assertThat(dsl.fetchCount(COUNTRY_ALIAS)).isEqualTo(aliases);
        long person = edits.people().getFirst().id();
        assertThatThrownBy(() -> edits.saveOfficeTerm("admin", null, person, "KZ", "president",
                new ReferenceEditService.Dated(LocalDate.of(2020, 1, 1), PartialDate.Precision.DAY),
                new ReferenceEditService.Dated(LocalDate.of(2019, 1, 1), PartialDate.Precision.DAY), null))
                .hasMessage("reference.error.span");
        assertThatThrownBy(() -> edits.saveOfficeTerm("admin", null, person, "KZ", "emperor",
                new ReferenceEditService.Dated(LocalDate.of(2020, 1, 1), PartialDate.Precision.DAY), null, null))
                .hasMessage("reference.error.value");
    }
}
