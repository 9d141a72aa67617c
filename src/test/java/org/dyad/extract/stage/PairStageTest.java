package org.dyad.extract.stage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.dyad.extract.MeetingFact;
import org.dyad.extract.TradeFact;
import org.junit.jupiter.api.Test;

class PairStageTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 5, 2);

    private static List<List<String>> pairs(String text, String lang) {
        List<SentenceAnalysis> s = Stages.withPeople(text, lang, PUBLISHED);
        List<MeetingFact> meetings = Stages.MEETINGS.meetings(s, PUBLISHED, null, lang);
        List<String> main = PairStage.mainPair(meetings, s);
        List<TradeFact> trade = TradeStage.trade(s, PUBLISHED, main);
        return PairStage.countryPairs(meetings, trade, main);
    }

    @Test
    void a_meeting_makes_the_pair_in_alphabetical_order() {
        assertThat(pairs("Indian Prime Minister Narendra Modi held talks with Egyptian President Abdel Fattah al-Sisi.", "en"))
                .containsExactly(List.of("EG", "IN"));
    }

    @Test
    void two_countries_dealings_without_a_meeting_are_their_pair() {
        assertThat(pairs("Trade between Jordan and Iraq grew to $1.5 billion.", "en")).containsExactly(List.of("IQ", "JO"));
    }

    @Test
    void countries_named_without_any_dealings_are_no_pair() {
        assertThat(pairs("Jordan beat Iraq in the football match.", "en")).isEmpty();
    }

    @Test
    void each_meeting_of_a_summit_adds_its_pair() {
        assertThat(pairs("On the sidelines of the summit, Indian Prime Minister Narendra Modi met Egyptian President "
                + "Abdel Fattah al-Sisi. On the sidelines of the summit, Modi also met Kazakh President Kassym-Jomart Tokayev.",
                "en")).containsExactly(List.of("EG", "IN"), List.of("IN", "KZ"));
    }

    @Test
    void a_dollars_country_and_an_agencys_dateline_are_no_side_of_a_pair() {
        assertThat(pairs("قال مسؤول أسترالي إن الخسائر بلغت 20 مليون دولار أمريكي.", "ar")).isEmpty();
        assertThat(pairs("ДОХА, 25 фев - ПРАЙМ. Дефицит бюджета Саудовской Аравии превысил 73 миллиарда долларов.", "ru"))
                .isEmpty();
    }
}
