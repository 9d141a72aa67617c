package org.dyad.analytics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What the stored facts say about one pair of countries in a period, shaped for the overview's
 * charts. Rejected facts are left out; every row keeps the ids of the facts behind it, so any point
 * of a chart leads back to its evidence.
 */
public record DyadFacts(String a, String b, int fromYear, int toYear, List<MeetingCount> meetingCounts,
                        MeetingRow lastMeeting, List<TradeRow> trade, List<SectorRow> sectors, List<OrganizationRow> organizations,
                        int articles, List<String> languages, boolean synthetic) {

    /** A meeting; {@code level} is the seniority of its most senior participant. */
    public record MeetingRow(long factId, LocalDate date, String kind, Level level, String locationCountry) {}

    /** How many meetings of a kind and level a quarter had. */
    public record MeetingCount(int year, int quarter, String kind, Level level, int count) {}

    /** Seniority of a meeting, from its most senior participant. */
    public enum Level { HEAD_OF_STATE, HEAD_OF_GOVERNMENT, MINISTER, OTHER }

    /** A trade figure as one source stated it. */
    public record TradeRow(long factId, Integer year, String kind, BigDecimal amount, String currency,
                           BigDecimal amountUsd, String country1, String country2, String source, LocalDate published,
                           long articleId) {}

    /** How many of the pair's articles of a year name a sector. */
    public record SectorRow(String sector, int year, int articles) {}

    /** In how many of the pair's articles an organization is named. */
    public record OrganizationRow(String code, int articles) {}

    public int meetingTotal() {
        return meetingCounts.stream().mapToInt(MeetingCount::count).sum();
    }

    public boolean isEmpty() {
        return meetingCounts.isEmpty() && trade.isEmpty() && sectors.isEmpty() && organizations.isEmpty();
    }
}
