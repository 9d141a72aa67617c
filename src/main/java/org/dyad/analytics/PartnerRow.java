package org.dyad.analytics;

import java.math.BigDecimal;

/** One partner of a country over a period: meetings (and at head-of-state level), latest turnover, articles. */
public record PartnerRow(String partner, int meetings, int headOfStateMeetings, BigDecimal latestTurnoverUsd,
                         Integer latestTurnoverYear, int articles) {
}
