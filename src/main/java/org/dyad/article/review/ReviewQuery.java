package org.dyad.article.review;

import static org.dyad.db.Tables.ARTICLE;
import static org.dyad.db.Tables.EVIDENCE;
import static org.dyad.db.Tables.FACT;
import static org.dyad.db.Tables.MEETING;
import static org.dyad.db.Tables.MEETING_PARTICIPANT;
import static org.dyad.db.Tables.ORGANIZATION_MENTION;
import static org.dyad.db.Tables.SECTOR_MENTION;
import static org.dyad.db.Tables.TRADE_FIGURE;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.dyad.article.repository.ParseKeys;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Reads facts for review and writes the reviewers' decisions and corrections. */
@Repository
public class ReviewQuery {

    private final DSLContext dsl;

    public ReviewQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Facts still as the parser left them, newest article first (then in the article's order). */
    public List<Long> queue(String type, int offset, int limit) {
        var where = FACT.REVIEW_STATE.eq("extracted").and(ARTICLE.SYNTHETIC.isFalse());
        if (type != null) {
            where = where.and(FACT.FACT_TYPE.eq(type));
        }
        return dsl.select(FACT.ID).from(FACT).join(ARTICLE).on(ARTICLE.ID.eq(FACT.ARTICLE_ID)).where(where)
                .orderBy(ARTICLE.INGESTED_AT.desc(), ARTICLE.ID.desc(), FACT.ID).offset(offset).limit(limit).fetch(FACT.ID);
    }

    public int queueSize(String type) {
        var where = FACT.REVIEW_STATE.eq("extracted").and(ARTICLE.SYNTHETIC.isFalse());
        if (type != null) {
            where = where.and(FACT.FACT_TYPE.eq(type));
        }
        return dsl.fetchCount(dsl.select(FACT.ID).from(FACT).join(ARTICLE).on(ARTICLE.ID.eq(FACT.ARTICLE_ID)).where(where));
    }

    public Optional<ReviewItem> item(long factId) {
        var f = dsl.select(FACT.ID, FACT.FACT_TYPE, FACT.REVIEW_STATE, FACT.REVIEWED_BY, FACT.REVIEW_NOTE, ARTICLE.ID,
                        ARTICLE.TITLE, ARTICLE.SOURCE_NAME, ARTICLE.PUBLISHED, ARTICLE.LANG, ARTICLE.BODY)
                .from(FACT).join(ARTICLE).on(ARTICLE.ID.eq(FACT.ARTICLE_ID)).where(FACT.ID.eq(factId)).fetchOptional();
        if (f.isEmpty()) {
            return Optional.empty();
        }
        var r = f.get();
        String body = r.value11();
        List<String> sentences = dsl.select(EVIDENCE.SPAN_START, EVIDENCE.SPAN_END).from(EVIDENCE).where(EVIDENCE.FACT_ID.eq(factId))
                .orderBy(EVIDENCE.SPAN_START)
                .fetch(e -> body.substring(Math.max(0, e.value1()), Math.min(body.length(), e.value2())));
        String kind = null;
        LocalDate date = null;
        String relative = null;
        BigDecimal amount = null;
        String currency = null;
        Integer year = null;
        String code = null;
        List<String> participants = new ArrayList<>();
        List<String> countries = new ArrayList<>();
        switch (r.value2()) {
            case "meeting" -> {
                var m = dsl.selectFrom(MEETING).where(MEETING.FACT_ID.eq(factId)).fetchSingle();
                kind = m.getMeetingKind();
                date = m.getMeetingDate();
                relative = m.getRelativeDay();
                dsl.select(MEETING_PARTICIPANT.NAME_EN, MEETING_PARTICIPANT.COUNTRY_CODE).from(MEETING_PARTICIPANT)
                        .where(MEETING_PARTICIPANT.MEETING_ID.eq(factId)).orderBy(MEETING_PARTICIPANT.ID)
                        .forEach(p -> participants.add(p.value1() + (p.value2() == null ? "" : " (" + p.value2() + ")")));
                if (m.getCountryLo() != null) {
                    countries.add(m.getCountryLo());
                    countries.add(m.getCountryHi());
                }
            }
            case "trade" -> {
                var t = dsl.selectFrom(TRADE_FIGURE).where(TRADE_FIGURE.FACT_ID.eq(factId)).fetchSingle();
                kind = t.getTradeKind();
                amount = t.getAmount();
                currency = t.getCurrency();
                year = t.getFactYear();
                relative = t.getRelativeYear();
                if (t.getCountry_1() != null) {
                    countries.add(t.getCountry_1());
                }
                if (t.getCountry_2() != null) {
                    countries.add(t.getCountry_2());
                }
            }
            case "sector" -> code = dsl.select(SECTOR_MENTION.SECTOR_CODE).from(SECTOR_MENTION)
                    .where(SECTOR_MENTION.FACT_ID.eq(factId)).fetchSingle().value1();
            case "organization" -> code = dsl.select(ORGANIZATION_MENTION.ORG_CODE).from(ORGANIZATION_MENTION)
                    .where(ORGANIZATION_MENTION.FACT_ID.eq(factId)).fetchSingle().value1();
            default -> { }
        }
        return Optional.of(new ReviewItem(factId, r.value2(), r.value3(), r.value4(), r.value5(), kind, date, relative, amount,
                currency, year, code, participants, countries, r.value6(), r.value7(), r.value8(), r.value9(), r.value10(),
                sentences));
    }

    /** Gives a fact stored before parse keys existed its key, from its stored values, before anyone changes them. */
    public void ensureParseKey(ReviewItem item) {
        boolean missing = dsl.fetchExists(FACT, FACT.ID.eq(item.factId()), FACT.PARSE_KEY.isNull());
        if (!missing) {
            return;
        }
        int start = dsl.select(org.jooq.impl.DSL.min(EVIDENCE.SPAN_START)).from(EVIDENCE).where(EVIDENCE.FACT_ID.eq(item.factId()))
                .fetchOptional(org.jooq.Record1::value1).orElse(-1);
        String key = switch (item.type()) {
            case "meeting" -> ParseKeys.meeting(start, item.kind(), item.date(), item.relative());
            case "trade" -> ParseKeys.trade(start, item.kind(), item.amount(), item.currency(), item.year(), item.relative());
            default -> ParseKeys.mention(item.type(), start, item.code());
        };
        dsl.update(FACT).set(FACT.PARSE_KEY, key).where(FACT.ID.eq(item.factId())).execute();
    }

    public void decide(long factId, String state, String username, String note) {
        dsl.update(FACT).set(FACT.REVIEW_STATE, state).set(FACT.REVIEWED_BY, username)
                .set(FACT.REVIEWED_AT, OffsetDateTime.now()).set(FACT.REVIEW_NOTE, note)
                .where(FACT.ID.eq(factId)).execute();
    }

    public void correctMeeting(long factId, String kind, LocalDate date) {
        dsl.update(MEETING).set(MEETING.MEETING_KIND, kind).set(MEETING.MEETING_DATE, date)
                .set(MEETING.RELATIVE_DAY, date == null ? MEETING.RELATIVE_DAY : org.jooq.impl.DSL.inline((String) null))
                .where(MEETING.FACT_ID.eq(factId)).execute();
    }

    public void correctTrade(long factId, String kind, BigDecimal amount, String currency, Integer year) {
        dsl.update(TRADE_FIGURE).set(TRADE_FIGURE.TRADE_KIND, kind).set(TRADE_FIGURE.AMOUNT, amount)
                .set(TRADE_FIGURE.CURRENCY, currency).set(TRADE_FIGURE.AMOUNT_USD, currency.equals("USD") ? amount : null)
                .set(TRADE_FIGURE.FACT_YEAR, year)
                .where(TRADE_FIGURE.FACT_ID.eq(factId)).execute();
    }

    public void correctMention(long factId, String type, String code) {
        if (type.equals("sector")) {
            dsl.update(SECTOR_MENTION).set(SECTOR_MENTION.SECTOR_CODE, code).where(SECTOR_MENTION.FACT_ID.eq(factId)).execute();
        } else {
            dsl.update(ORGANIZATION_MENTION).set(ORGANIZATION_MENTION.ORG_CODE, code)
                    .where(ORGANIZATION_MENTION.FACT_ID.eq(factId)).execute();
        }
        dsl.update(org.dyad.db.Tables.PAIR_MENTION).set(org.dyad.db.Tables.PAIR_MENTION.CODE, code)
                .where(org.dyad.db.Tables.PAIR_MENTION.FACT_ID.eq(factId)).execute();
    }

    /** How many facts are in each review state. */
    public Map<String, Integer> stateCounts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String s : List.of("extracted", "confirmed", "corrected", "rejected")) {
            counts.put(s, 0);
        }
        dsl.select(FACT.REVIEW_STATE, org.jooq.impl.DSL.count()).from(FACT).groupBy(FACT.REVIEW_STATE)
                .forEach(r -> counts.put(r.value1(), r.value2()));
        return counts;
    }
}
