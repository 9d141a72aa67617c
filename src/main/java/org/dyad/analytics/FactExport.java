package org.dyad.analytics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** One fact of a pair, flattened for export, with the sentences that support it. */
public record FactExport(long factId, String type, LocalDate date, Integer year, String kind, String detail,
                         BigDecimal amount, String currency, BigDecimal amountUsd, List<String> countries,
                         List<Evidence> evidence) {
}
