package org.dyad.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokenizerTest {

    @Test
    void words_numbers_and_punctuation() {
        assertThat(Tokenizer.tokenize("кассым-жомарт: 1,15 млрд, 9/483 и $5.").stream().map(Token::text))
                .containsExactly("кассым-жомарт", ":", "1,15", "млрд", ",", "9/483", "и", "$", "5", ".");
    }

    @Test
    void offsets_index_the_text() {
        String s = "بلغ  1.4 مليار";
        for (Token t : Tokenizer.tokenize(s)) {
            assertThat(s.substring(t.start(), t.end())).isEqualTo(t.text());
        }
    }
}
