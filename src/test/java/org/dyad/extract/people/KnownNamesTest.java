package org.dyad.extract.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.dyad.reference.files.ReferenceFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class KnownNamesTest {

    private static KnownNames names;

    @BeforeAll
    static void load() {
        names = KnownNames.of(ReferenceFiles.load());
    }

    @Test
    void a_spelling_or_a_case_form_the_reference_data_does_not_list_is_still_the_known_person() {
        assertThat(names.find("ZA", "president", "Сирилом Рамафозой", "ru")).isEqualTo("ramaphosa");
        assertThat(names.find("BH", "monarch", "Хамадом Бен Исой Аль Халифой", "ru")).isEqualTo("hamad-bin-isa");
        assertThat(names.find("VN", "foreign_minister", "Ле Хой Чунга", "ru")).isEqualTo("le-hoai-trung");
        assertThat(names.find("BR", "foreign_minister", "كارلوس ألبرتو فرانسا", "ar")).isEqualTo("carlos-franca");
    }

    @Test
    void a_longer_form_holding_every_word_of_a_known_name_is_that_person_whatever_the_title() {
        // the reference data holds "Мигель Диас-Канель" as president, not his first vice-presidency
        assertThat(names.find("CU", "vice_president", "Мигель Марио Диас-Канель Бермудес", "ru")).isEqualTo("diaz-canel");
        // a known surname alone with another given name is not (Ahmed Farouk Mansour is no Adly Mansour)
        assertThat(names.find("EG", "ambassador", "Ahmed Farouk Mansour", "en")).isNull();
    }

    @Test
    void a_part_of_a_name_the_article_gives_in_full_is_that_person_of_that_country() {
        java.util.List<String> named = java.util.List.of("samia-suluhu", "ruto");
        assertThat(names.partOf(named, "TZ", "Samia", "en")).isEqualTo("samia-suluhu");
        assertThat(names.partOf(named, "TZ", "Hassan", "en")).isEqualTo("samia-suluhu");
        assertThat(names.partOf(named, "KE", "Samia", "en")).isNull(); // she held no office of Kenya
        assertThat(names.partOf(named, "TZ", "Sumaye", "en")).isNull(); // a name the article does not give in full
        assertThat(names.partOf(java.util.List.of("sumaye"), "TZ", "Samia", "en")).isNull(); // sounds alike: not a part
    }

    @Test
    void a_name_of_another_country_or_an_unknown_name_is_nobody_known() {
        assertThat(names.find("KE", "president", "Сирилом Рамафозой", "ru")).isNull();
        assertThat(names.find("ZA", "president", "Джон Смит", "ru")).isNull();
        assertThat(names.find("ZA", "president", null, "ru")).isNull();
        assertThat(names.find("EG", "ambassador", "Ahmed Farouk Mansour", "en")).isNull(); // not Adly Mansour
        assertThat(names.find("EG", "president", "Adli Mansour", "en")).isEqualTo("adly-mansour");
    }

    @Test
    void names_of_one_country_that_sound_alike_are_all_candidates_and_none_is_chosen_alone() {
        assertThat(names.findAll("CN", "prime_minister", "لي كيانج", "ar")).contains("li-qiang", "li-keqiang");
        assertThat(names.find("CN", "prime_minister", "لي كيانج", "ar")).isNull();
    }

    @Test
    void a_spelling_one_sound_off_or_a_name_without_its_given_name_is_near_the_known_persons() {
        assertThat(names.near("UZ", "mirziyoyev", "شوكت ميرزيانييف", "ar")).isTrue(); // a letter too many
        assertThat(names.near("KR", "park-geun-hye", "بارك كون هيه", "ar")).isTrue(); // ك for غ
        assertThat(names.near("SG", "tony-tan", "تان كانغ يام", "ar")).isTrue(); // Tan Keng Yam without Tony
        assertThat(names.near("KR", "park-geun-hye", "مون جاي إن", "ar")).isFalse(); // Moon Jae-in is not she
        assertThat(names.near("UZ", "mirziyoyev", "Шавкат Юсупов", "ru")).isFalse(); // another surname
        assertThat(names.near("UZ", "mirziyoyev", null, "ru")).isFalse();
    }

    @Test
    void a_person_without_a_name_in_some_language_is_known_by_the_others() {
        java.util.Map<String, java.util.List<String>> forms = new java.util.HashMap<>();
        forms.put("en", java.util.List.of("Karim Nadir"));
        forms.put("ar", java.util.Arrays.asList((String) null));
        forms.put("ru", java.util.List.of(""));
        KnownNames one = new KnownNames(java.util.Map.of("nadir", forms), java.util.Map.of("nadir", java.util.Set.of("EG|president")));
        assertThat(one.find("EG", "president", "Karim Nadir", "en")).isEqualTo("nadir");
    }
}
