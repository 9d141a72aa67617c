package org.dyad.article.repository;

import static org.dyad.db.Tables.ARTICLE;
import static org.dyad.db.Tables.ARTICLE_PAIR;
import static org.dyad.db.Tables.EVIDENCE;
import static org.dyad.db.Tables.FACT;
import static org.dyad.db.Tables.MEETING;
import static org.dyad.db.Tables.MEETING_PARTICIPANT;
import static org.dyad.db.Tables.ORGANIZATION_MENTION;
import static org.dyad.db.Tables.PAIR_MENTION;
import static org.dyad.db.Tables.PERSON;
import static org.dyad.db.Tables.SECTOR_MENTION;
import static org.dyad.db.Tables.TRADE_FIGURE;

import java.util.List;
import java.util.Map;

import org.dyad.extract.MeetingFact;
import org.dyad.extract.Mention;
import org.dyad.extract.ParsedArticle;
import org.dyad.extract.Participant;
import org.dyad.extract.TradeFact;
import org.dyad.extract.text.Span;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Writes the facts the parser found in an article, each with its evidence spans. */
@Repository
public class FactRepository {

    private final DSLContext dsl;

    public FactRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Stores every fact of {@code parsed} for the article and marks it parsed by {@code parserVersion}.
     * {@code published} is the article's stored publication date (mentions are counted by its year).
     */
    public void store(long articleId, ParsedArticle parsed, String parserVersion, java.time.LocalDate published) {
        store(articleId, parsed, parserVersion, published, key -> false);
    }

    /**
     * Re-parse of one article: drops its facts no one has reviewed and stores the new parse, except
     * the facts a reviewer has already decided on (same {@link ParseKeys key}): those stay as the
     * reviewer left them — confirmed, corrected or rejected. Returns how many reviewed facts were kept.
     */
    public int replaceUnreviewed(long articleId, ParsedArticle parsed, String parserVersion, java.time.LocalDate published) {
        java.util.Set<String> reviewed = new java.util.HashSet<>(dsl.select(FACT.PARSE_KEY).from(FACT)
                .where(FACT.ARTICLE_ID.eq(articleId), FACT.REVIEW_STATE.ne("extracted"), FACT.PARSE_KEY.isNotNull())
                .fetch(FACT.PARSE_KEY));
        int kept = dsl.fetchCount(FACT, FACT.ARTICLE_ID.eq(articleId), FACT.REVIEW_STATE.ne("extracted"));
        dsl.deleteFrom(FACT).where(FACT.ARTICLE_ID.eq(articleId), FACT.REVIEW_STATE.eq("extracted")).execute();
        dsl.deleteFrom(ARTICLE_PAIR).where(ARTICLE_PAIR.ARTICLE_ID.eq(articleId)).execute();
        store(articleId, parsed, parserVersion, published, reviewed::contains);
        return kept;
    }

    private void store(long articleId, ParsedArticle parsed, String parserVersion, java.time.LocalDate published,
                       java.util.function.Predicate<String> alreadyReviewed) {
        Map<String, Long> personIds = dsl.select(PERSON.SLUG, PERSON.ID).from(PERSON).fetchMap(PERSON.SLUG, PERSON.ID);
        for (MeetingFact m : parsed.meetings()) {
            String key = ParseKeys.of(m);
            if (alreadyReviewed.test(key)) {
                continue;
            }
            long factId = fact(articleId, "meeting", parserVersion, m.evidence(), key);
            List<String> countries = m.participants().stream().map(Participant::country)
                    .filter(java.util.Objects::nonNull).distinct().toList();
            String lo = countries.size() == 2 ? min(countries.get(0), countries.get(1)) : null;
            String hi = countries.size() == 2 ? max(countries.get(0), countries.get(1)) : null;
            dsl.insertInto(MEETING)
                    .set(MEETING.FACT_ID, factId)
                    .set(MEETING.MEETING_DATE, m.date())
                    .set(MEETING.RELATIVE_DAY, m.relative())
                    .set(MEETING.MEETING_KIND, m.kind())
                    .set(MEETING.LOCATION_COUNTRY, m.locationCountry())
                    .set(MEETING.LOCATION_CITY, m.locationCity())
                    .set(MEETING.HOST_COUNTRY, m.hostCountry())
                    .set(MEETING.GUEST_COUNTRY, m.guestCountry())
                    .set(MEETING.COUNTRY_LO, lo)
                    .set(MEETING.COUNTRY_HI, hi)
                    .set(MEETING.MEETING_LEVEL, level(m.participants()))
                    .execute();
            for (Participant p : m.participants()) {
                String side = p.country() == null ? null
                        : p.country().equals(m.hostCountry()) ? "host"
                        : p.country().equals(m.guestCountry()) ? "guest" : null;
                dsl.insertInto(MEETING_PARTICIPANT)
                        .set(MEETING_PARTICIPANT.MEETING_ID, factId)
                        .set(MEETING_PARTICIPANT.PERSON_ID, p.slug() == null ? null : personIds.get(p.slug()))
                        .set(MEETING_PARTICIPANT.NAME_EN, p.nameEn())
                        .set(MEETING_PARTICIPANT.OFFICE_ROLE, p.role())
                        .set(MEETING_PARTICIPANT.COUNTRY_CODE, p.country())
                        .set(MEETING_PARTICIPANT.SIDE, side)
                        .execute();
            }
        }
        for (TradeFact t : parsed.trade()) {
            String key = ParseKeys.of(t);
            if (alreadyReviewed.test(key)) {
                continue;
            }
            long factId = fact(articleId, "trade", parserVersion, t.evidence(), key);
            String c1 = t.countries().size() > 0 ? t.countries().get(0) : null;
            String c2 = t.countries().size() > 1 ? t.countries().get(1) : null;
            boolean pair = c1 != null && c2 != null && !c1.equals(c2);
            dsl.insertInto(TRADE_FIGURE)
                    .set(TRADE_FIGURE.FACT_ID, factId)
                    .set(TRADE_FIGURE.AMOUNT, t.value())
                    .set(TRADE_FIGURE.CURRENCY, t.currency())
                    .set(TRADE_FIGURE.AMOUNT_USD, t.valueUsd())
                    .set(TRADE_FIGURE.FACT_YEAR, t.year())
                    .set(TRADE_FIGURE.RELATIVE_YEAR, t.relativeYear())
                    .set(TRADE_FIGURE.TRADE_KIND, t.kind())
                    .set(TRADE_FIGURE.COUNTRY_1, c1)
                    .set(TRADE_FIGURE.COUNTRY_2, c2)
                    .set(TRADE_FIGURE.COUNTRY_LO, pair ? min(c1, c2) : null)
                    .set(TRADE_FIGURE.COUNTRY_HI, pair ? max(c1, c2) : null)
                    .execute();
        }
        List<long[]> mentionFacts = new java.util.ArrayList<>();
        List<String[]> mentionCodes = new java.util.ArrayList<>();
        for (Mention s : parsed.sectors()) {
            String key = ParseKeys.of("sector", s);
            if (alreadyReviewed.test(key)) {
                continue;
            }
            long factId = fact(articleId, "sector", parserVersion, s.evidence(), key);
            dsl.insertInto(SECTOR_MENTION).set(SECTOR_MENTION.FACT_ID, factId).set(SECTOR_MENTION.SECTOR_CODE, s.code())
                    .execute();
            mentionFacts.add(new long[]{factId});
            mentionCodes.add(new String[]{"sector", s.code()});
        }
        for (Mention o : parsed.organizations()) {
            String key = ParseKeys.of("organization", o);
            if (alreadyReviewed.test(key)) {
                continue;
            }
            long factId = fact(articleId, "organization", parserVersion, o.evidence(), key);
            dsl.insertInto(ORGANIZATION_MENTION).set(ORGANIZATION_MENTION.FACT_ID, factId)
                    .set(ORGANIZATION_MENTION.ORG_CODE, o.code()).execute();
            mentionFacts.add(new long[]{factId});
            mentionCodes.add(new String[]{"organization", o.code()});
        }
        if (published != null) {
            for (List<String> p : parsed.countryPairs()) {
                for (int i = 0; i < mentionFacts.size(); i++) {
                    dsl.insertInto(PAIR_MENTION)
                            .set(PAIR_MENTION.FACT_ID, mentionFacts.get(i)[0])
                            .set(PAIR_MENTION.COUNTRY_LO, min(p.get(0), p.get(1)))
                            .set(PAIR_MENTION.COUNTRY_HI, max(p.get(0), p.get(1)))
                            .set(PAIR_MENTION.MENTION_TYPE, mentionCodes.get(i)[0])
                            .set(PAIR_MENTION.MENTION_YEAR, published.getYear())
                            .set(PAIR_MENTION.CODE, mentionCodes.get(i)[1])
                            .onConflictDoNothing()
                            .execute();
                }
            }
        }
        for (List<String> p : parsed.countryPairs()) {
            dsl.insertInto(ARTICLE_PAIR)
                    .set(ARTICLE_PAIR.ARTICLE_ID, articleId)
                    .set(ARTICLE_PAIR.COUNTRY_LO, min(p.get(0), p.get(1)))
                    .set(ARTICLE_PAIR.COUNTRY_HI, max(p.get(0), p.get(1)))
                    .onConflictDoNothing()
                    .execute();
        }
        dsl.update(ARTICLE).set(ARTICLE.PARSER_VERSION, parserVersion).where(ARTICLE.ID.eq(articleId)).execute();
    }

    /** The seniority of a meeting: that of its most senior participant. */
    static String level(List<Participant> participants) {
        int best = 4;
        for (Participant p : participants) {
            best = Math.min(best, switch (p.role()) {
                case "president" -> 1;
                case "prime_minister" -> 2;
                case "foreign_minister", "minister" -> 3;
                default -> 4;
            });
        }
        return switch (best) {
            case 1 -> "head_of_state";
            case 2 -> "head_of_government";
            case 3 -> "minister";
            default -> "other";
        };
    }

    private long fact(long articleId, String type, String parserVersion, List<Span> evidence, String parseKey) {
        long id = dsl.insertInto(FACT)
                .set(FACT.ARTICLE_ID, articleId)
                .set(FACT.FACT_TYPE, type)
                .set(FACT.PARSER_VERSION, parserVersion)
                .set(FACT.PARSE_KEY, parseKey)
                .returningResult(FACT.ID)
                .fetchSingle(FACT.ID);
        for (Span s : evidence) {
            dsl.insertInto(EVIDENCE)
                    .set(EVIDENCE.FACT_ID, id)
                    .set(EVIDENCE.ARTICLE_ID, articleId)
                    .set(EVIDENCE.SPAN_START, s.start())
                    .set(EVIDENCE.SPAN_END, s.end())
                    .execute();
        }
        return id;
    }

    public int factCount() {
        return dsl.fetchCount(FACT);
    }

    /** Every article, oldest first: what a re-parse goes through. */
    public List<Long> allArticleIds() {
        return dsl.select(ARTICLE.ID).from(ARTICLE).orderBy(ARTICLE.ID).fetch(ARTICLE.ID);
    }

    /** Articles stored before the parser ran over them. */
    public List<Long> unparsedArticleIds() {
        return dsl.select(ARTICLE.ID).from(ARTICLE).where(ARTICLE.PARSER_VERSION.isNull()).orderBy(ARTICLE.ID)
                .fetch(ARTICLE.ID);
    }

    public record StoredArticle(long id, String body, String lang, java.time.LocalDate published) {}

    public StoredArticle article(long id) {
        return dsl.select(ARTICLE.ID, ARTICLE.BODY, ARTICLE.LANG, ARTICLE.PUBLISHED).from(ARTICLE)
                .where(ARTICLE.ID.eq(id))
                .fetchSingle(r -> new StoredArticle(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    private static String min(String a, String b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static String max(String a, String b) {
        return a.compareTo(b) <= 0 ? b : a;
    }
}
