package org.dyad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.dyad.extract.text.Span;
import org.junit.jupiter.api.Test;

class ArticleParserTest {

    private static final ArticleParser PARSER = ArticleParser.fromReferenceFiles();

    private static String seed() throws IOException {
        return new String(ArticleParserTest.class.getClassLoader()
                .getResourceAsStream("db/seed/000_4de960ecd2ef320e.txt").readAllBytes(), StandardCharsets.UTF_8);
    }

    @Test
    void the_seed_article_gives_exactly_the_facts_of_the_issue() throws IOException {
        String text = seed();
        ParsedArticle a = PARSER.parse(text, null, LocalDate.of(2024, 4, 30));
        assertThat(a.lang()).isEqualTo("ar");
        assertThat(a.title()).isEqualTo("لقاء مع رئيس وزراء جمهورية كازاخستان أولجاس بيكتينوف");

        assertThat(a.meetings()).singleElement().satisfies(m -> {
            assertThat(m.date()).isEqualTo(LocalDate.of(2024, 4, 30));
            assertThat(m.relative()).isEqualTo("today");
            assertThat(m.kind()).isEqualTo("official_visit");
            assertThat(m.participants()).extracting(Participant::nameEn, Participant::role, Participant::country)
                    .containsExactlyInAnyOrder(
                            org.assertj.core.groups.Tuple.tuple("Emomali Rahmon", "president", "TJ"),
                            org.assertj.core.groups.Tuple.tuple("Olzhas Bektenov", "prime_minister", "KZ"));
            assertThat(m.locationCountry()).isEqualTo("TJ");
            assertThat(m.hostCountry()).isEqualTo("TJ");
            assertThat(m.guestCountry()).isEqualTo("KZ");
            assertThat(m.evidence()).anySatisfy(e -> assertThat(text.substring(e.start(), e.end()))
                    .contains("الذي يزور طاجيكستان في زيارة رسمية"));
        });

        assertThat(a.trade()).hasSize(2);
        TradeFact turnover = a.trade().get(0);
        assertThat(turnover.value()).isEqualByComparingTo("1150000000");
        assertThat(turnover.valueUsd()).isEqualByComparingTo("1150000000");
        assertThat(turnover.currency()).isEqualTo("USD");
        assertThat(turnover.kind()).isEqualTo("turnover");
        assertThat(turnover.year()).isEqualTo(2023);
        assertThat(turnover.relativeYear()).isEqualTo("last_year");
        assertThat(turnover.countries()).containsExactlyInAnyOrder("TJ", "KZ");
        Span e = turnover.evidence().getFirst();
        assertThat(text.substring(e.start(), e.end())).contains("مليار ومائة وخمسين مليون دولار");
        TradeFact contracts = a.trade().get(1);
        assertThat(contracts.value()).isEqualByComparingTo("3000000000");
        assertThat(contracts.kind()).isEqualTo("contracts");
        assertThat(contracts.qualifier()).isEqualTo("approximate");

        assertThat(a.organizations()).extracting(Mention::code).containsExactly("SCO", "CSTO", "CICA", "IFAS", "C5");
        assertThat(a.sectors()).extracting(Mention::code)
                .contains("energy", "agriculture", "transport", "finance_banking", "investment", "education",
                        "culture", "tourism", "light_industry", "mining", "pharmaceuticals", "water", "humanitarian");
        assertThat(a.countryPairs()).containsExactly(java.util.List.of("KZ", "TJ"));
    }

    @Test
    void without_a_publication_date_relative_values_stay_relative() throws IOException {
        ParsedArticle a = PARSER.parse(seed(), "ar", null);
        assertThat(a.published()).isNull();
        assertThat(a.meetings().getFirst().date()).isNull();
        assertThat(a.meetings().getFirst().relative()).isEqualTo("today");
        assertThat(a.trade().getFirst().year()).isNull();
        assertThat(a.trade().getFirst().relativeYear()).isEqualTo("last_year");
    }

    @Test
    void every_evidence_span_is_a_whole_sentence_of_the_original_text() throws IOException {
        String text = seed();
        ParsedArticle a = PARSER.parse(text, null, LocalDate.of(2024, 4, 30));
        java.util.List<Span> spans = new java.util.ArrayList<>();
        a.meetings().forEach(m -> spans.addAll(m.evidence()));
        a.trade().forEach(t -> spans.addAll(t.evidence()));
        a.sectors().forEach(s -> spans.addAll(s.evidence()));
        a.organizations().forEach(o -> spans.addAll(o.evidence()));
        assertThat(spans).isNotEmpty().allSatisfy(s -> {
            assertThat(s.start()).isGreaterThanOrEqualTo(0);
            assertThat(s.end()).isLessThanOrEqualTo(text.length());
            String sentence = text.substring(s.start(), s.end());
            assertThat(sentence).isEqualTo(sentence.strip()).isNotEmpty();
        });
    }

    @Test
    void a_title_resolves_to_the_office_holder_on_the_day() {
        String text = "Президент Таджикистана принял Премьер-министра Казахстана.\nСтороны провели переговоры.";
        ParsedArticle in2021 = PARSER.parse(text, "ru", LocalDate.of(2021, 6, 10));
        ParsedArticle in2024 = PARSER.parse(text, "ru", LocalDate.of(2024, 6, 10));
        assertThat(in2021.meetings().getFirst().participants()).extracting(Participant::nameEn)
                .containsExactlyInAnyOrder("Emomali Rahmon", "Askar Mamin");
        assertThat(in2024.meetings().getFirst().participants()).extracting(Participant::nameEn)
                .containsExactlyInAnyOrder("Emomali Rahmon", "Olzhas Bektenov");
    }

    @Test
    void an_announced_visit_is_not_a_meeting() {
        ParsedArticle a = PARSER.parse("President Sadyr Japarov will visit Turkmenistan tomorrow at the invitation of "
                + "President Serdar Berdimuhamedow.", "en", LocalDate.of(2024, 6, 25));
        assertThat(a.meetings()).isEmpty();
    }

    @Test
    void a_weekday_alone_is_the_latest_such_day_up_to_publication() {
        // 2024-05-02 is a Thursday; published the following Saturday
        String en = "President Shavkat Mirziyoyev held talks with President Kassym-Jomart Tokayev in Astana on Thursday.";
        assertThat(PARSER.parse(en, "en", LocalDate.of(2024, 5, 4)).meetings().getFirst().date())
                .isEqualTo(LocalDate.of(2024, 5, 2));
        String ru = "В четверг Президент Узбекистана Шавкат Мирзиёев провёл переговоры с Президентом Казахстана Касым-Жомартом Токаевым.";
        assertThat(PARSER.parse(ru, "ru", LocalDate.of(2024, 5, 4)).meetings().getFirst().date())
                .isEqualTo(LocalDate.of(2024, 5, 2));
        String ar = "أجرى رئيس جمهورية أوزبكستان شوكت ميرضيائيف يوم الخميس محادثات مع رئيس جمهورية كازاخستان قاسم جومارت توكاييف.";
        assertThat(PARSER.parse(ar, "ar", LocalDate.of(2024, 5, 2)).meetings().getFirst().date())
                .isEqualTo(LocalDate.of(2024, 5, 2));
    }
}
