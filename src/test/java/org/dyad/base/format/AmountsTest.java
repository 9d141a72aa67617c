package org.dyad.base.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class AmountsTest {

    private static final Locale AR = Locale.forLanguageTag("ar");
    private static final Locale RU = Locale.forLanguageTag("ru");

    @Test
    void billions_and_millions_in_each_language_with_latin_digits() {
        assertThat(Amounts.abbreviated(new BigDecimal("1150000000"), Locale.ENGLISH)).isEqualTo("1.15 bn");
        assertThat(Amounts.abbreviated(new BigDecimal("1150000000"), AR)).isEqualTo("1.15 مليار");
        assertThat(Amounts.abbreviated(new BigDecimal("483900000"), RU)).isEqualTo("483.9 млн");
        assertThat(Amounts.usd(new BigDecimal("2351500000"), Locale.ENGLISH)).isEqualTo("$2.352 bn");
        assertThat(Amounts.usd(new BigDecimal("2351500000"), AR)).isEqualTo("2.352 مليار دولار");
    }

    @Test
    void small_amounts_are_written_out() {
        assertThat(Amounts.abbreviated(new BigDecimal("950000.00"), RU)).isEqualTo("950000");
        assertThat(Amounts.abbreviated(new BigDecimal("1000000"), Locale.ENGLISH)).isEqualTo("1 mn");
    }
}
