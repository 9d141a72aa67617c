package org.dyad.extract.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dyad.extract.gazetteer.Gazetteer.Match;
import org.dyad.extract.gazetteer.Gazetteer.Type;
import org.dyad.extract.text.NormalizedText;
import org.dyad.extract.text.Tokenizer;
import org.dyad.reference.files.ReferenceFiles;
import org.junit.jupiter.api.Test;

class GazetteerTest {

    private static final Gazetteer GAZETTEER = Gazetteer.of(ReferenceFiles.load());

    private static List<String> countries(String text) {
        NormalizedText n = NormalizedText.of(text);
        return GAZETTEER.match(n, Tokenizer.tokenize(n.text()), "ar").stream()
                .filter(m -> m.entry().type() == Type.COUNTRY).map(m -> m.entry().id()).toList();
    }

    /** The ids of the matches of one type, in order. */
    private static List<String> ids(String text, String lang, Type type) {
        NormalizedText n = NormalizedText.of(text);
        return GAZETTEER.match(n, Tokenizer.tokenize(n.text()), lang).stream()
                .filter(m -> m.entry().type() == type).map(m -> m.entry().id()).toList();
    }

    @Test
    void an_arabic_country_spelt_with_other_long_vowels_is_that_country() {
        assertThat(countries("وصل الرئيس السينغالي إلى العاصمة")).containsExactly("SN");
        assertThat(countries("سفير أوزباكستان لدى المملكة")).contains("UZ");
        assertThat(countries("الخارجية الأميركية")).containsExactly("US");
    }

    @Test
    void russian_case_forms_of_names_and_places_and_words_that_only_look_like_them() {
        // "Ханом" is Khan's instrumental, not a form of "Ханой"; "Ханое" is
        assertThat(ids("встретился с Имраном Ханом", "ru", Type.COUNTRY)).isEmpty();
        assertThat(ids("переговоры в Ханое", "ru", Type.COUNTRY)).containsExactly("VN");
        // "после" is "after", not "о после" of an ambassador
        assertThat(ids("после встречи со своим коллегой", "ru", Type.ROLE)).doesNotContain("ambassador");
        assertThat(ids("встреча с послом Ирана", "ru", Type.ROLE)).contains("ambassador");
        // a name the English writes with a hyphen is written so in Russian too
        assertThat(ids("Хосейн Амир-Абдоллахиан встретился", "ru", Type.PERSON)).containsExactly("amir-abdollahian");
        assertThat(Gazetteer.hyphenedAs("Hossein Amir-Abdollahian", "Хосейн Амир Абдоллахиан"))
                .isEqualTo("Хосейн Амир-Абдоллахиан");
        assertThat(Gazetteer.hyphenedAs("Imran Khan", "Имран Хан")).isNull();
    }

    @Test
    void a_word_that_only_shares_a_countrys_consonants_is_not_it() {
        assertThat(countries("زار الوزير مرتين مصانع الألبان")).isEmpty(); // twice, dairy
        assertThat(countries("حضرته وزيرة الشؤون الخارجية ماريا - أنجيلا هولغين")).isEmpty(); // Angela, not Angola
        assertThat(Gazetteer.skeleton("السنغالي")).isEqualTo(Gazetteer.skeleton("السينغالي"));
    }

    @Test
    void an_english_organization_name_is_matched_as_written_and_an_acronym_in_any_case() {
        assertThat(ids("SICA, a group of seven countries, met the Group of Seven; the Brics bloc too.", "en", Type.ORGANIZATION))
                .containsExactly("SICA", "G7", "BRICS");
    }

    @Test
    void a_name_with_a_possessive_and_an_abbreviation_with_dots_are_matched() {
        assertThat(ids("The People's Republic of China and U.S. officials met.", "en", Type.COUNTRY))
                .containsExactly("CN", "US");
    }

    @Test
    void a_russian_given_name_in_ii_declines_as_a_noun() {
        assertThat(ids("встретился с Дмитрием Медведевым, затем у Дмитрия Медведева", "ru", Type.PERSON))
                .containsExactly("medvedev", "medvedev");
    }

    @Test
    void an_acronym_the_press_writes_as_a_word_is_the_organization() {
        assertThat(ids("Leaders met at the Asean summit; Nato and Opec were not there.", "en", Type.ORGANIZATION))
                .containsExactly("ASEAN", "NATO", "OPEC");
    }

    @Test
    void women_in_office_have_their_titles() {
        NormalizedText n = NormalizedText.of("تستقبل رئيسة الوزراء الإيطالية ووزيرة الخارجية الهندية");
        List<Match> m = GAZETTEER.match(n, Tokenizer.tokenize(n.text()), "ar");
        assertThat(m).filteredOn(x -> x.entry().type() == Type.ROLE).extracting(x -> x.entry().id())
                .containsExactly("prime_minister", "foreign_minister");
    }

    @Test
    void a_russian_country_whose_vowel_drops_in_the_oblique_cases_is_found_in_them() {
        for (String form : List.of("Египта", "Египте", "Египтом", "Египет")) {
            NormalizedText n = NormalizedText.of("глава МИД " + form);
            assertThat(GAZETTEER.match(n, Tokenizer.tokenize(n.text()), "ru"))
                    .filteredOn(m -> m.entry().type() == Type.COUNTRY).extracting(m -> m.entry().id())
                    .as(form).containsExactly("EG");
        }
    }
    private static List<Match> matches(String text, String lang) {
        NormalizedText n = NormalizedText.of(text);
        return GAZETTEER.match(n, Tokenizer.tokenize(n.text()), lang);
    }

    @Test
    void the_countries_of_a_hyphened_pair_are_each_found_with_its_own_span() {
        List<Match> m = matches("They discussed UK-US cooperation and India-Egypt ties.", "en");
        assertThat(m).filteredOn(x -> x.entry().type() == Type.COUNTRY).extracting(x -> x.entry().id())
                .containsExactly("GB", "US", "IN", "EG");
        assertThat(m.get(1).start()).isEqualTo(m.get(0).end() + 1); // "US" after the hyphen
        assertThat(matches("отношения Россия-Китай", "ru")).extracting(x -> x.entry().id()).containsExactly("RU", "CN");
        // Russian compound adjectives: the first parts are stems ("российско-", "турецко-", "американо-")
        assertThat(matches("российско-китайских переговоров", "ru")).extracting(x -> x.entry().id()).containsExactly("RU", "CN");
        assertThat(matches("турецко-кыргызских отношений", "ru")).extracting(x -> x.entry().id()).containsExactly("TR", "KG");
        assertThat(matches("американо-российские контакты", "ru")).extracting(x -> x.entry().id()).containsExactly("US", "RU");
        assertThat(matches("торгово-экономического и военно-технического сотрудничества", "ru"))
                .filteredOn(x -> x.entry().type() == Type.COUNTRY).isEmpty();
        // a hyphened word that is not two countries is not a country: a name, a country and a common word
        assertThat(matches("Kassym-Jomart and Egypt-based firms", "en"))
                .filteredOn(x -> x.entry().type() == Type.COUNTRY).isEmpty();
    }

    @Test
    void northern_ireland_is_part_of_the_united_kingdom_and_heads_of_parliaments_are_speakers() {
        assertThat(matches("the people of Northern Ireland", "en")).extracting(x -> x.entry().id()).containsExactly("GB");
        assertThat(matches("Chairman of the Grand National Assembly of Turkey", "en")).extracting(x -> x.entry().id())
                .containsExactly("speaker", "TR");
        assertThat(matches("председатель Милли Меджлиса Азербайджана", "ru")).extracting(x -> x.entry().id())
                .containsExactly("speaker", "AZ");
    }

    @Test
    void words_that_end_like_no_arabic_country_or_are_words_of_every_text_are_no_country() {
        assertThat(countries("ضمن الأجندة الثنائية")).isEmpty(); // the agenda, no Uganda
        assertThat(countries("التقى أرتورو تريخو")).isEmpty(); // Arturo, no Eritrea
        assertThat(countries("وأشار إلى كيف تطورت العلاقات")).isEmpty(); // how, no Kyiv
        assertThat(countries("أعلنت وزارة المالية")).isEmpty(); // finance, no Malé
        // a nisba's ي and ة keep the variant a country
        assertThat(countries("الوفد البنجلاديشي والسفارة البنجلاديشية")).containsExactly("BD", "BD");
    }

    @Test
    void an_arabic_word_with_an_article_or_a_billion_is_no_family_name_alone() {
        assertThat(ids("وصل الوفد يوم الخميس الماضي في الجولة الأولى بقيمة بليون دولار", "ar", Type.SURNAME)).isEmpty();
        assertThat(ids("وصل الرئيس السيسي", "ar", Type.SURNAME)).containsExactly("el-sisi");
    }

    @Test
    void a_dash_inside_a_countrys_name_is_no_break() {
        assertThat(ids("премьер Папуа - Новой Гвинеи и премьер Папуа — Новой Гвинеи", "ru", Type.COUNTRY))
                .containsExactly("PG", "PG");
        assertThat(ids("премьер Папуа - Новой Гвинеи", "ru", Type.ROLE)).containsExactly("prime_minister");
    }

    @Test
    void new_guinea_is_papua_new_guinea_not_guinea() {
        assertThat(ids("the Australia-Papua New Guinea Law and Justice Partnership", "en", Type.COUNTRY)).doesNotContain("GN");
    }
}
