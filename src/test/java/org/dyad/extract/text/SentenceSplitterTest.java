package org.dyad.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private static List<String> sentences(String text) {
        NormalizedText n = NormalizedText.of(text);
        return SentenceSplitter.split(n).stream()
                .map(s -> text.substring(s.evidence().start(), s.evidence().end()))
                .toList();
    }

    @Test
    void lines_and_full_stops_end_sentences_and_evidence_is_the_original_text() {
        assertThat(sentences("لقاء مع رئيس الوزراء\nاستقبل اليوم الرئيس. وتم خلال اللقاء مناقشة القضايا."))
                .containsExactly("لقاء مع رئيس الوزراء", "استقبل اليوم الرئيس.", "وتم خلال اللقاء مناقشة القضايا.");
    }

    @Test
    void decimals_abbreviations_and_initials_do_not_end_a_sentence() {
        assertThat(sentences("Товарооборот составил 1.4 млрд. долл. в 2023 г. по данным В. Иванова. Стороны договорились."))
                .containsExactly("Товарооборот составил 1.4 млрд. долл. в 2023 г. по данным В. Иванова.",
                        "Стороны договорились.");
        assertThat(sentences("The U.S. delegation met Mr. Lavrov. Talks followed."))
                .containsExactly("The U.S. delegation met Mr. Lavrov.", "Talks followed.");
    }

    @Test
    void a_line_wrapped_inside_a_sentence_is_one_sentence_and_a_headline_stays_its_own() {
        assertThat(sentences("The president hosted Ghana's\noutgoing envoy. The goal is to bring trade to $15\nbillion.\n"
                + "Putin visits Hanoi\nPresident Putin arrived in Hanoi."))
                .containsExactly("The president hosted Ghana's\noutgoing envoy.", "The goal is to bring trade to $15\nbillion.",
                        "Putin visits Hanoi", "President Putin arrived in Hanoi.");
        assertThat(sentences("Стороны обсудили\nторговлю.")).containsExactly("Стороны обсудили\nторговлю.");
    }

    @Test
    void question_marks_and_quotes_close_sentences() {
        assertThat(sentences("Он сказал: «Мы готовы». Затем встреча продолжилась? Да!"))
                .containsExactly("Он сказал: «Мы готовы».", "Затем встреча продолжилась?", "Да!");
        assertThat(sentences("هل تم الاتفاق؟ نعم.")).containsExactly("هل تم الاتفاق؟", "نعم.");
    }

    @Test
    void the_seed_article_splits_into_its_lines_and_sentences() throws Exception {
        String text = new String(getClass().getClassLoader().getResourceAsStream("db/seed/000_4de960ecd2ef320e.txt")
                .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        List<String> s = sentences(text);
        assertThat(s.getFirst()).isEqualTo("لقاء مع رئيس وزراء جمهورية كازاخستان أولجاس بيكتينوف");
        assertThat(s).anySatisfy(x -> assertThat(x).startsWith("وتم التأكيد على أن حجم التبادل التجاري")
                .endsWith("لزيادة هذا الرقم."));
        assertThat(s).allSatisfy(x -> assertThat(x).isEqualTo(x.strip()).isNotEmpty());
    }

    @Test
    void a_sentence_run_on_without_a_space_still_ends() {
        assertThat(sentences("وأكد الوزير «دعم بلاده».بحث الوزير العلاقات.ثم غادر"))
                .containsExactly("وأكد الوزير «دعم بلاده».", "بحث الوزير العلاقات.", "ثم غادر");
        assertThat(sentences("Rains hit Abra and Isabela.The agency said so."))
                .containsExactly("Rains hit Abra and Isabela.", "The agency said so.");
        // a number, an initial, an abbreviation or a web address is not run on
        assertThat(sentences("بلغ 1.5مليار دولار مع د.محمد")).hasSize(1);
        assertThat(sentences("See kazinform.kz and the U.S.Embassy site.")).hasSize(1);
    }

    @Test
    void garbage_gives_no_empty_sentences() {
        assertThat(sentences("...\n\n!!!   \n")).containsExactly("...", "!!!");
        assertThat(sentences("")).isEmpty();
    }

    @Test
    void honorifics_of_dotted_letters_do_not_end_a_sentence() {
        assertThat(sentences("The President received H.H. Sheikh Abdullah and H.E. the Ambassador. Talks followed."))
                .containsExactly("The President received H.H. Sheikh Abdullah and H.E. the Ambassador.", "Talks followed.");
    }

    @Test
    void a_title_abbreviated_before_a_name_does_not_end_a_sentence() {
        assertThat(sentences("The minister spoke with Hon. Maria A. Reyes, Secretary of Trade. Gen. Omar Said attended."))
                .containsExactly("The minister spoke with Hon. Maria A. Reyes, Secretary of Trade.", "Gen. Omar Said attended.");
    }

    @Test
    void the_items_of_a_headline_ticker_are_sentences_of_their_own() {
        assertThat(sentences("Ministers hail progress in ceasefire • Israel PM plays down tensions ahead of a visit • Rain"))
                .containsExactly("Ministers hail progress in ceasefire", "Israel PM plays down tensions ahead of a visit", "Rain");
    }
}
