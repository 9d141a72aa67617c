package org.dyad.extract.money;

import java.math.BigDecimal;

/**
 * An amount of money found in folded text: [start, end) in folded offsets, the amount, the ISO 4217
 * currency, and whether the text hedges it ("about", "около", "نحو") or gives a bound ("more than").
 */
public record MoneyMention(int start, int end, BigDecimal amount, String currency, Qualifier qualifier) {

    public enum Qualifier { EXACT, APPROXIMATE, AT_LEAST, AT_MOST }

    /** The amount in US dollars when the currency is the dollar; no conversion of other currencies. */
    public BigDecimal amountUsd() {
        return "USD".equals(currency) ? amount : null;
    }
}
