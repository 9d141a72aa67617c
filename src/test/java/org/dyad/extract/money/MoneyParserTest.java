package org.dyad.extract.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.util.List;

import org.dyad.extract.money.MoneyMention.Qualifier;
import org.dyad.extract.text.NormalizedText;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class MoneyParserTest {

    private static List<MoneyMention> money(String text, String lang) {
        return MoneyParser.find(NormalizedText.of(text).text(), lang);
    }

    private static MoneyMention single(String text, String lang) {
        List<MoneyMention> found = money(text, lang);
        assertThat(found).as(text).hasSize(1);
        return found.getFirst();
    }

    @ParameterizedTest(name = "{0} = {2} {3}")
    @CsvSource(delimiter = '|', textBlock = """
            مليار ومائة وخمسين مليون دولار             | ar | 1150000000 | USD
            بلغ حجم التبادل ملياري دولار                | ar | 2000000000 | USD
            ثلاثة مليارات دولار                         | ar | 3000000000 | USD
            1.4 مليار دولار                            | ar | 1400000000 | USD
            ١٫١٥ مليار دولار                            | ar | 1150000000 | USD
            ٢٬٣٥٠ مليون دولار                           | ar | 2350000000 | USD
            9/483 مليون دولار                          | ar | 483900000  | USD
            4ر767 مليون يورو                            | ar | 767400000  | EUR
            بلغت 1ر5 مليار دولار                        | ar | 5100000000 | USD
            خمسة وعشرين مليون دولار                     | ar | 25000000   | USD
            عشرة آلاف دولار                             | ar | 10000      | USD
            مليار ونصف دولار                            | ar | 1500000000 | USD
            ثلاثمائة مليون دولار أمريكي                 | ar | 300000000  | USD
            ثلاث مائة مليون دولار                       | ar | 300000000  | USD
            مائتي مليون يورو                            | ar | 200000000  | EUR
            مليون دولار                                 | ar | 1000000    | USD
            بقيمة 500 مليون دولار                       | ar | 500000000  | USD
            بمبلغ ٥٠٠ مليون دولار                       | ar | 500000000  | USD
            полтора миллиарда долларов                  | ru | 1500000000 | USD
            полмиллиарда долларов                       | ru | 500000000  | USD
            одного миллиарда долларов                   | ru | 1000000000 | USD
            1,15 млрд долларов                          | ru | 1150000000 | USD
            2 млрд 351,5 млн долларов                   | ru | 2351500000 | USD
            1 150 000 000 долларов                      | ru | 1150000000 | USD
            двести пятьдесят миллионов долларов США     | ru | 250000000  | USD
            5 млрд рублей                               | ru | 5000000000 | RUB
            100 млн юаней                               | ru | 100000000  | CNY
            300 млрд тенге                              | ru | 300000000000 | KZT
            трёх миллиардов долларов                    | ru | 3000000000 | USD
            $1,674 million                              | en | 1674000000 | USD
            one and a half billion dollars              | en | 1500000000 | USD
            half a billion dollars                      | en | 500000000  | USD
            $3 billion                                  | en | 3000000000 | USD
            US$ 2.5 billion                             | en | 2500000000 | USD
            $1.2bn                                      | en | 1200000000 | USD
            $1.2m                                       | en | 1200000    | USD
            1.15 billion US dollars                     | en | 1150000000 | USD
            twenty-five million dollars                 | en | 25000000   | USD
            a billion dollars                           | en | 1000000000 | USD
            $500,000                                    | en | 500000     | USD
            1,150,000,000 dollars                       | en | 1150000000 | USD
            اثني عشر مليار دولار                        | ar | 12000000000 | USD
            ثلاثة عشر مليون دولار                       | ar | 13000000   | USD
            مائة وخمسة عشر مليون دولار                  | ar | 115000000  | USD
            بأكثر من 16 ألف مليون يورو                   | ar | 16000000000 | EUR
            نحو 7300 مليون أورو                          | ar | 7300000000 | EUR
            16 thousand million euros                   | en | 16000000000 | EUR
            16 тысяч миллионов евро                     | ru | 16000000000 | EUR
            """)
    void reads_the_amounts_the_press_writes(String text, String lang, BigDecimal amount, String currency) {
        MoneyMention m = single(text.strip(), lang);
        assertThat(m.amount()).isEqualByComparingTo(amount);
        assertThat(m.currency()).isEqualTo(currency);
    }

    @Test
    void the_seed_articles_two_figures() {
        String text = "وتم التأكيد على أن حجم التبادل التجاري بين البلدين بلغ في العام الماضي مليار ومائة وخمسين مليون دولار، "
                + "ومراقبة تنفيذ العقود والاتفاقيات التي تبلغ قيمتها نحو ثلاثة مليارات دولار.";
        List<MoneyMention> found = money(text, "ar");
        assertThat(found).hasSize(2);
        assertThat(found.get(0).amount()).isEqualByComparingTo("1150000000");
        assertThat(found.get(0).qualifier()).isEqualTo(Qualifier.EXACT);
        assertThat(found.get(0).amountUsd()).isEqualByComparingTo("1150000000");
        assertThat(found.get(1).amount()).isEqualByComparingTo("3000000000");
        assertThat(found.get(1).qualifier()).isEqualTo(Qualifier.APPROXIMATE);
    }

    @Test
    void hedges_and_bounds_are_kept() {
        assertThat(single("около 3 млрд долларов", "ru").qualifier()).isEqualTo(Qualifier.APPROXIMATE);
        assertThat(single("more than $500 million", "en").qualifier()).isEqualTo(Qualifier.AT_LEAST);
        assertThat(single("свыше 1,5 млрд долларов", "ru").qualifier()).isEqualTo(Qualifier.AT_LEAST);
        assertThat(single("أكثر من 500 مليون دولار", "ar").qualifier()).isEqualTo(Qualifier.AT_LEAST);
        assertThat(single("$500 million", "en").qualifier()).isEqualTo(Qualifier.EXACT);
    }

    @Test
    void an_abbreviation_written_onto_the_number_is_its_currency_and_one_apart_is_not() {
        assertThat(single("exports amounted to about QR42.12 billion", "en").currency()).isEqualTo("QAR");
        assertThat(single("a Dh9.9 billion deal", "en").currency()).isEqualTo("AED");
        assertThat(single("KSh5 billion", "en").currency()).isEqualTo("KES");
        assertThat(money("the RO 42 meeting", "en")).isEmpty();
    }

    @Test
    void other_currencies_have_no_dollar_value() {
        MoneyMention m = single("5 млрд рублей", "ru");
        assertThat(m.amountUsd()).isNull();
    }

    @Test
    void numbers_without_a_currency_are_not_money() {
        assertThat(money("в 17 отраслях в 2024 году", "ru")).isEmpty();
        assertThat(money("سبعة عشر قطاعا في عام 2024", "ar")).isEmpty();
        assertThat(money("one of the two sides signed 12 agreements", "en")).isEmpty();
        assertThat(money("9/483 сотрудников", "ru")).isEmpty();
    }

    @Test
    void an_amount_whose_currency_the_sentence_left_out_after_one_takes_that_currency_and_a_count_does_not() {
        assertThat(money("товарооборот достиг 157,5 миллиарда долларов, при этом экспорт составил 104,3 миллиарда, "
                + "а импорт — 53,2 миллиарда.", "ru")).extracting(m -> m.amount().longValueExact(), MoneyMention::currency)
                .containsExactly(tuple(157_500_000_000L, "USD"), tuple(104_300_000_000L, "USD"), tuple(53_200_000_000L, "USD"));
        assertThat(money("بلغت الصادرات 614.8 مليون دينار فيما المستوردات 157.4 مليون.", "ar"))
                .extracting(MoneyMention::currency).containsExactly("~DINAR", "~DINAR");
        // not a count of people, nor an amount with no currency before it in the sentence, nor a percentage
        assertThat(money("Инвестиции составили 2 млрд долларов, страну посетили 3 миллиона туристов.", "ru")).hasSize(1);
        assertThat(money("экспорт составил 104,3 миллиарда.", "ru")).isEmpty();
        assertThat(money("exports reached $2 billion, up 5 million %", "en")).hasSize(1);
    }

    @Test
    void several_amounts_in_one_sentence_are_told_apart() {
        List<MoneyMention> found = money(
                "Экспорт составил 1,2 млрд долларов, импорт — 350 млн долларов, а в 2023 году — 1 млрд долларов.", "ru");
        assertThat(found).extracting(MoneyMention::amount).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("1200000000"), new BigDecimal("350000000"), new BigDecimal("1000000000"));
    }

    @Test
    void offsets_cover_the_amount_and_its_currency() {
        String text = "Trade reached $1.2 billion last year.";
        MoneyMention m = single(text, "en");
        assertThat(text.substring(m.start(), m.end())).isEqualTo("$1.2 billion");
        String ru = "товарооборот составил 1,15 млрд долларов США";
        MoneyMention r = single(ru, "ru");
        assertThat(ru.substring(r.start(), r.end())).isEqualTo("1,15 млрд долларов");
    }

    @Test
    void digit_conventions_follow_the_language() {
        assertThat(MoneyParser.digits("1,15", "ru", true)).isEqualByComparingTo("1.15");
        assertThat(MoneyParser.digits("1,150", "en", true)).isEqualByComparingTo("1150");
        assertThat(MoneyParser.digits("1,15", "en", true)).isEqualByComparingTo("1.15");
        assertThat(MoneyParser.digits("1.150.000", "ru", false)).isEqualByComparingTo("1150000");
        assertThat(MoneyParser.digits("1,150.5", "en", false)).isEqualByComparingTo("1150.5");
        assertThat(MoneyParser.digits("1.150,5", "ru", false)).isEqualByComparingTo("1150.5");
        assertThat(MoneyParser.digits("483/9", "ar", true)).isEqualByComparingTo("483.9");
        assertThat(MoneyParser.digits("483/9", "ar", false)).isNull();
    }

    @Test
    void huge_and_garbage_inputs_neither_throw_nor_hang() {
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            many.append("миллиард ");
        }
        many.append("долларов");
        assertThat(money(many.toString(), "ru")).hasSize(1);
        assertThat(money("9".repeat(5000) + " долларов", "ru")).hasSize(1);
        assertThat(money("$$$ ,,, ... /// و و و and and", "en")).isEmpty();
        assertThat(money("", "ar")).isEmpty();
    }

    @Test
    void a_currency_code_or_abbreviation_before_the_number_with_a_space() {
        assertThat(single("trade reached USD 1.1 billion", "en").currency()).isEqualTo("USD");
        assertThat(single("trade reached USD 1.1 billion", "en").amount()).isEqualByComparingTo("1100000000");
        assertThat(single("total trade valued at RM 4.68 billion", "en").currency()).isEqualTo("MYR");
        assertThat(single("worth EUR 300 million", "en").currency()).isEqualTo("EUR");
        // a word that is also a code is no currency: "try 5 times"
        assertThat(money("we will try 5 times and more 20 times", "en")).isEmpty();
    }
}
