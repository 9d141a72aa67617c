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
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.TableRecord;
import org.jooq.UniqueKey;
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
        // A fact's own row is inserted at once (its generated id is needed); the rows that hang off the
        // facts are collected and inserted at the end, one multi-row insert per table.
        Rows rows = new Rows();
        java.util.Set<String> slugs = parsed.meetings().stream().flatMap(m -> m.participants().stream())
                .map(Participant::slug).filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.toSet());
        Map<String, Long> personIds = slugs.isEmpty() ? Map.of()
                : dsl.select(PERSON.SLUG, PERSON.ID).from(PERSON).where(PERSON.SLUG.in(slugs)).fetchMap(PERSON.SLUG, PERSON.ID);
        for (MeetingFact m : parsed.meetings()) {
            if (m.recalled()) {
                continue; // a past meeting recalled: stored once reports are merged into events, not counted again here
            }
            String key = ParseKeys.of(m);
            if (alreadyReviewed.test(key)) {
                continue;
            }
            long factId = fact(articleId, "meeting", parserVersion, m.evidence(), key, rows);
            List<String> countries = m.participants().stream().map(Participant::country)
                    .filter(java.util.Objects::nonNull).distinct().toList();
            String lo = countries.size() == 2 ? min(countries.get(0), countries.get(1)) : null;
            String hi = countries.size() == 2 ? max(countries.get(0), countries.get(1)) : null;
            rows.add(MEETING)
                    .with(MEETING.FACT_ID, factId)
                    .with(MEETING.MEETING_DATE, m.dayOrEstimate())
                    .with(MEETING.RELATIVE_DAY, m.relative())
                    .with(MEETING.MEETING_KIND, m.kind())
                    .with(MEETING.LOCATION_COUNTRY, m.locationCountry())
                    .with(MEETING.LOCATION_CITY, m.locationCity())
                    .with(MEETING.HOST_COUNTRY, m.hostCountry())
                    .with(MEETING.GUEST_COUNTRY, m.guestCountry())
                    .with(MEETING.COUNTRY_LO, lo)
                    .with(MEETING.COUNTRY_HI, hi)
                    .with(MEETING.MEETING_LEVEL, level(m.participants()));
            for (Participant p : m.participants()) {
                String side = p.country() == null ? null
                        : p.country().equals(m.hostCountry()) ? "host"
                        : p.country().equals(m.guestCountry()) ? "guest" : null;
                rows.add(MEETING_PARTICIPANT)
                        .with(MEETING_PARTICIPANT.MEETING_ID, factId)
                        .with(MEETING_PARTICIPANT.PERSON_ID, p.slug() == null ? null : personIds.get(p.slug()))
                        .with(MEETING_PARTICIPANT.NAME_EN, p.nameEn() != null ? p.nameEn() : officeLabel(p))
                        .with(MEETING_PARTICIPANT.NAME_WRITTEN, p.nameAsWritten())
                        .with(MEETING_PARTICIPANT.OFFICE_ROLE, p.role())
                        .with(MEETING_PARTICIPANT.COUNTRY_CODE, p.country())
                        .with(MEETING_PARTICIPANT.SIDE, side);
            }
        }
        for (TradeFact t : parsed.trade()) {
            String key = ParseKeys.of(t);
            if (alreadyReviewed.test(key)) {
                continue;
            }
            long factId = fact(articleId, "trade", parserVersion, t.evidence(), key, rows);
            String c1 = t.countries().size() > 0 ? t.countries().get(0) : null;
            String c2 = t.countries().size() > 1 ? t.countries().get(1) : null;
            boolean pair = c1 != null && c2 != null && !c1.equals(c2);
            rows.add(TRADE_FIGURE)
                    .with(TRADE_FIGURE.FACT_ID, factId)
                    .with(TRADE_FIGURE.AMOUNT, t.value())
                    .with(TRADE_FIGURE.CURRENCY, t.currency())
                    .with(TRADE_FIGURE.AMOUNT_USD, t.valueUsd())
                    .with(TRADE_FIGURE.FACT_YEAR, t.year())
                    .with(TRADE_FIGURE.RELATIVE_YEAR, t.relativeYear())
                    .with(TRADE_FIGURE.TRADE_KIND, t.kind())
                    .with(TRADE_FIGURE.COUNTRY_1, c1)
                    .with(TRADE_FIGURE.COUNTRY_2, c2)
                    .with(TRADE_FIGURE.COUNTRY_LO, pair ? min(c1, c2) : null)
                    .with(TRADE_FIGURE.COUNTRY_HI, pair ? max(c1, c2) : null);
        }
        List<long[]> mentionFacts = new java.util.ArrayList<>();
        List<String[]> mentionCodes = new java.util.ArrayList<>();
        for (Mention s : parsed.sectors()) {
            String key = ParseKeys.of("sector", s);
            if (alreadyReviewed.test(key)) {
                continue;
            }
            long factId = fact(articleId, "sector", parserVersion, s.evidence(), key, rows);
            rows.add(SECTOR_MENTION).with(SECTOR_MENTION.FACT_ID, factId).with(SECTOR_MENTION.SECTOR_CODE, s.code());
            mentionFacts.add(new long[]{factId});
            mentionCodes.add(new String[]{"sector", s.code()});
        }
        for (Mention o : parsed.organizations()) {
            String key = ParseKeys.of("organization", o);
            if (alreadyReviewed.test(key)) {
                continue;
            }
            long factId = fact(articleId, "organization", parserVersion, o.evidence(), key, rows);
            rows.add(ORGANIZATION_MENTION).with(ORGANIZATION_MENTION.FACT_ID, factId)
                    .with(ORGANIZATION_MENTION.ORG_CODE, o.code());
            mentionFacts.add(new long[]{factId});
            mentionCodes.add(new String[]{"organization", o.code()});
        }
        if (published != null) {
            for (List<String> p : parsed.countryPairs()) {
                for (int i = 0; i < mentionFacts.size(); i++) {
                    rows.add(PAIR_MENTION)
                            .with(PAIR_MENTION.FACT_ID, mentionFacts.get(i)[0])
                            .with(PAIR_MENTION.COUNTRY_LO, min(p.get(0), p.get(1)))
                            .with(PAIR_MENTION.COUNTRY_HI, max(p.get(0), p.get(1)))
                            .with(PAIR_MENTION.MENTION_TYPE, mentionCodes.get(i)[0])
                            .with(PAIR_MENTION.MENTION_YEAR, published.getYear())
                            .with(PAIR_MENTION.CODE, mentionCodes.get(i)[1]);
                }
            }
        }
        for (List<String> p : parsed.countryPairs()) {
            rows.add(ARTICLE_PAIR)
                    .with(ARTICLE_PAIR.ARTICLE_ID, articleId)
                    .with(ARTICLE_PAIR.COUNTRY_LO, min(p.get(0), p.get(1)))
                    .with(ARTICLE_PAIR.COUNTRY_HI, max(p.get(0), p.get(1)));
        }
        rows.insert();
        // a new article is inserted with its parser version: no second write of its row (on PostgreSQL, a
        // dead row version per article until vacuum, and index-only scans that must visit the table)
        dsl.update(ARTICLE).set(ARTICLE.PARSER_VERSION, parserVersion)
                .where(ARTICLE.ID.eq(articleId), ARTICLE.PARSER_VERSION.isDistinctFrom(parserVersion)).execute();
    }

    /** What is shown for a participant the article designates by office only: "prime_minister (EG)". */
    static String officeLabel(Participant p) {
        return p.role() + " (" + (p.country() == null ? "?" : p.country()) + ")";
    }

    /** The seniority of a meeting: that of its most senior participant. */
    static String level(List<Participant> participants) {
        int best = 4;
        for (Participant p : participants) {
            best = Math.min(best, switch (p.role()) {
                case "president", "monarch" -> 1;
                case "prime_minister" -> 2;
                case "foreign_minister", "minister", "deputy_prime_minister" -> 3;
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

    private long fact(long articleId, String type, String parserVersion, List<Span> evidence, String parseKey,
                      Rows rows) {
        long id = dsl.insertInto(FACT)
                .set(FACT.ARTICLE_ID, articleId)
                .set(FACT.FACT_TYPE, type)
                .set(FACT.PARSER_VERSION, parserVersion)
                .set(FACT.PARSE_KEY, parseKey)
                .returningResult(FACT.ID)
                .fetchSingle(FACT.ID);
        for (Span s : evidence) {
            rows.add(EVIDENCE)
                    .with(EVIDENCE.FACT_ID, id)
                    .with(EVIDENCE.ARTICLE_ID, articleId)
                    .with(EVIDENCE.SPAN_START, s.start())
                    .with(EVIDENCE.SPAN_END, s.end());
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

    /**
     * Rows to insert, kept per table in an order that satisfies the foreign keys among them (meetings
     * before their participants). Every row of a table sets the same columns, so each table's rows go in
     * as one multi-row INSERT with bind values. A row whose primary key equals that of one
     * already added (the same pair named twice) is left out; rows with generated keys are all kept.
     */
    private final class Rows {
        private final Map<Table<?>, List<TableRecord<?>>> byTable = new java.util.LinkedHashMap<>();
        private final java.util.Set<List<Object>> keys = new java.util.HashSet<>();

        Rows() {
            for (Table<?> t : List.of(MEETING, MEETING_PARTICIPANT, TRADE_FIGURE, SECTOR_MENTION, ORGANIZATION_MENTION,
                    PAIR_MENTION, ARTICLE_PAIR, EVIDENCE)) {
                byTable.put(t, new java.util.ArrayList<>());
            }
        }

        <R extends TableRecord<R>> R add(Table<R> table) {
            R row = dsl.newRecord(table);
            byTable.get(table).add(row);
            return row;
        }

        void insert() {
            for (List<TableRecord<?>> rowsOfTable : byTable.values()) {
                List<TableRecord<?>> distinct = new java.util.ArrayList<>();
                for (TableRecord<?> row : rowsOfTable) {
                    UniqueKey<?> pk = row.getTable().getPrimaryKey();
                    List<Object> key = pk == null ? List.of() : java.util.Arrays.asList(row.into(pk.getFieldsArray()).intoArray());
                    if (key.isEmpty() || key.contains(null) || keys.add(List.of(row.getTable(), key))) {
                        distinct.add(row);
                    }
                }
                if (!distinct.isEmpty()) {
                    TableRecord<?> first = distinct.get(0);
                    Field<?>[] columns = java.util.Arrays.stream(first.fields()).filter(first::changed).toArray(Field<?>[]::new);
                    dsl.insertInto(first.getTable()).columns(columns)
                            .valuesOfRecords(distinct.stream().map(r -> r.into(columns)).toList())
                            .execute();
                }
            }
        }
    }

    private static String min(String a, String b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static String max(String a, String b) {
        return a.compareTo(b) <= 0 ? b : a;
    }
}
