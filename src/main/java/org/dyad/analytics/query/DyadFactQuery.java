package org.dyad.analytics.query;

import static org.dyad.db.Tables.ARTICLE;
import static org.dyad.db.Tables.ARTICLE_PAIR;
import static org.dyad.db.Tables.EVIDENCE;
import static org.dyad.db.Tables.FACT;
import static org.dyad.db.Tables.MEETING;
import static org.dyad.db.Tables.MEETING_PARTICIPANT;
import static org.dyad.db.Tables.ORGANIZATION_MENTION;
import static org.dyad.db.Tables.PAIR_MENTION;
import static org.dyad.db.Tables.SECTOR_MENTION;
import static org.dyad.db.Tables.TRADE_FIGURE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.dyad.analytics.DyadFacts.Level;
import org.dyad.analytics.DyadFacts.MeetingRow;
import org.dyad.analytics.DyadFacts.OrganizationRow;
import org.dyad.analytics.DyadFacts.SectorRow;
import org.dyad.analytics.DyadFacts.TradeRow;
import org.dyad.analytics.Evidence;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** Read-only queries over the stored facts of one pair of countries (stored as country_lo < country_hi). */
@Repository
public class DyadFactQuery {

    private final DSLContext dsl;

    public DyadFactQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    private static final Condition NOT_REJECTED = FACT.REVIEW_STATE.ne("rejected");

    public List<MeetingRow> meetings(String lo, String hi, LocalDate from, LocalDate to) {
        return dsl.select(MEETING.FACT_ID, MEETING.MEETING_DATE, MEETING.MEETING_KIND, MEETING.MEETING_LEVEL,
                        MEETING.LOCATION_COUNTRY)
                .from(MEETING)
                .join(FACT).on(FACT.ID.eq(MEETING.FACT_ID))
                .where(MEETING.COUNTRY_LO.eq(lo), MEETING.COUNTRY_HI.eq(hi), NOT_REJECTED,
                        MEETING.MEETING_DATE.between(from, to))
                .orderBy(MEETING.MEETING_DATE, MEETING.FACT_ID)
                .fetch(r -> new MeetingRow(r.value1(), r.value2(), r.value3(),
                        Level.valueOf(r.value4().toUpperCase()), r.value5()));
    }

    /** Meetings per year, quarter, kind and level, counted in the database from one index. */
    public List<org.dyad.analytics.DyadFacts.MeetingCount> meetingCounts(String lo, String hi, LocalDate from, LocalDate to) {
        var year = DSL.extract(MEETING.MEETING_DATE, org.jooq.DatePart.YEAR);
        var quarter = DSL.extract(MEETING.MEETING_DATE, org.jooq.DatePart.QUARTER);
        return dsl.select(year, quarter, MEETING.MEETING_KIND, MEETING.MEETING_LEVEL, DSL.count())
                .from(MEETING)
                .where(MEETING.COUNTRY_LO.eq(lo), MEETING.COUNTRY_HI.eq(hi), MEETING.MEETING_DATE.between(from, to),
                        MEETING.FACT_ID.notIn(rejected()))
                .groupBy(year, quarter, MEETING.MEETING_KIND, MEETING.MEETING_LEVEL)
                .fetch(r -> new org.dyad.analytics.DyadFacts.MeetingCount(r.value1(), r.value2(), r.value3(),
                        Level.valueOf(r.value4().toUpperCase()), r.value5()));
    }

    /** The latest meeting of the pair in the period, if any. */
    public java.util.Optional<MeetingRow> lastMeeting(String lo, String hi, LocalDate from, LocalDate to) {
        return dsl.select(MEETING.FACT_ID, MEETING.MEETING_DATE, MEETING.MEETING_KIND, MEETING.MEETING_LEVEL,
                        MEETING.LOCATION_COUNTRY)
                .from(MEETING)
                .where(MEETING.COUNTRY_LO.eq(lo), MEETING.COUNTRY_HI.eq(hi), MEETING.MEETING_DATE.between(from, to),
                        MEETING.FACT_ID.notIn(rejected()))
                .orderBy(MEETING.MEETING_DATE.desc(), MEETING.FACT_ID.desc())
                .limit(1)
                .fetchOptional(r -> new MeetingRow(r.value1(), r.value2(), r.value3(),
                        Level.valueOf(r.value4().toUpperCase()), r.value5()));
    }

    /** Ids of the pair's meetings in [from, to], of one kind and/or level when given (at most {@code limit}). */
    public List<Long> meetingFactIds(String lo, String hi, LocalDate from, LocalDate to, String kind, String level,
                                     int limit) {
        Condition c = MEETING.COUNTRY_LO.eq(lo).and(MEETING.COUNTRY_HI.eq(hi)).and(MEETING.MEETING_DATE.between(from, to))
                .and(MEETING.FACT_ID.notIn(rejected()));
        if (kind != null) {
            c = c.and(MEETING.MEETING_KIND.eq(kind));
        }
        if (level != null) {
            c = c.and(MEETING.MEETING_LEVEL.eq(level));
        }
        return dsl.select(MEETING.FACT_ID).from(MEETING).where(c).orderBy(MEETING.MEETING_DATE, MEETING.FACT_ID)
                .limit(limit).fetch(MEETING.FACT_ID);
    }

    /** Per partner of {@code country}: meetings and head-of-state meetings in [from, to]. */
    public Map<String, int[]> meetingsByPartner(String country, LocalDate from, LocalDate to) {
        var hos = DSL.count().filterWhere(MEETING.MEETING_LEVEL.eq("head_of_state"));
        Map<String, int[]> out = new LinkedHashMap<>();
        // grouped by the pair (one pair per partner, the country being fixed): PostgreSQL does not
        // match a grouped CASE expression with bind values to the same expression in the select list
        dsl.select(MEETING.COUNTRY_LO, MEETING.COUNTRY_HI, DSL.count(), hos)
                .from(MEETING)
                .where(MEETING.COUNTRY_LO.eq(country).or(MEETING.COUNTRY_HI.eq(country)),
                        MEETING.MEETING_DATE.between(from, to), MEETING.FACT_ID.notIn(rejected()))
                .groupBy(MEETING.COUNTRY_LO, MEETING.COUNTRY_HI)
                .forEach(r -> out.put(partner(country, r.value1(), r.value2()), new int[]{r.value3(), r.value4()}));
        return out;
    }

    /** Per partner of {@code country}: the turnover figures in USD of [fromYear, toYear], latest year first. */
    public Map<String, TradeRow> latestTurnoverByPartner(String country, int fromYear, int toYear) {
        Map<String, TradeRow> out = new LinkedHashMap<>();
        dsl.select(TRADE_FIGURE.FACT_ID, TRADE_FIGURE.FACT_YEAR, TRADE_FIGURE.AMOUNT_USD, TRADE_FIGURE.COUNTRY_LO,
                        TRADE_FIGURE.COUNTRY_HI, ARTICLE.PUBLISHED)
                .from(TRADE_FIGURE)
                .join(FACT).on(FACT.ID.eq(TRADE_FIGURE.FACT_ID))
                .join(ARTICLE).on(ARTICLE.ID.eq(FACT.ARTICLE_ID))
                .where(TRADE_FIGURE.COUNTRY_LO.eq(country).or(TRADE_FIGURE.COUNTRY_HI.eq(country)),
                        TRADE_FIGURE.TRADE_KIND.eq("turnover"), TRADE_FIGURE.AMOUNT_USD.isNotNull(),
                        TRADE_FIGURE.FACT_YEAR.between(fromYear, toYear), NOT_REJECTED)
                .orderBy(TRADE_FIGURE.FACT_YEAR.desc(), ARTICLE.PUBLISHED.desc().nullsLast(), TRADE_FIGURE.FACT_ID.desc())
                .forEach(r -> {
                    out.putIfAbsent(partner(country, r.value4(), r.value5()), new TradeRow(r.value1(), r.value2(), "turnover", r.value3(), "USD", r.value3(),
                            null, null, null, r.value6(), 0));
                });
        return out;
    }

    /** Per partner of {@code country}: how many articles of [from, to] report on the pair. */
    public Map<String, Integer> articlesByPartner(String country, LocalDate from, LocalDate to) {
        Map<String, Integer> out = new LinkedHashMap<>();
        dsl.select(ARTICLE_PAIR.COUNTRY_LO, ARTICLE_PAIR.COUNTRY_HI, DSL.count())
                .from(ARTICLE_PAIR)
                .join(ARTICLE).on(ARTICLE.ID.eq(ARTICLE_PAIR.ARTICLE_ID))
                .where(ARTICLE_PAIR.COUNTRY_LO.eq(country).or(ARTICLE_PAIR.COUNTRY_HI.eq(country)),
                        ARTICLE.PUBLISHED.between(from, to))
                .groupBy(ARTICLE_PAIR.COUNTRY_LO, ARTICLE_PAIR.COUNTRY_HI)
                .forEach(r -> out.put(partner(country, r.value1(), r.value2()), r.value3()));
        return out;
    }

    private static String partner(String country, String lo, String hi) {
        return lo.equals(country) ? hi : lo;
    }

    /** Meetings per pair in [from, to]: {lo, hi} → {all, head of state}. */
    public Map<List<String>, int[]> meetingsByPair(LocalDate from, LocalDate to) {
        var hos = DSL.count().filterWhere(MEETING.MEETING_LEVEL.eq("head_of_state"));
        Map<List<String>, int[]> out = new LinkedHashMap<>();
        dsl.select(MEETING.COUNTRY_LO, MEETING.COUNTRY_HI, DSL.count(), hos)
                .from(MEETING)
                .where(MEETING.COUNTRY_LO.isNotNull(), MEETING.MEETING_DATE.between(from, to), MEETING.FACT_ID.notIn(rejected()))
                .groupBy(MEETING.COUNTRY_LO, MEETING.COUNTRY_HI)
                .orderBy(DSL.count().desc())
                .forEach(r -> out.put(List.of(r.value1(), r.value2()), new int[]{r.value3(), r.value4()}));
        return out;
    }

    /** Whether any article of [from, to] is synthetic. */
    public boolean anySynthetic(LocalDate from, LocalDate to) {
        return dsl.fetchExists(dsl.selectOne().from(ARTICLE).where(ARTICLE.PUBLISHED.between(from, to), ARTICLE.SYNTHETIC.isTrue()));
    }

    /** Whether any article of [from, to] on the country's relations is synthetic. */
    public boolean anySynthetic(String country, LocalDate from, LocalDate to) {
        return dsl.fetchExists(dsl.selectOne().from(ARTICLE_PAIR).join(ARTICLE).on(ARTICLE.ID.eq(ARTICLE_PAIR.ARTICLE_ID))
                .where(ARTICLE_PAIR.COUNTRY_LO.eq(country).or(ARTICLE_PAIR.COUNTRY_HI.eq(country)),
                        ARTICLE.PUBLISHED.between(from, to), ARTICLE.SYNTHETIC.isTrue()));
    }

    /** The (few) rejected facts, to leave out without joining every row to FACT. */
    private org.jooq.Select<org.jooq.Record1<Long>> rejected() {
        return dsl.select(FACT.ID).from(FACT).where(FACT.REVIEW_STATE.eq("rejected"));
    }

    /** Figures of the pair for years in [fromYear, toYear]; a target's year is its deadline. */
    public List<TradeRow> trade(String lo, String hi, int fromYear, int toYear) {
        return dsl.select(TRADE_FIGURE.FACT_ID, TRADE_FIGURE.FACT_YEAR, TRADE_FIGURE.TRADE_KIND, TRADE_FIGURE.AMOUNT,
                        TRADE_FIGURE.CURRENCY, TRADE_FIGURE.AMOUNT_USD, TRADE_FIGURE.COUNTRY_1, TRADE_FIGURE.COUNTRY_2,
                        ARTICLE.SOURCE_NAME, ARTICLE.PUBLISHED, ARTICLE.ID)
                .from(TRADE_FIGURE)
                .join(FACT).on(FACT.ID.eq(TRADE_FIGURE.FACT_ID))
                .join(ARTICLE).on(ARTICLE.ID.eq(FACT.ARTICLE_ID))
                .where(TRADE_FIGURE.COUNTRY_LO.eq(lo), TRADE_FIGURE.COUNTRY_HI.eq(hi), NOT_REJECTED,
                        TRADE_FIGURE.FACT_YEAR.between(fromYear, toYear))
                .orderBy(TRADE_FIGURE.FACT_YEAR, TRADE_FIGURE.TRADE_KIND, ARTICLE.PUBLISHED, TRADE_FIGURE.FACT_ID)
                .fetch(r -> new TradeRow(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7(), r.value8(), r.value9(), r.value10(), r.value11()));
    }

    /** Per sector and year of publication: how many of the pair's articles name it. */
    public List<SectorRow> sectors(String lo, String hi, int fromYear, int toYear) {
        return dsl.select(PAIR_MENTION.CODE, PAIR_MENTION.MENTION_YEAR, DSL.count())
                .from(PAIR_MENTION)
                .where(PAIR_MENTION.COUNTRY_LO.eq(lo), PAIR_MENTION.COUNTRY_HI.eq(hi),
                        PAIR_MENTION.MENTION_TYPE.eq("sector"), PAIR_MENTION.MENTION_YEAR.between(fromYear, toYear),
                        PAIR_MENTION.FACT_ID.notIn(rejected()))
                .groupBy(PAIR_MENTION.CODE, PAIR_MENTION.MENTION_YEAR)
                .orderBy(PAIR_MENTION.CODE, PAIR_MENTION.MENTION_YEAR)
                .fetch(r -> new SectorRow(r.value1(), r.value2(), r.value3()));
    }

    /** Organizations named in the pair's articles of the period, and in how many articles. */
    public List<OrganizationRow> organizations(String lo, String hi, int fromYear, int toYear) {
        return dsl.select(PAIR_MENTION.CODE, DSL.count())
                .from(PAIR_MENTION)
                .where(PAIR_MENTION.COUNTRY_LO.eq(lo), PAIR_MENTION.COUNTRY_HI.eq(hi),
                        PAIR_MENTION.MENTION_TYPE.eq("organization"), PAIR_MENTION.MENTION_YEAR.between(fromYear, toYear),
                        PAIR_MENTION.FACT_ID.notIn(rejected()))
                .groupBy(PAIR_MENTION.CODE)
                .orderBy(PAIR_MENTION.CODE)
                .fetch(r -> new OrganizationRow(r.value1(), r.value2()));
    }

    /** Ids of the pair's sector or organization mentions with that code, in [fromYear, toYear] (at most limit). */
    public List<Long> mentionFactIds(String lo, String hi, String type, String code, int fromYear, int toYear, int limit) {
        return dsl.select(PAIR_MENTION.FACT_ID).from(PAIR_MENTION)
                .where(PAIR_MENTION.COUNTRY_LO.eq(lo), PAIR_MENTION.COUNTRY_HI.eq(hi), PAIR_MENTION.MENTION_TYPE.eq(type),
                        PAIR_MENTION.CODE.eq(code), PAIR_MENTION.MENTION_YEAR.between(fromYear, toYear),
                        PAIR_MENTION.FACT_ID.notIn(rejected()))
                .orderBy(PAIR_MENTION.MENTION_YEAR, PAIR_MENTION.FACT_ID)
                .limit(limit)
                .fetch(PAIR_MENTION.FACT_ID);
    }

    /** Every sector and organization mention of the pair in the period: fact id, type, code, year (export). */
    public List<org.jooq.Record4<Long, String, String, Integer>> mentionRows(String lo, String hi, int fromYear, int toYear) {
        return dsl.select(PAIR_MENTION.FACT_ID, PAIR_MENTION.MENTION_TYPE, PAIR_MENTION.CODE, PAIR_MENTION.MENTION_YEAR)
                .from(PAIR_MENTION)
                .where(PAIR_MENTION.COUNTRY_LO.eq(lo), PAIR_MENTION.COUNTRY_HI.eq(hi),
                        PAIR_MENTION.MENTION_YEAR.between(fromYear, toYear), PAIR_MENTION.FACT_ID.notIn(rejected()))
                .orderBy(PAIR_MENTION.MENTION_TYPE, PAIR_MENTION.CODE, PAIR_MENTION.MENTION_YEAR)
                .fetch();
    }

    public record ArticleStats(int articles, List<String> languages, boolean synthetic) {}

    /** The pair's articles of the period: how many, in which languages, whether any is synthetic. */
    public ArticleStats articleStats(String lo, String hi, LocalDate from, LocalDate to) {
        var rows = dsl.select(ARTICLE.LANG, DSL.count(), DSL.max(DSL.when(ARTICLE.SYNTHETIC, 1).otherwise(0)))
                .from(ARTICLE)
                .join(ARTICLE_PAIR).on(ARTICLE_PAIR.ARTICLE_ID.eq(ARTICLE.ID))
                // the period as literals: with bind values PostgreSQL soon settles on a generic plan that
                // guesses a period selects few articles and scans them by date (230 ms instead of 40 for a
                // busy pair of a million-fact corpus); with the dates in view it joins the pair's articles
                .where(ARTICLE_PAIR.COUNTRY_LO.eq(lo), ARTICLE_PAIR.COUNTRY_HI.eq(hi),
                        ARTICLE.PUBLISHED.between(DSL.inline(from), DSL.inline(to)))
                .groupBy(ARTICLE.LANG)
                .orderBy(ARTICLE.LANG)
                .fetch();
        int total = rows.stream().mapToInt(r -> r.value2()).sum();
        boolean synthetic = rows.stream().anyMatch(r -> r.value3() != null && r.value3() == 1);
        return new ArticleStats(total, rows.map(r -> r.value1()), synthetic);
    }

    /** Participants of the given meetings, as "Name (role, country)", by meeting. */
    public Map<Long, List<String>> participants(Collection<Long> meetingIds) {
        Map<Long, List<String>> out = new LinkedHashMap<>();
        if (meetingIds.isEmpty()) {
            return out;
        }
        dsl.select(MEETING_PARTICIPANT.MEETING_ID, MEETING_PARTICIPANT.NAME_EN, MEETING_PARTICIPANT.OFFICE_ROLE,
                        MEETING_PARTICIPANT.COUNTRY_CODE)
                .from(MEETING_PARTICIPANT)
                .where(MEETING_PARTICIPANT.MEETING_ID.in(meetingIds))
                .orderBy(MEETING_PARTICIPANT.MEETING_ID, MEETING_PARTICIPANT.ID)
                .forEach(r -> out.computeIfAbsent(r.value1(), k -> new ArrayList<>())
                        .add(r.value2() + " (" + r.value3() + ", " + r.value4() + ")"));
        return out;
    }

    /** The sentences behind the given facts, with their articles. */
    public List<Evidence> evidence(Collection<Long> factIds) {
        if (factIds.isEmpty()) {
            return List.of();
        }
        var sentence = DSL.substring(ARTICLE.BODY, EVIDENCE.SPAN_START.plus(1), EVIDENCE.SPAN_END.minus(EVIDENCE.SPAN_START));
        return dsl.select(FACT.ID, FACT.FACT_TYPE, ARTICLE.ID, ARTICLE.TITLE, ARTICLE.SOURCE_NAME, ARTICLE.SOURCE_URL,
                        ARTICLE.PUBLISHED, ARTICLE.LANG, ARTICLE.SYNTHETIC, EVIDENCE.SPAN_START, EVIDENCE.SPAN_END, sentence)
                .from(EVIDENCE)
                .join(FACT).on(FACT.ID.eq(EVIDENCE.FACT_ID))
                .join(ARTICLE).on(ARTICLE.ID.eq(EVIDENCE.ARTICLE_ID))
                .where(FACT.ID.in(factIds))
                .orderBy(ARTICLE.PUBLISHED.desc().nullsLast(), ARTICLE.ID, EVIDENCE.SPAN_START)
                .fetch(r -> new Evidence(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(), r.value7(),
                        r.value8(), r.value9(), r.value10(), r.value11(), r.value12()));
    }
}
