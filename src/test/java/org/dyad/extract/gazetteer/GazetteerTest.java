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

    @Test
    void an_arabic_country_spelt_with_other_long_vowels_is_that_country() {
        assertThat(countries("وصل الرئيس السينغالي إلى العاصمة")).containsExactly("SN");
        assertThat(countries("سفير أوزباكستان لدى المملكة")).contains("UZ");
        assertThat(countries("الخارجية الأميركية")).containsExactly("US");
    }

    @Test
    void a_word_that_only_shares_a_countrys_consonants_is_not_it() {
        assertThat(countries("زار الوزير مرتين مصانع الألبان")).isEmpty(); // twice, dairy
        assertThat(Gazetteer.skeleton("السنغالي")).isEqualTo(Gazetteer.skeleton("السينغالي"));
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
}
