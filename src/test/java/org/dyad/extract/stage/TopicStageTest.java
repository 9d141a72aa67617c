package org.dyad.extract.stage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.dyad.extract.Mention;
import org.junit.jupiter.api.Test;

class TopicStageTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 5, 2);

    @Test
    void sectors_and_organizations_keep_every_sentence_naming_them() {
        List<SentenceAnalysis> s = Stages.withPeople("The sides discussed energy and agriculture. "
                + "Energy projects within the SCO were reviewed.", "en", PUBLISHED);
        List<Mention> sectors = TopicStage.sectors(s);
        assertThat(sectors).extracting(Mention::code).contains("energy", "agriculture");
        assertThat(sectors.stream().filter(m -> m.code().equals("energy")).findFirst().orElseThrow().evidence()).hasSize(2);
        assertThat(TopicStage.organizations(s)).extracting(Mention::code).containsExactly("SCO");
    }

    @Test
    void trade_in_a_sentence_stating_a_figure_is_a_volume_not_a_sector() {
        List<SentenceAnalysis> s = Stages.withPeople("Trade reached $1.2 billion in 2023.", "en", PUBLISHED);
        assertThat(TopicStage.sectors(s)).extracting(Mention::code).doesNotContain("trade");
    }

    @Test
    void trade_is_named_by_its_adjectives_too() {
        assertThat(sectors("وبحث الجانبان سبل تعزيز التعاون التجاري بين البلدين.", "ar")).contains("trade");
        assertThat(sectors("Стороны обсудили развитие торговых связей.", "ru")).contains("trade");
        assertThat(sectors("The ministers discussed commerce and tourism.", "en")).contains("trade", "tourism");
    }

    @Test
    void a_share_or_a_growth_rate_of_trade_is_a_volume_too() {
        assertThat(sectors("Trade between the two countries grew by 50% since 2020.", "en")).doesNotContain("trade");
        assertThat(sectors("وشهدت التجارة بين البلدين زيادة بنسبة 50% منذ عام 2020.", "ar")).doesNotContain("trade");
        assertThat(sectors("The sides discussed trade and energy.", "en")).contains("trade", "energy");
    }

    @Test
    void a_sector_word_in_an_office_name_is_no_field_of_cooperation() {
        assertThat(sectors("Serbian Foreign Minister Nikola Selakovic met the Minister of Foreign Affairs and Trade of "
                + "Hungary Peter Szijjarto.", "en")).doesNotContain("trade");
        assertThat(sectors("Marcio Elias Rosa, executive secretary of the Ministry of Development, Industry, and Trade, "
                + "was present.", "en")).doesNotContain("trade", "industry");
        assertThat(sectors("قال وكيل وزارة الاقتصاد لشؤون التجارة الخارجية إن الهند شريك مهم.", "ar")).doesNotContain("trade");
        assertThat(sectors("Министр промышленности и торговли провел встречу.", "ru")).doesNotContain("trade", "industry");
        assertThat(sectors("The minister said the sides would expand trade.", "en")).contains("trade");
    }

    @Test
    void the_arab_summit_is_the_arab_league_at_the_level_of_leaders() {
        List<SentenceAnalysis> s = Stages.withPeople("التقى الملك على هامش أعمال القمة العربية المنعقدة في الدوحة.", "ar",
                PUBLISHED);
        assertThat(TopicStage.organizations(s)).extracting(Mention::code).containsExactly("LAS");
    }

    @Test
    void a_sector_word_in_another_sense_is_not_that_sector() {
        assertThat(sectors("The talks covered social security and food security for Kenyans.", "en"))
                .doesNotContain("security_defense");
        assertThat(sectors("وبحث الجانبان الأمن الغذائي والتعاون البناء بين البلدين.", "ar"))
                .doesNotContain("security_defense", "construction");
        assertThat(sectors("They stressed the construction of the fast rail between the capitals.", "en"))
                .doesNotContain("construction");
        assertThat(sectors("Обсуждались вопросы строительства транспортного коридора.", "ru")).doesNotContain("construction");
        // the field itself still is
        assertThat(sectors("The sides discussed security, construction and housing.", "en"))
                .contains("security_defense", "construction");
        assertThat(sectors("وبحث الجانبان التعاون في مجال البناء والأمن.", "ar")).contains("construction", "security_defense");
    }

    @Test
    void the_formulas_of_peace_and_security_and_of_historical_and_cultural_ties_name_no_field() {
        assertThat(sectors("Both sides reaffirmed their commitment to peace and security in the region.", "en"))
                .doesNotContain("security_defense");
        assertThat(sectors("Стороны подчеркнули важность обеспечения мира и безопасности.", "ru")).doesNotContain("security_defense");
        assertThat(sectors("وأكد الجانبان أهمية تحقيق الأمن والاستقرار في المنطقة.", "ar")).doesNotContain("security_defense");
        assertThat(sectors("The leaders praised the historical and cultural ties between the two nations.", "en"))
                .doesNotContain("culture");
        // the fields themselves still count
        assertThat(sectors("The ministers discussed security cooperation and cultural exchanges.", "en"))
                .contains("security_defense", "culture");
        assertThat(sectors("وبحث الجانبان التعاون الأمني والثقافي.", "ar")).contains("security_defense", "culture");
    }

    @Test
    void military_hostilities_are_war_not_defence_cooperation() {
        assertThat(sectors("The minister condemned the military aggression against the country.", "en"))
                .doesNotContain("security_defense");
        assertThat(sectors("Он осудил военное нападение на страну.", "ru")).doesNotContain("security_defense");
        assertThat(sectors("ودعا إلى وقف الأعمال العسكرية في القطاع.", "ar")).doesNotContain("security_defense");
        assertThat(sectors("The sides agreed to expand military cooperation.", "en")).contains("security_defense");
    }

    @Test
    void the_press_names_sectors_by_their_common_words() {
        assertThat(sectors("They discussed cooperation in artificial intelligence, critical minerals and aviation.", "en"))
                .contains("digital", "mining", "transport");
        assertThat(sectors("Стороны обсудили сотрудничество в области искусственного интеллекта и университетов.", "ru"))
                .contains("digital", "education");
        assertThat(sectors("وبحث الجانبان التعاون في مجالات الذكاء الاصطناعي والجامعات والطيران.", "ar"))
                .contains("digital", "education", "transport");
        assertThat(sectors("وناقشا تعزيز التعاون في المجالات الاقتصادية والأمنية.", "ar")).contains("security_defense");
        assertThat(sectors("Стороны обсудили сотрудничество в сфере информационно-коммуникационных технологий.", "ru"))
                .contains("digital");
    }

    @Test
    void a_feminine_noun_in_ia_matches_in_the_genitive_plural_and_adjectives_in_both_genders() {
        assertThat(sectors("Лидеры обсудили сотрудничество в сфере экономики и инвестиций.", "ru")).contains("investment");
        assertThat(sectors("وبحث الجانبان سبل تنمية التعاون في المجالين التجاري والاستثماري.", "ar"))
                .contains("trade", "investment");
    }

    @Test
    void a_wish_of_good_health_and_an_office_named_by_its_field_are_no_field_of_cooperation() {
        assertThat(sectors("The president congratulated his counterpart on his birthday and wished him good health.", "en"))
                .doesNotContain("health");
        assertThat(sectors("The country's health minister said the hospitals were full.", "en")).doesNotContain("health");
        assertThat(sectors("The ministers discussed cooperation in health and education.", "en")).contains("health");
    }

    @Test
    void an_english_sector_word_counts_in_a_sentence_about_the_sides_or_right_after_one() {
        assertThat(sectors("Inflation was high in December. Prices of health services rose by a third, the statistics office said.",
                "en")).doesNotContain("health");
        assertThat(sectors("Chinese companies signed contracts with Kyrgyz partners. Most of the deals concern mining.", "en"))
                .contains("mining");
        assertThat(sectors("The ministers discussed health.", "en")).contains("health");
    }

    @Test
    void a_match_reported_is_sports_news_not_sport_as_a_field_of_cooperation() {
        assertThat(sectors("Croatia beat Serbia 2-0 in a World Cup qualifier in Zagreb.", "en")).doesNotContain("sport");
        assertThat(sectors("Казахстан проиграл Узбекистану в товарищеском матче по футболу.", "ru")).doesNotContain("sport");
        assertThat(sectors("وفاز منتخب اليابان على أستراليا في مباراة كرة القدم.", "ar")).doesNotContain("sport");
        assertThat(sectors("The ministers agreed to expand cooperation in sport and tourism.", "en")).contains("sport");
    }

    @Test
    void trade_exchange_and_turnover_are_trade() {
        assertThat(sectors("اتفقنا على زيادة حجم التبادل التجاري بين البلدين.", "ar")).contains("trade");
        assertThat(sectors("Стороны отметили рост товарооборота.", "ru")).contains("trade");
    }

    @Test
    void russian_nouns_in_nie_match_in_every_case_and_a_ministrys_long_name_is_an_office() {
        assertThat(sectors("Стороны договорились о сотрудничестве в области образования и здравоохранения.", "ru"))
                .contains("education");
        assertThat(sectors("В беседе участвовал министр природных ресурсов и экологии Сергей Донской.", "ru"))
                .doesNotContain("environment");
        assertThat(sectors("Министр заявил, что стороны обсудили вопросы экологии.", "ru")).contains("environment");
    }

    private static List<String> sectors(String text, String lang) {
        return TopicStage.sectors(Stages.withPeople(text, lang, PUBLISHED)).stream().map(Mention::code).toList();
    }

    @Test
    void a_security_council_and_security_measures_are_no_field_of_cooperation() {
        for (String[] t : new String[][] {
                {"في إطار عضوية فيتنام غير الدائمة في مجلس الأمن.", "ar"},
                {"أعطى أوامر لقوات الأمن في البلاد.", "ar"},
                {"Египет посетил секретарь Совета Безопасности России.", "ru"},
                {"Матч прошел при усиленных мерах безопасности.", "ru"},
                {"They spoke about the vote in the Security Council.", "en"}}) {
            assertThat(TopicStage.sectors(Stages.withPeople(t[0], t[1], PUBLISHED))).as(t[0])
                    .extracting(Mention::code).doesNotContain("security_defense");
        }
        assertThat(TopicStage.sectors(Stages.withPeople("Стороны обсудили вопросы региональной безопасности.", "ru", PUBLISHED)))
                .extracting(Mention::code).contains("security_defense");
    }
}
