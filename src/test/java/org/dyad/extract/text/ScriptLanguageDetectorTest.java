package org.dyad.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScriptLanguageDetectorTest {

    @Test
    void tells_the_three_languages_by_script() {
        assertThat(ScriptLanguageDetector.detect("لقاء مع رئيس وزراء جمهورية كازاخستان")).contains("ar");
        assertThat(ScriptLanguageDetector.detect("Встреча с Премьер-министром Республики Казахстан")).contains("ru");
        assertThat(ScriptLanguageDetector.detect("Meeting with the Prime Minister of Kazakhstan")).contains("en");
    }

    @Test
    void the_dominant_script_wins_over_names_in_another() {
        assertThat(ScriptLanguageDetector.detect("Лидеры обсудили деятельность SCO и CSTO в регионе")).contains("ru");
        assertThat(ScriptLanguageDetector.detect("ناقش الطرفان التعاون في إطار SCO")).contains("ar");
    }

    @Test
    void text_without_letters_has_no_language() {
        assertThat(ScriptLanguageDetector.detect("2024-04-30 — 1 150 000 000 $")).isEmpty();
        assertThat(ScriptLanguageDetector.detect("")).isEmpty();
    }
}
