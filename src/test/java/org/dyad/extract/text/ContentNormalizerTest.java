package org.dyad.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContentNormalizerTest {

    @Test
    void line_endings_bom_and_runs_of_spaces_do_not_change_identity() {
        String original = "استقبل اليوم رئيس جمهورية طاجيكستان\nرئيس وزراء جمهورية كازاخستان.";
        String variant = "\uFEFF  استقبل اليوم رئيس  جمهورية طاجيكستان\r\n\r\nرئيس وزراء جمهورية كازاخستان. \n";
        assertThat(ContentNormalizer.hash(variant)).isEqualTo(ContentNormalizer.hash(original));
    }

    @Test
    void compatibility_forms_and_zero_width_marks_fold_away() {
        // Arabic presentation forms (as copied from some PDFs) and a zero-width joiner.
        assertThat(ContentNormalizer.normalize("\uFEF7\u200D")).isEqualTo(ContentNormalizer.normalize("\u0644\u0623"));
        assertThat(ContentNormalizer.normalize("ｔｅｓｔ　text")).isEqualTo("test text");
    }

    @Test
    void different_words_give_different_hashes() {
        assertThat(ContentNormalizer.hash("одного миллиарда")).isNotEqualTo(ContentNormalizer.hash("двух миллиардов"));
        assertThat(ContentNormalizer.hash("x")).hasSize(64).matches("[0-9a-f]{64}");
    }
}
