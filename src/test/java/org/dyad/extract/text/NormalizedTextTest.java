package org.dyad.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NormalizedTextTest {

    @Test
    void arabic_orthographic_variants_fold_together() {
        assertThat(NormalizedText.of("إمام علي رحمان").text()).isEqualTo(NormalizedText.of("امام على رحمان").text());
        assertThat(NormalizedText.of("مُؤْتَمَر").text()).isEqualTo("مؤتمر");
        assertThat(NormalizedText.of("طاجيـــكستان").text()).isEqualTo("طاجيكستان");
        assertThat(NormalizedText.of("جمهورية").text()).isEqualTo("جمهوريه");
        assertThat(NormalizedText.of("آسيا").text()).isEqualTo("اسيا");
    }

    @Test
    void digits_of_every_script_become_ascii() {
        assertThat(NormalizedText.of("١٫١٥").text()).isEqualTo("1.15");
        assertThat(NormalizedText.of("٢٬٣٥٠").text()).isEqualTo("2,350");
        assertThat(NormalizedText.of("۱۴۰۲").text()).isEqualTo("1402");
    }

    @Test
    void case_and_yo_fold_and_spaces_unify() {
        assertThat(NormalizedText.of("Трёх МИЛЛИАРДОВ").text()).isEqualTo("трех миллиардов");
        assertThat(NormalizedText.of("1\u00A0150\u2009000").text()).isEqualTo("1 150 000");
        assertThat(NormalizedText.of("a\r\nb").text()).isEqualTo("a\n\nb");
    }

    @Test
    void every_folded_character_maps_back_to_its_original() {
        String original = "\uFEFFاستقبل اليـوم إمامُ علي رحمان ﻻ ١٫١٥ Трёх";
        NormalizedText n = NormalizedText.of(original);
        int folded = n.text().indexOf("امام");
        assertThat(n.originalText(folded, folded + "امام علي رحمان".length())).isEqualTo("إمامُ علي رحمان");
        int la = n.text().indexOf("لا");
        assertThat(n.originalText(la, la + 2)).isEqualTo("ﻻ"); // one ligature, two folded letters
        int digits = n.text().indexOf("1.15");
        assertThat(n.originalText(digits, digits + 4)).isEqualTo("١٫١٥");
        assertThat(n.originalEnd(n.length())).isEqualTo(original.length());
        assertThat(n.originalStart(0)).isEqualTo(1); // the BOM is dropped
    }

    @Test
    void characters_outside_the_basic_plane_keep_their_offsets() {
        String original = "𝐀 Dushanbe";
        NormalizedText n = NormalizedText.of(original);
        int d = n.text().indexOf("dushanbe");
        assertThat(n.originalText(d, d + 8)).isEqualTo("Dushanbe");
    }

    @Test
    void latin_letters_fold_without_their_accents_and_keep_their_offsets() {
        NormalizedText n = NormalizedText.of("Sebastián Piñera, Bùi Thanh Sơn, Mevlüt Çavuşoğlu, Łukasz, Türkiye");
        assertThat(n.text()).isEqualTo("sebastian pinera, bui thanh son, mevlut cavusoglu, lukasz, turkiye");
        assertThat(n.originalText(10, 16)).isEqualTo("Piñera");
        assertThat(NormalizedText.of("Tu\u0308rkiye").text()).isEqualTo("turkiye"); // the accent written apart
        assertThat(NormalizedText.of("Йемен ё").text()).isEqualTo("йемен е"); // Cyrillic as before
    }
}
