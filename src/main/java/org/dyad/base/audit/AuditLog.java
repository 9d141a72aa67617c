package org.dyad.base.audit;

import static org.dyad.db.Tables.AUDIT_LOG;

import java.time.OffsetDateTime;
import java.util.List;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/**
 * Who changed what, when, and the entity before and after (as JSON). Written in the same
 * transaction as the change it records, so a change without its entry cannot exist.
 */
@Repository
public class AuditLog {

    /** One entry, as the admin screens list it. */
    public record Entry(long id, OffsetDateTime occurredAt, String username, String action, String entity, Long entityId,
                        String before, String after) {}

    private final DSLContext dsl;

    public AuditLog(DSLContext dsl) {
        this.dsl = dsl;
    }

    public void record(String username, String action, String entity, Long entityId, String beforeJson, String afterJson) {
        dsl.insertInto(AUDIT_LOG)
                .set(AUDIT_LOG.USERNAME, username)
                .set(AUDIT_LOG.ACTION, action)
                .set(AUDIT_LOG.ENTITY, entity)
                .set(AUDIT_LOG.ENTITY_ID, entityId)
                .set(AUDIT_LOG.BEFORE_JSON, beforeJson)
                .set(AUDIT_LOG.AFTER_JSON, afterJson)
                .execute();
    }

    public List<Entry> latest(int limit) {
        return dsl.selectFrom(AUDIT_LOG).orderBy(AUDIT_LOG.ID.desc()).limit(limit)
                .fetch(r -> new Entry(r.getId(), r.getOccurredAt(), r.getUsername(), r.getAction(), r.getEntity(),
                        r.getEntityId(), r.getBeforeJson(), r.getAfterJson()));
    }
}
