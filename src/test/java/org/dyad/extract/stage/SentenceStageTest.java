package org.dyad.extract.stage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.dyad.extract.stage.Triggers.Signal;
import org.dyad.extract.time.DateMention;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SentenceStageTest {

    @Test
    void a_page_date_stamp_is_the_publication_date_and_not_a_date_of_the_text() {
        SentenceStage.Text t = Stages.SENTENCES.analyse(
                "2024-09-16 The presidents met in Cairo on 10 September 2024. Trade grew.", "en");
        assertThat(t.stamp()).isEqualTo(LocalDate.of(2024, 9, 16));
        assertThat(t.sentences().getFirst().dates()).extracting(DateMention::date)
                .containsExactly(LocalDate.of(2024, 9, 10));
        assertThat(t.dateline()).isEqualTo(LocalDate.of(2024, 9, 10));
    }

    @Test
    void without_a_stamp_the_dateline_is_the_first_full_date_of_the_lead() {
        SentenceStage.Text t = Stages.SENTENCES.analyse("ASTANA, March 5, 2024 – The talks were held today.", "en");
        assertThat(t.stamp()).isNull();
        assertThat(t.dateline()).isEqualTo(LocalDate.of(2024, 3, 5));
    }

    @Test
    void a_short_first_line_without_a_final_stop_is_the_title() {
        assertThat(Stages.SENTENCES.analyse("Egypt and Jordan discuss trade\nThe ministers met in Amman.", "en").title())
                .isEqualTo("Egypt and Jordan discuss trade");
        assertThat(Stages.SENTENCES.analyse("The ministers met in Amman.\nThey discussed trade.", "en").title()).isNull();
        assertThat(Stages.SENTENCES.analyse("One sentence only", "en").title()).isNull();
    }

    @Test
    void each_sentence_has_its_own_cues_dates_and_amounts() {
        SentenceStage.Text t = Stages.SENTENCES.analyse("Президенты провели телефонный разговор. "
                + "Товарооборот в 2023 году составил 1,2 млрд долларов.", "ru");
        assertThat(t.sentences()).hasSize(2);
        assertThat(t.sentences().get(0).signals()).contains(Signal.PHONE);
        assertThat(t.sentences().get(0).money).isEmpty();
        assertThat(t.sentences().get(1).money).hasSize(1);
        assertThat(t.sentences().get(1).dates()).extracting(DateMention::year).containsExactly(2023);
    }

    @Test
    void arabic_reception_and_future_visit_cues_are_told_apart() {
        assertThat(Stages.SENTENCES.analyse("استقبل الرئيس المصري وزير الخارجية السعودي.", "ar")
                .sentences().getFirst().signals()).contains(Signal.RECEPTION).doesNotContain(Signal.FUTURE);
        assertThat(Stages.SENTENCES.analyse("بحث الأمير سبل تعزيز العلاقات لدى استقباله وزير الخارجية المكسيكي.", "ar")
                .sentences().getFirst().signals()).contains(Signal.RECEPTION);
        assertThat(Stages.SENTENCES.analyse("The president will visit Egypt next month.", "en")
                .sentences().getFirst().signals()).contains(Signal.FUTURE);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقبل الرئيس دعوة نظيره للقيام بزيارة دولة إلى بلاده.|ar|true",
            "وصل الرئيس في زيارة رسمية بدعوة من نظيره.|ar|false",
            "ومن المحتمل أن يلتقي رئيس الوزراء ولي العهد.|ar|true",
            "The prime minister accepted an invitation to pay a state visit to Pretoria.|en|true",
            "The prime minister arrived on a state visit at the invitation of the president.|en|false",
            "Президент принял приглашение посетить Вьетнам с официальным визитом.|ru|true",
            "Президент пригласил на встречу посла, она состоялась 25 ноября.|ru|false",
            "Президент прибыл с визитом по приглашению своего коллеги.|ru|false",
            "Не исключено, что президент может провести встречу с министром.|ru|true",
            "The president may meet his counterpart in Cairo.|en|true"})
    void a_visit_invited_or_possible_is_to_come_and_a_visit_at_an_invitation_is_not(String text, String lang, boolean future) {
        assertThat(Stages.SENTENCES.analyse(text, lang).sentences().getFirst().signals().contains(Signal.FUTURE))
                .as(text).isEqualTo(future);
    }

    @Test
    void an_arabic_year_in_words_with_a_teen_is_read_whole() {
        SentenceAnalysis a = Stages.SENTENCES.analyse("بلغت الصادرات ثلاثة عشر مليار دولار في عام ألفين وخمسة عشر.", "ar")
                .sentences().getFirst();
        assertThat(a.dates()).extracting(DateMention::year).contains(2015);
        assertThat(a.money).singleElement().satisfies(m -> assertThat(m.amount().longValueExact()).isEqualTo(13_000_000_000L));
    }

    @Test
    void a_dollars_country_prefix_is_no_country() {
        SentenceAnalysis a = Stages.SENTENCES.analyse("Brazil exported US$90 billion in goods to China.", "en")
                .sentences().getFirst();
        assertThat(a.matches).extracting(m -> m.entry().id()).containsExactly("BR", "CN");
        assertThat(a.money).hasSize(1);
    }

    @Test
    void empty_text_has_no_sentences_and_no_dates() {
        SentenceStage.Text t = Stages.SENTENCES.analyse("", "en");
        assertThat(t.sentences()).isEmpty();
        assertThat(t.stamp()).isNull();
        assertThat(t.dateline()).isNull();
        assertThat(t.title()).isNull();
    }

    private static java.util.Set<Signal> signals(String text) {
        return Stages.SENTENCES.analyse(text, "en").sentences().getFirst().signals();
    }

    @Test
    void earlier_in_the_day_is_no_background_and_a_welcomed_decision_is_no_guest() {
        assertThat(signals("Earlier, he met with the Chinese premier.")).contains(Signal.MEETING).doesNotContain(Signal.BACKGROUND);
        assertThat(signals("Earlier today he met with the Chinese premier.")).doesNotContain(Signal.BACKGROUND);
        assertThat(signals("Earlier in the day, he met with the Chinese premier.")).doesNotContain(Signal.BACKGROUND);
        assertThat(signals("Earlier that day he met with the Chinese premier.")).doesNotContain(Signal.BACKGROUND);
        assertThat(signals("Earlier in the year, he met with the Chinese premier.")).contains(Signal.BACKGROUND);
        assertThat(signals("He had earlier met the Chinese premier.")).contains(Signal.BACKGROUND);
        assertThat(signals("Erdogan met earlier with his Greek counterpart.")).doesNotContain(Signal.BACKGROUND);
        assertThat(signals("Erdogan met earlier this year with his Greek counterpart.")).contains(Signal.BACKGROUND);
        assertThat(signals("Earlier this year the two leaders met in Beijing.")).contains(Signal.BACKGROUND);
        assertThat(signals("The two ministers welcomed the remarkable progress in trade.")).doesNotContain(Signal.RECEPTION);
        assertThat(signals("The two ministers welcomed efforts to end the war.")).doesNotContain(Signal.RECEPTION);
        assertThat(signals("The president welcomed the visiting prime minister.")).contains(Signal.RECEPTION);
        assertThat(signals("The president, who was greeted by the foreign minister, arrived.")).contains(Signal.RECEPTION);
        assertThat(signals("The two presidents sat down for a discussion.")).contains(Signal.MEETING);
    }

    @Test
    void a_month_after_last_or_this_is_a_date() {
        for (String text : new String[] {"They met in Vilnius last July.", "They met in Vilnius this July.", "They met in July."}) {
            assertThat(Stages.SENTENCES.analyse(text, "en").sentences().getFirst().dates())
                    .extracting(DateMention::kind, DateMention::month).containsExactly(org.assertj.core.groups.Tuple.tuple(
                            DateMention.Kind.MONTH, 7));
        }
        assertThat(Stages.SENTENCES.analyse("Julia met July Smith.", "en").sentences().getFirst().dates()).isEmpty();
    }

    @Test
    void arabic_tonight_is_today_and_last_night_yesterday() {
        assertThat(Stages.SENTENCES.analyse("جرى الليلة اتصال هاتفي بين الرئيسين.", "ar").sentences().getFirst().dates())
                .extracting(DateMention::relative).containsExactly("today");
        assertThat(Stages.SENTENCES.analyse("جرى الليلة الماضية اتصال هاتفي بين الرئيسين.", "ar").sentences().getFirst()
                .dates()).extracting(DateMention::relative).containsExactly("yesterday");
    }

    @Test
    void ahead_of_a_visit_is_a_visit_to_come_but_a_photograph_ahead_of_a_meeting_is_not() {
        assertThat(signals("Israel PM plays down tensions ahead of Biden's visit.")).contains(Signal.FUTURE);
        assertThat(signals("Ahead of Putin visit to Budapest, the minister travels to Moscow")).contains(Signal.FUTURE);
        assertThat(signals("The president looks forward to visiting Cairo.")).contains(Signal.FUTURE);
        assertThat(Stages.SENTENCES.analyse("وقال إن بلاده تتطلع إلى زيارة الرئيس.", "ar").sentences().getFirst().signals())
                .contains(Signal.FUTURE);
        assertThat(signals("The government is \u201cvery seriously preparing\u201d for Putin's visit.")).contains(Signal.FUTURE);
        assertThat(Stages.SENTENCES.analyse("وبحث الوزيران التحضير لزيارة الرئيس.", "ar").sentences().getFirst().signals())
                .contains(Signal.FUTURE);
        assertThat(Stages.SENTENCES.analyse("Министры обсудили ход подготовки визита президента.", "ru").sentences()
                .getFirst().signals()).contains(Signal.FUTURE);
        // the preparation of a summit discussed in a call is no call to come
        assertThat(signals("The two presidents discussed by phone the preparations for the G20 summit."))
                .contains(Signal.PHONE).doesNotContain(Signal.FUTURE);
        assertThat(signals("The minister spoke to reporters ahead of his visit to Cairo.")).contains(Signal.FUTURE);
        assertThat(signals("The prime minister shakes hands with his guest ahead of their bilateral meeting in Suva."))
                .doesNotContain(Signal.FUTURE);
        assertThat(Stages.SENTENCES.analyse("Министры встретились в преддверии визита президента.", "ru").sentences()
                .getFirst().signals()).contains(Signal.FUTURE);
        assertThat(Stages.SENTENCES.analyse("В столице ждут визита президента в ноябре.", "ru").sentences()
                .getFirst().signals()).contains(Signal.FUTURE);
    }
}
