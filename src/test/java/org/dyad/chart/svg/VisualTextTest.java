package org.dyad.chart.svg;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;

class VisualTextTest {

    @Test
    void left_to_right_text_is_untouched() {
        assertThat(VisualText.of("2015 Q1")).isEqualTo("2015 Q1");
        assertThat(VisualText.of("Официальный визит")).isEqualTo("Официальный визит");
        assertThat(VisualText.of("")).isEmpty();
        assertThat(VisualText.of(null)).isNull();
    }

    @Test
    void arabic_is_joined_reversed_for_display_and_guarded_against_reordering() {
        String visual = VisualText.of("زيارة رسمية");
        assertThat(visual).startsWith("\u202D").endsWith("\u202C");
        String inner = visual.substring(1, visual.length() - 1);
        // joined: presentation forms, which fold back to the letters, in display (reversed) order
        assertThat(inner.chars().allMatch(c -> c == ' ' || c >= 0xFB50)).isTrue();
        assertThat(Normalizer.normalize(inner, Normalizer.Form.NFKC)).isEqualTo(new StringBuilder("زيارة رسمية").reverse().toString());
    }

    @Test
    void numbers_keep_their_order_inside_arabic() {
        // "quarter 1 2015": an Arabic paragraph, so the word is rightmost and each number reads left to right
        String inner = Normalizer.normalize(VisualText.of("الربع 1 2015"), Normalizer.Form.NFKC).replaceAll("[\u202C\u202D]", "");
        assertThat(inner).isEqualTo("2015 1 " + new StringBuilder("الربع").reverse());
    }

    @Test
    void every_line_is_ordered_on_its_own() {
        String visual = VisualText.of("سطر\nline");
        assertThat(visual.split("\n")).hasSize(2);
        assertThat(visual.split("\n")[1]).startsWith("line");
    }
}
