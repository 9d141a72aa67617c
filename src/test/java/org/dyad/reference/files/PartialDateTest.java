package org.dyad.reference.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.dyad.reference.files.PartialDate.Precision;
import org.junit.jupiter.api.Test;

class PartialDateTest {

    @Test
    void a_year_spans_the_whole_year() {
        PartialDate d = PartialDate.parse("1992");
        assertThat(d.first()).isEqualTo(LocalDate.of(1992, 1, 1));
        assertThat(d.last()).isEqualTo(LocalDate.of(1992, 12, 31));
        assertThat(d.precision()).isEqualTo(Precision.YEAR);
    }

    @Test
    void a_month_spans_the_whole_month_leap_years_included() {
        PartialDate d = PartialDate.parse("2024-02");
        assertThat(d.first()).isEqualTo(LocalDate.of(2024, 2, 1));
        assertThat(d.last()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(d.precision()).isEqualTo(Precision.MONTH);
    }

    @Test
    void a_day_is_itself() {
        PartialDate d = PartialDate.parse(" 2001-06-15 ");
        assertThat(d.first()).isEqualTo(d.last()).isEqualTo(LocalDate.of(2001, 6, 15));
        assertThat(d.precision()).isEqualTo(Precision.DAY);
    }

    @Test
    void anything_else_is_refused_with_the_text_in_the_message() {
        assertThatThrownBy(() -> PartialDate.parse("15.06.2001")).hasMessageContaining("15.06.2001");
        assertThatThrownBy(() -> PartialDate.parse("2001-13")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PartialDate.parse("")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void format_prints_at_the_precision_known() {
        LocalDate d = LocalDate.of(2005, 8, 26);
        assertThat(PartialDate.format(d, Precision.YEAR)).isEqualTo("2005");
        assertThat(PartialDate.format(d, Precision.MONTH)).isEqualTo("2005-08");
        assertThat(PartialDate.format(d, Precision.DAY)).isEqualTo("2005-08-26");
    }
}
