package org.dyad.base.format;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

import org.dyad.base.i18n.Messages;

/**
 * Amounts of money as the UI writes them: 1150000000 → "1.15 bn" ("1.15 مليار", "1.15 млрд"),
 * 483900000 → "483.9 mn". Digits stay Latin with a point in every language, as on the charts' axes.
 */
public final class Amounts {

    private static final BigDecimal BILLION = BigDecimal.valueOf(1_000_000_000L);
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000L);

    private Amounts() {
    }

    public static String abbreviated(BigDecimal v, Locale locale) {
        if (v.compareTo(BILLION) >= 0) {
            return Messages.get("amount.billions", locale, v.divide(BILLION, 3, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString());
        }
        if (v.compareTo(MILLION) >= 0) {
            return Messages.get("amount.millions", locale, v.divide(MILLION, 2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString());
        }
        return v.stripTrailingZeros().toPlainString();
    }

    /** An amount in US dollars: "$1.15 bn", "1.15 مليار دولار", "1.15 млрд долл.". */
    public static String usd(BigDecimal v, Locale locale) {
        return Messages.get("amount.usd", locale, abbreviated(v, locale));
    }
}
