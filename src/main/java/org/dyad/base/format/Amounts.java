package org.dyad.base.format;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Amounts of money as the UI writes them: 1150000000 → "1.15 bn", 483900000 → "483.9 mn". */
public final class Amounts {

    private static final BigDecimal BILLION = BigDecimal.valueOf(1_000_000_000L);
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000L);

    private Amounts() {
    }

    public static String abbreviated(BigDecimal v) {
        if (v.compareTo(BILLION) >= 0) {
            return v.divide(BILLION, 3, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + " bn";
        }
        if (v.compareTo(MILLION) >= 0) {
            return v.divide(MILLION, 2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + " mn";
        }
        return v.stripTrailingZeros().toPlainString();
    }
}
