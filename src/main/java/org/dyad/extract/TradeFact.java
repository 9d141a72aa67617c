package org.dyad.extract;

import java.math.BigDecimal;
import java.util.List;

import org.dyad.extract.text.Span;

/**
 * A trade figure: amount and currency (and USD when the currency is the dollar), its year or relative
 * year, kind, countries ([exporter, importer] for an export, [importer, exporter] for an import,
 * else the pair), and whether the text hedged it.
 */
public record TradeFact(BigDecimal value, String currency, BigDecimal valueUsd, Integer year, String relativeYear,
                        String kind, List<String> countries, String qualifier, List<Span> evidence) {
}
