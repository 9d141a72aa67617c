package org.dyad.article.query;

import static org.dyad.db.Tables.ARTICLE;
import static org.dyad.db.Tables.EVIDENCE;
import static org.dyad.db.Tables.FACT;
import static org.dyad.db.Tables.MEETING;
import static org.dyad.db.Tables.MEETING_PARTICIPANT;
import static org.dyad.db.Tables.ORGANIZATION_MENTION;
import static org.dyad.db.Tables.SECTOR_MENTION;
import static org.dyad.db.Tables.TRADE_FIGURE;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.dyad.article.ArticleText;
import org.dyad.article.ArticleText.FactSpans;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
public class ArticleReadQuery {

    private final DSLContext dsl;

    public ArticleReadQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Map<String, Integer> factCounts(long articleId) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String type : List.of("meeting", "trade", "sector", "organization")) {
            counts.put(type, 0);
        }
        dsl.select(FACT.FACT_TYPE, org.jooq.impl.DSL.count()).from(FACT).where(FACT.ARTICLE_ID.eq(articleId))
                .groupBy(FACT.FACT_TYPE).forEach(r -> counts.put(r.value1(), r.value2()));
        return counts;
    }

    public Optional<ArticleText> read(long id) {
        var article = dsl.selectFrom(ARTICLE).where(ARTICLE.ID.eq(id)).fetchOptional();
        if (article.isEmpty()) {
            return Optional.empty();
        }
        var a = article.get();
        Map<Long, String[]> summaries = new LinkedHashMap<>();
        Map<Long, BigDecimal> amounts = new LinkedHashMap<>();
        Map<Long, String> currencies = new LinkedHashMap<>();
        Map<Long, String> types = new LinkedHashMap<>();
        Map<Long, String> states = new LinkedHashMap<>();
        dsl.select(FACT.ID, FACT.FACT_TYPE, FACT.REVIEW_STATE).from(FACT).where(FACT.ARTICLE_ID.eq(id)).orderBy(FACT.ID)
                .forEach(r -> {
                    types.put(r.value1(), r.value2());
                    states.put(r.value1(), r.value3());
                });
        Map<Long, List<String>> participants = new LinkedHashMap<>();
        dsl.select(MEETING_PARTICIPANT.MEETING_ID, MEETING_PARTICIPANT.NAME_EN, MEETING_PARTICIPANT.COUNTRY_CODE,
                        MEETING_PARTICIPANT.OFFICE_ROLE)
                .from(MEETING_PARTICIPANT).join(FACT).on(FACT.ID.eq(MEETING_PARTICIPANT.MEETING_ID))
                .where(FACT.ARTICLE_ID.eq(id)).orderBy(MEETING_PARTICIPANT.ID)
                .forEach(r -> participants.computeIfAbsent(r.value1(), k -> new ArrayList<>())
                        .add(participantLabel(r.value2(), r.value4(), r.value3())));
        dsl.select(MEETING.FACT_ID, MEETING.MEETING_KIND, MEETING.MEETING_DATE, MEETING.RELATIVE_DAY)
                .from(MEETING).join(FACT).on(FACT.ID.eq(MEETING.FACT_ID)).where(FACT.ARTICLE_ID.eq(id))
                .forEach(r -> summaries.put(r.value1(), new String[]{r.value2(),
                        (r.value3() != null ? r.value3().toString() : r.value4() != null ? r.value4() : "?")
                        + ": " + String.join(", ", participants.getOrDefault(r.value1(), List.of()))}));
        dsl.select(TRADE_FIGURE.FACT_ID, TRADE_FIGURE.TRADE_KIND, TRADE_FIGURE.AMOUNT, TRADE_FIGURE.CURRENCY,
                        TRADE_FIGURE.FACT_YEAR, TRADE_FIGURE.COUNTRY_1, TRADE_FIGURE.COUNTRY_2)
                .from(TRADE_FIGURE).join(FACT).on(FACT.ID.eq(TRADE_FIGURE.FACT_ID)).where(FACT.ARTICLE_ID.eq(id))
                .forEach(r -> {
                    summaries.put(r.value1(), new String[]{r.value2(), (r.value5() == null ? "" : ", " + r.value5())
                            + (r.value6() == null ? "" : ", " + r.value6() + (r.value7() == null ? "" : "–" + r.value7()))});
                    amounts.put(r.value1(), r.value3());
                    currencies.put(r.value1(), r.value4());
                });
        dsl.select(SECTOR_MENTION.FACT_ID, SECTOR_MENTION.SECTOR_CODE).from(SECTOR_MENTION)
                .join(FACT).on(FACT.ID.eq(SECTOR_MENTION.FACT_ID)).where(FACT.ARTICLE_ID.eq(id))
                .forEach(r -> summaries.put(r.value1(), new String[]{r.value2(), ""}));
        dsl.select(ORGANIZATION_MENTION.FACT_ID, ORGANIZATION_MENTION.ORG_CODE).from(ORGANIZATION_MENTION)
                .join(FACT).on(FACT.ID.eq(ORGANIZATION_MENTION.FACT_ID)).where(FACT.ARTICLE_ID.eq(id))
                .forEach(r -> summaries.put(r.value1(), new String[]{r.value2(), ""}));
        Map<Long, List<int[]>> spans = new LinkedHashMap<>();
        dsl.select(EVIDENCE.FACT_ID, EVIDENCE.SPAN_START, EVIDENCE.SPAN_END).from(EVIDENCE)
                .where(EVIDENCE.ARTICLE_ID.eq(id)).orderBy(EVIDENCE.SPAN_START)
                .forEach(r -> spans.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(new int[]{r.value2(), r.value3()}));
        List<FactSpans> facts = new ArrayList<>();
        types.forEach((factId, type) -> {
            String[] summary = summaries.getOrDefault(factId, new String[]{type, ""});
            facts.add(new FactSpans(factId, type, summary[0], amounts.get(factId), currencies.get(factId), summary[1],
                    states.get(factId), spans.getOrDefault(factId, List.of())));
        });
        return Optional.of(new ArticleText(a.getId(), a.getTitle(), a.getSourceName(), a.getSourceUrl(), a.getPublished(),
                a.getLang(), a.getSynthetic(), a.getParserVersion(), a.getBody(), facts));
    }

    /**
     * A participant as the reader lists him: "Zakir Hasanov (AZ)"; a title without a name, stored as its office and
     * country ("prime_minister (AZ)"), reads "prime minister (AZ)", its country once.
     */
    static String participantLabel(String nameEn, String role, String country) {
        String cc = country == null ? "?" : country;
        if (nameEn == null || role != null && nameEn.equals(role + " (" + cc + ")")) {
            return (role == null ? "?" : role.replace('_', ' ')) + " (" + cc + ")";
        }
        return nameEn + " (" + cc + ")";
    }
}
