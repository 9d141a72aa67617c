package org.dyad.article.review;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dyad.base.audit.AuditLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * The review queue: facts the parser found and no one has looked at, and the three decisions —
 * confirm, correct (change what was read), reject. Each decision is one transaction with its entry in
 * the audit log (who, when, the fact before and after). Rejected facts leave every chart; a
 * re-parse keeps every decision (see {@code FactRepository.replaceUnreviewed}).
 */
@Service
@Transactional
public class ReviewService {

    public static final Set<String> MEETING_KINDS = Set.of("state_visit", "official_visit", "working_visit", "talks",
            "phone_call", "video_call", "summit", "sidelines_meeting", "reception", "other");
    public static final Set<String> TRADE_KINDS = Set.of("turnover", "export", "import", "target", "investment", "contracts");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ReviewQuery query;
    private final AuditLog audit;

    public ReviewService(ReviewQuery query, AuditLog audit) {
        this.query = query;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<ReviewItem> queue(String type, int offset, int limit) {
        return query.queue(type, offset, limit).stream().map(id -> query.item(id).orElseThrow()).toList();
    }

    @Transactional(readOnly = true)
    public int queueSize(String type) {
        return query.queueSize(type);
    }

    @Transactional(readOnly = true)
    public Map<String, Integer> stateCounts() {
        return query.stateCounts();
    }

    @Transactional(readOnly = true)
    public ReviewItem item(long factId) {
        return query.item(factId).orElseThrow(() -> new ReviewException("review.error.missing"));
    }

    public ReviewItem confirm(String actor, long factId, String note) {
        return decide(actor, factId, "confirmed", note, () -> { });
    }

    public ReviewItem reject(String actor, long factId, String note) {
        return decide(actor, factId, "rejected", note, () -> { });
    }

    public ReviewItem correctMeeting(String actor, long factId, String kind, LocalDate date, String note) {
        if (!MEETING_KINDS.contains(kind)) {
            throw new ReviewException("review.error.kind", kind);
        }
        requireType(factId, "meeting");
        return decide(actor, factId, "corrected", note, () -> query.correctMeeting(factId, kind, date));
    }

    public ReviewItem correctTrade(String actor, long factId, String kind, BigDecimal amount, String currency, Integer year,
                                   String note) {
        if (!TRADE_KINDS.contains(kind)) {
            throw new ReviewException("review.error.kind", kind);
        }
        if (amount == null || amount.signum() <= 0 || amount.compareTo(new BigDecimal("1e15")) > 0) {
            throw new ReviewException("review.error.amount");
        }
        if (currency == null || !currency.matches("[A-Z]{3}")) {
            throw new ReviewException("review.error.currency");
        }
        if (year != null && (year < 1900 || year > 2100)) {
            throw new ReviewException("review.error.year");
        }
        requireType(factId, "trade");
        return decide(actor, factId, "corrected", note, () -> query.correctTrade(factId, kind, amount, currency, year));
    }

    public ReviewItem correctMention(String actor, long factId, String code, String note) {
        ReviewItem item = item(factId);
        if (!item.type().equals("sector") && !item.type().equals("organization")) {
            throw new ReviewException("review.error.type");
        }
        if (code == null || !code.matches("[A-Za-z0-9_]{1,30}")) {
            throw new ReviewException("review.error.code");
        }
        return decide(actor, factId, "corrected", note, () -> query.correctMention(factId, item.type(), code));
    }

    private void requireType(long factId, String type) {
        if (!item(factId).type().equals(type)) {
            throw new ReviewException("review.error.type");
        }
    }

    private ReviewItem decide(String actor, long factId, String state, String note, Runnable change) {
        ReviewItem before = item(factId);
        query.ensureParseKey(before);
        change.run();
        query.decide(factId, state, actor, note == null || note.isBlank() ? null : note.strip());
        ReviewItem after = item(factId);
        audit.record(actor, state.equals("confirmed") ? "confirm" : state.equals("rejected") ? "reject" : "correct",
                "fact", factId, json(before), json(after));
        return after;
    }

    private static String json(ReviewItem i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", i.type());
        m.put("state", i.reviewState());
        putIfPresent(m, "kind", i.kind());
        putIfPresent(m, "date", i.date() == null ? null : i.date().toString());
        putIfPresent(m, "relative", i.relative());
        putIfPresent(m, "amount", i.amount() == null ? null : i.amount().stripTrailingZeros().toPlainString());
        putIfPresent(m, "currency", i.currency());
        putIfPresent(m, "year", i.year());
        putIfPresent(m, "code", i.code());
        putIfPresent(m, "note", i.reviewNote());
        return JSON.writeValueAsString(m);
    }

    private static void putIfPresent(Map<String, Object> m, String key, Object value) {
        if (value != null) {
            m.put(key, value);
        }
    }
}
