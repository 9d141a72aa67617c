package org.dyad.extract.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameKeysTest {

    @Test
    void spellings_and_transliterations_of_one_name_are_the_same() {
        assertThat(NameKeys.same("Abdel Fattah el-Sisi", "Abd Alftah Alsysy")).isTrue();
        assertThat(NameKeys.same("Abdel Fattah el-Sisi", "Abdel Fattakh as-Sisi")).isTrue();
        assertThat(NameKeys.same("Recep Tayyip Erdogan", "Redzhep Tayip Erdogan")).isTrue();
    }

    @Test
    void family_name_first_and_regnal_forms_are_the_same_person() {
        assertThat(NameKeys.same("Shigeru Ishiba", "Ishiba Shigeru")).isTrue();
        assertThat(NameKeys.same("Batmunkhiin Battsetseg", "Battsetseg Batmunkh")).isTrue();
        assertThat(NameKeys.same("Abdullah II of Jordan", "Abdullah II")).isTrue();
        assertThat(NameKeys.same("Salman of Saudi Arabia", "Salman bin Abdulaziz")).isTrue();
    }

    @Test
    void different_people_are_not_the_same() {
        assertThat(NameKeys.same("Shavkat Mirziyoyev", "Kassym-Jomart Tokayev")).isFalse();
        assertThat(NameKeys.same("Mohammed bin Abdulrahman Al Thani", "Khalid bin Mohammed Al Attiyah")).isFalse();
        assertThat(NameKeys.same("Narendra Modi", "Manmohan Singh")).isFalse();
        assertThat(NameKeys.same("Abdullah II of Jordan", "Hussein of Jordan")).isFalse();
    }
}
