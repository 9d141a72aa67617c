package org.dyad.extract.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.dyad.reference.files.ReferenceFiles;
import org.junit.jupiter.api.Test;

class ArabicSpellingsTest {

    private static final ArabicSpellings SPELLINGS = ArabicSpellings.of(ReferenceFiles.load());

    @Test
    void words_the_press_spells_in_known_names_take_that_spelling_and_the_rest_icus() {
        // made-up names: the given names and "bin" are spelt as in the reference data's people, the family
        // names (unknown) by ICU, their article as "Al-"
        assertThat(SPELLINGS.latin("حسين محمد العسيري")).isEqualTo("Hussein Mohamed Al-Syry");
        assertThat(SPELLINGS.latin("فيصل بن غازي")).startsWith("Faisal bin ");
        assertThat(SPELLINGS.latin("عبد الله بن حمدان")).startsWith("Abdullah bin ");
        assertThat(ArabicSpellings.none().latin("حسين محمد العسيري")).isEqualTo("Hsyn Mhmd Alsyry");
    }

    @Test
    void a_spelling_needs_two_pairs_and_a_clear_lead_over_the_others() {
        assertThat(SPELLINGS.size()).isGreaterThan(300);
        assertThat(SPELLINGS.of("محمد")).isEqualTo("Mohamed");
        assertThat(SPELLINGS.of("بن")).isEqualTo("bin");
        assertThat(SPELLINGS.of("كلمةغيرموجودة")).isNull();
    }
}
