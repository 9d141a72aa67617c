package org.dyad.extract.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RussianNamesTest {

    @Test
    void a_name_is_read_in_the_case_of_the_title_before_it() {
        assertThat(RussianNames.nominative("Абдель Фаттахом", "президентом")).isEqualTo("Абдель Фаттах");
        assertThat(RussianNames.nominative("Нарендры Моди", "премьер-министра")).isEqualTo("Нарендры Моди");
        assertThat(RussianNames.nominative("Реджеп Эрдоган", null)).isEqualTo("Реджеп Эрдоган");
    }

    @Test
    void a_name_whose_every_word_ends_as_an_instrumental_is_one_whatever_the_nearest_title() {
        // "со спецпосланником президента США Стивом Уиткоффом": the title next to the name is a genitive
        assertThat(RussianNames.nominative("Стивом Уиткоффом", "президента")).isEqualTo("Стив Уиткофф");
        assertThat(RussianNames.nominative("Касым-Жомартом Токаевым", "президента")).isEqualTo("Касым-Жомарт Токаев");
        assertThat(RussianNames.nominative("Мигелем Марио Диас-Канелем Бермудесом", "министра"))
                .isEqualTo("Мигель Марио Диас-Канель Бермудес");
        // one word in the instrumental is not enough to overrule the title: "Ислом" is a nominative
        assertThat(RussianNames.nominative("Ислом Каримов", "президента")).isEqualTo("Ислом Каримов");
    }

    @Test
    void a_soft_masculine_name_is_read_back_to_its_nominative() {
        assertThat(RussianNames.nominative("Хесуса Рафаэля Саласара", "Посла")).isEqualTo("Хесус Рафаэль Саласар");
        assertThat(RussianNames.nominative("Сергеем Андреевым", "министром")).isEqualTo("Сергей Андреев");
        assertThat(RussianNames.nominative("Андрея Игоря", "министра")).isEqualTo("Андрей Игорь");
        assertThat(RussianNames.nominative("Нуманом Куртулмушем", "спикером")).isEqualTo("Нуман Куртулмуш");
    }

    @Test
    void a_surname_declined_as_an_adjective_is_read_back_to_its_nominative() {
        assertThat(RussianNames.nominative("Дмитрия Деревинского", "посла")).isEqualTo("Дмитрий Деревинский");
        assertThat(RussianNames.nominative("Петром Заболоцким", "послом")).isEqualTo("Петр Заболоцкий");
        assertThat(RussianNames.nominative("Ивану Вишневскому", "послу")).isEqualTo("Иван Вишневский");
    }

    @Test
    void the_case_of_a_title_is_that_of_its_head_noun_not_of_an_adjective_before_it() {
        assertThat(RussianNames.headWord(java.util.List.of("чрезвычайного", "и", "полномочного", "посла"))).isEqualTo("посла");
        assertThat(RussianNames.headWord(java.util.List.of("министра", "иностранных", "дел"))).isEqualTo("министра");
        assertThat(RussianNames.headWord(java.util.List.of("президентом"))).isEqualTo("президентом");
    }
}
