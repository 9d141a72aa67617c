package org.dyad.extract.stage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.List;

import org.dyad.extract.TradeFact;
import org.junit.jupiter.api.Test;

class TradeStageTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 5, 2);
    private static final List<String> PAIR = List.of("EG", "SA");

    private static List<TradeFact> trade(String text, String lang, List<String> pair) {
        return TradeStage.trade(Stages.withPeople(text, lang, PUBLISHED), PUBLISHED, pair);
    }

    @Test
    void a_figure_reached_is_turnover_of_its_year() {
        assertThat(trade("Trade between Egypt and Saudi Arabia reached $1.2 billion in 2023.", "en", PAIR))
                .extracting(t -> t.value().longValueExact(), TradeFact::currency, TradeFact::kind, TradeFact::year, TradeFact::countries)
                .containsExactly(tuple(1_200_000_000L, "USD", "turnover", 2023, List.of("EG", "SA")));
    }

    @Test
    void a_dinar_of_two_states_is_the_first_named_ones_and_labels_after_the_amounts_name_them() {
        // Jordan and Iraq both count in dinars: the Jordanian press names Jordan first, in its own money; exports and
        // imports named together are the turnover, and a label after each amount is that amount's
        assertThat(trade("بلغ حجم التبادل التجاري (الصادرات والمستوردات) بين الأردن والعراق 197.1 مليون دينار منها 147.3 "
                + "مليون دينار صادرات و49.8 مليون دينار مستوردات.", "ar", List.of("IQ", "JO")))
                .extracting(t -> t.value().longValueExact(), TradeFact::currency, TradeFact::kind)
                .containsExactly(tuple(197_100_000L, "JOD", "turnover"), tuple(147_300_000L, "JOD", "export"),
                        tuple(49_800_000L, "JOD", "import"));
        // "экспорт - $943,3 млн": a label before its amount, after a comma, is its own
        assertThat(trade("Объем торговли составил $3,07 млрд, экспорт - $943,3 млн, импорт - $2,13 млрд.", "ru", PAIR))
                .extracting(TradeFact::kind).containsExactly("turnover", "export", "import");
        // "3,1 млрд долларов составляет экспорт Турции, а 4,8 млрд долларов - импорт": a verb between an amount and its
        // label; "целевой объем": a target
        assertThat(trade("Целевой объем торговли составляет 15 млрд долларов. В 2024 году товарооборот достиг 8 млрд долларов. "
                + "Из них 3,1 млрд долларов составляет экспорт Турции, а 4,8 млрд долларов - импорт.", "ru", PAIR))
                .extracting(t -> t.value().longValueExact(), TradeFact::kind)
                .containsExactly(tuple(15_000_000_000L, "target"), tuple(8_000_000_000L, "turnover"),
                        tuple(3_100_000_000L, "export"), tuple(4_800_000_000L, "import"));
        // "صدّر المغرب نحو 7300 مليون أورو": the verb of an export, the Maghreb's spelling of the euro
        assertThat(trade("وصدّر المغرب نحو 7300 مليون أورو إلى إسبانيا.", "ar", List.of("ES", "MA")))
                .extracting(t -> t.value().longValueExact(), TradeFact::currency, TradeFact::kind)
                .containsExactly(tuple(7_300_000_000L, "EUR", "export"));
    }

    @Test
    void from_one_amount_to_another_is_where_trade_stands_and_the_goal() {
        assertThat(trade("The leaders agreed to raise trade from $12 billion to $20 billion.", "en", PAIR))
                .extracting(t -> t.value().longValueExact(), TradeFact::kind)
                .containsExactly(tuple(12_000_000_000L, "turnover"), tuple(20_000_000_000L, "target"));
        assertThat(trade("Стороны намерены довести товарооборот до 5 млрд долларов.", "ru", PAIR))
                .extracting(TradeFact::kind).containsExactly("target");
        assertThat(trade("The president said trade ties between Iran and Japan should reach 50 billion dollars per year.", "en",
                PAIR)).extracting(TradeFact::kind).containsExactly("target");
    }

    @Test
    void a_change_is_not_a_figure_and_an_export_told_a_few_words_on_is_an_export() {
        assertThat(trade("Trade between Egypt and Saudi Arabia reached $5.8 billion, up by $320 million year-on-year.", "en", PAIR))
                .extracting(t -> t.value().longValueExact()).containsExactly(5_800_000_000L);
        assertThat(trade("Товарооборот Египта и Саудовской Аравии составил $7 млрд и вырос на $1,2 млрд.", "ru", PAIR))
                .extracting(t -> t.value().longValueExact()).containsExactly(7_000_000_000L);
        assertThat(trade("بلغ حجم التبادل التجاري بين مصر والسعودية 2.8 مليار دولار، شكل 489 مليون دولار منه منتجات مصرية "
                + "استوردتها السعودية.", "ar", PAIR)).extracting(t -> t.value().longValueExact(), TradeFact::kind)
                .containsExactly(tuple(2_800_000_000L, "turnover"), tuple(489_000_000L, "import"));
        // a list of changes whose verb is told once: each "by" amount is a change
        assertThat(trade("Egypt's imports from Saudi Arabia grew by 41 million USD, truck imports by 150 million USD and "
                + "fuel imports by 80 million USD.", "en", PAIR)).isEmpty();
        // a target told further on stays the turnover it is
        assertThat(trade("Trade between Egypt and Saudi Arabia has already exceeded $72 billion and is soon expected to touch "
                + "$90 billion.", "en", PAIR)).extracting(TradeFact::kind).containsExactly("turnover", "target");
    }

    @Test
    void an_amount_in_another_currency_in_brackets_is_the_same_figure_and_the_year_after_both_is_its_year() {
        assertThat(trade("وقال الوزير في فبراير 2021 إن حجم التبادل التجاري بين مصر والسعودية بلغ 2.7 مليار دولار (10.1 مليار "
                + "ريال سعودي) في عام 2019، مقارنة بـ1.5 مليار دولار (5.6 مليار ريال سعودي) في عام 2015.", "ar", PAIR))
                .extracting(t -> t.value().longValueExact(), TradeFact::currency, TradeFact::year)
                .containsExactly(tuple(2_700_000_000L, "USD", 2019), tuple(1_500_000_000L, "USD", 2015));
    }

    @Test
    void investment_and_contracts_are_not_trade() {
        assertThat(trade("Saudi investment in Egypt stands at $30 billion. Contracts worth $3 billion were signed.", "en", PAIR))
                .extracting(TradeFact::kind).containsExactly("investment", "contracts");
    }

    @Test
    void a_riyal_is_the_currency_its_adjective_or_the_pair_names_and_otherwise_no_figure() {
        assertThat(trade("بلغ حجم التبادل التجاري 500 مليون ريال سعودي.", "ar", List.of()))
                .extracting(TradeFact::currency).containsExactly("SAR");
        assertThat(trade("بلغ حجم التبادل التجاري 500 مليون ريال.", "ar", PAIR))
                .extracting(TradeFact::currency).containsExactly("SAR");
        assertThat(trade("بلغ حجم التبادل التجاري 500 مليون ريال.", "ar", List.of("OM", "QA"))).isEmpty();
    }

    @Test
    void the_same_figure_twice_is_one_figure_with_both_sentences() {
        List<TradeFact> t = trade("Trade reached $1.2 billion in 2023. In 2023 trade reached $1.2 billion, the ministry said.",
                "en", PAIR);
        assertThat(t).hasSize(1);
        assertThat(t.getFirst().evidence()).hasSize(2);
    }

    @Test
    void a_countrys_trade_with_the_world_and_the_figures_told_right_after_are_no_pairs_figures() {
        assertThat(trade("Mongolia's foreign trade turnover grew by 20 million USD. Its exports came to 610 million USD in "
                + "the month and its imports to 550 million USD.", "en", List.of("CN", "MN"))).isEmpty();
    }

    @Test
    void exports_told_after_a_dated_turnover_share_its_year() {
        assertThat(trade("Trade reached $1.2 billion in 2023. Exports accounted for $800 million.", "en", PAIR))
                .extracting(TradeFact::kind, TradeFact::year)
                .containsExactly(tuple("turnover", 2023), tuple("export", 2023));
    }

    @Test
    void an_amount_with_no_trade_word_near_it_is_no_figure() {
        assertThat(trade("The stadium cost $2 billion to build.", "en", PAIR)).isEmpty();
    }

    @Test
    void a_kind_right_after_the_amount_names_it() {
        assertThat(trade("سجل حجم التبادل التجاري بين البلدين 6 مليار دولار، منها 5.4 مليار دولار لصادرات الصين.", "ar",
                List.of("CN", "EG"))).extracting(t -> t.value().longValueExact(), TradeFact::kind)
                .containsExactly(tuple(6_000_000_000L, "turnover"), tuple(5_400_000_000L, "export"));
        assertThat(trade("Bilateral trade between Egypt and Saudi Arabia will achieve the $100 billion target sooner than "
                + "expected.", "en", PAIR)).extracting(TradeFact::kind).containsExactly("target");
        assertThat(trade("وقد استوردت الصين من مصر ما يقرب من 1.52 مليار دولار.", "ar", List.of("CN", "EG")))
                .extracting(TradeFact::kind).containsExactly("import");
    }

    @Test
    void an_amount_too_small_to_be_a_bilateral_figure_is_none() {
        assertThat(trade("India exported goods worth $16.7 billion to Egypt, while imports aggregated at $26.7", "en",
                List.of("EG", "IN"))).extracting(TradeFact::kind).containsExactly("export");
    }

    @Test
    void one_countrys_trade_with_the_world_is_no_bilateral_figure() {
        assertThat(trade("Внешний товарооборот Узбекистана в 2020 году составил $8,14 млрд. "
                + "Экспорт товаров сократился до $3,37 млрд, импорт — до $4,77 млрд.", "ru", List.of("RU", "UZ"))).isEmpty();
        assertThat(trade("بلغ حجم التجارة الخارجية بين البلدين نحو 50 مليار دولار.", "ar", PAIR))
                .extracting(TradeFact::kind).containsExactly("turnover");
    }

    @Test
    void where_trade_stands_now_is_turnover_beside_the_goal() {
        assertThat(trade("Необходимо довести товарооборот, который сейчас составляет всего $1,5 миллиарда, до $5 миллиардов.",
                "ru", PAIR)).extracting(t -> t.value().longValueExact(), TradeFact::kind)
                .containsExactly(tuple(1_500_000_000L, "turnover"), tuple(5_000_000_000L, "target"));
    }

    @Test
    void a_figure_takes_the_year_told_with_it_not_a_year_something_began_or_it_is_compared_with() {
        assertThat(trade("Trade between Egypt and Saudi Arabia rose from $5.5 billion in 2021 to $8 billion in 2022.", "en", PAIR))
                .extracting(TradeFact::year).containsExactly(2021, 2022);
        assertThat(trade("Since 2005, Saudi investments in Egypt have reached $6.7 billion.", "en", PAIR))
                .extracting(TradeFact::year).containsOnlyNulls();
        assertThat(trade("بلغ حجم التبادل التجاري بين مصر والسعودية 8.8 مليار دولار بزيادة قدرها 26.5% عن عام 2010.", "ar", PAIR))
                .extracting(TradeFact::year).containsOnlyNulls();
        assertThat(trade("Товарооборот Египта и Саудовской Аравии в 2023 году составил 1,2 млрд долларов, по сравнению "
                + "с 2022 годом он вырос на 5%.", "ru", PAIR)).extracting(TradeFact::year).containsExactly(2023);
    }

    @Test
    void a_trade_balance_is_no_figure_and_trade_exchanges_are_turnover() {
        List<TradeFact> t = trade("وارتفعت المبادلات التجارية بين مصر والسعودية لتصل إلى 11 مليار دولار سنة 2023، "
                + "وتسجل مصر فائضاً تجارياً في حدود 2.6 مليار دولار.", "ar", PAIR);
        assertThat(t).extracting(x -> x.value().longValueExact(), TradeFact::kind, TradeFact::year)
                .containsExactly(tuple(11_000_000_000L, "turnover", 2023));
        assertThat(trade("Egypt's trade surplus with Saudi Arabia was $2.6 billion in 2023.", "en", PAIR)).isEmpty();
    }

    @Test
    void a_stock_markets_amounts_are_no_trade_figures() {
        assertThat(trade("Trade volume reached 77 million securities worth $217 million.", "en", PAIR)).isEmpty();
        assertThat(trade("Turnover on the Egyptian Exchange reached $1.3 billion in 2023.",
                "en", PAIR)).isEmpty();
        // a trade exchange is trade
        assertThat(trade("The trade exchange between Egypt and Saudi Arabia reached $9 billion in 2023.", "en", PAIR))
                .hasSize(1);
    }

    @Test
    void money_a_country_invested_is_investment() {
        assertThat(trade("وقد استثمرت الشركات السعودية نحو 5 مليارات دولار في مصر.", "ar", PAIR))
                .extracting(TradeFact::kind).containsExactly("investment");
        assertThat(trade("Египетские компании инвестировали 2 млрд долларов в Саудовскую Аравию.", "ru", PAIR))
                .extracting(TradeFact::kind).containsExactly("investment");
    }
}
