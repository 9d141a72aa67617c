package org.dyad.reference;

import static org.dyad.db.Tables.COUNTRY;
import static org.dyad.db.Tables.COUNTRY_ALIAS;
import static org.dyad.db.Tables.MEMBERSHIP;
import static org.dyad.db.Tables.OFFICE_TERM;
import static org.dyad.db.Tables.ORGANIZATION;
import static org.dyad.db.Tables.ORGANIZATION_ALIAS;
import static org.dyad.db.Tables.PERSON;
import static org.dyad.db.Tables.PERSON_ALIAS;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.dyad.base.audit.AuditLog;
import org.dyad.reference.files.PartialDate;
import org.jooq.DSLContext;
import org.jooq.JSONFormat;
import org.jooq.TableRecord;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Admins keep the reference data current: people and their offices, organizations, their aliases
 * and memberships, the press's names for countries. Each change is checked, written to the audit
 * log (before and after), and reaches the parser when it commits.
 */
@Service
@Transactional
public class ReferenceEditService {

    public static final Set<String> LANGS = Set.of("ar", "ru", "en");
    public static final List<String> ROLES = List.of("president", "monarch", "crown_prince", "vice_president",
            "prime_minister", "deputy_prime_minister", "foreign_minister", "minister", "speaker", "ambassador", "other");
    public static final List<String> STATUSES = List.of("member", "associate", "observer", "dialogue_partner", "suspended");
    public static final List<String> ALIAS_KINDS = List.of("name", "formal", "short", "adjective", "demonym", "capital",
            "parliament");

    /** A date as an admin enters it: a day, or only a month or a year when that is all that is known. */
    public record Dated(LocalDate date, PartialDate.Precision precision) {}

    private final DSLContext dsl;
    private final AuditLog audit;
    private final ReferenceParser parser;

    public ReferenceEditService(DSLContext dsl, AuditLog audit, ReferenceParser parser) {
        this.dsl = dsl;
        this.audit = audit;
        this.parser = parser;
    }

    // ------------------------------------------------------------------ reading (plain records for the views)

    public record PersonItem(long id, String slug, String nameEn, String nameAr, String nameRu) {}

    public record AliasItem(long id, String lang, String kind, String alias) {}

    /** An office term or a membership: who (person id or organization code), where, what, from when until when. */
    public record SpanItem(long id, String country, String what, LocalDate from, String fromPrecision, LocalDate to,
                           String toPrecision, String note) {}

    public record OrganizationItem(String code, String nameEn, String nameAr, String nameRu) {}

    @Transactional(readOnly = true)
    public List<PersonItem> people() {
        return dsl.selectFrom(PERSON).orderBy(PERSON.NAME_EN)
                .fetch(p -> new PersonItem(p.getId(), p.getSlug(), p.getNameEn(), p.getNameAr(), p.getNameRu()));
    }

    @Transactional(readOnly = true)
    public List<AliasItem> personAliases(long personId) {
        return dsl.selectFrom(PERSON_ALIAS).where(PERSON_ALIAS.PERSON_ID.eq(personId)).orderBy(PERSON_ALIAS.LANG, PERSON_ALIAS.ALIAS)
                .fetch(a -> new AliasItem(a.getId(), a.getLang(), null, a.getAlias()));
    }

    @Transactional(readOnly = true)
    public List<SpanItem> officeTerms(long personId) {
        return dsl.selectFrom(OFFICE_TERM).where(OFFICE_TERM.PERSON_ID.eq(personId)).orderBy(OFFICE_TERM.VALID_FROM)
                .fetch(t -> new SpanItem(t.getId(), t.getCountryCode(), t.getOfficeRole(), t.getValidFrom(), t.getFromPrecision(),
                        t.getValidTo(), t.getToPrecision(), t.getNote()));
    }

    @Transactional(readOnly = true)
    public List<OrganizationItem> organizations() {
        return dsl.selectFrom(ORGANIZATION).orderBy(ORGANIZATION.CODE)
                .fetch(o -> new OrganizationItem(o.getCode(), o.getNameEn(), o.getNameAr(), o.getNameRu()));
    }

    @Transactional(readOnly = true)
    public List<AliasItem> organizationAliases(String orgCode) {
        return dsl.selectFrom(ORGANIZATION_ALIAS).where(ORGANIZATION_ALIAS.ORG_CODE.eq(orgCode))
                .orderBy(ORGANIZATION_ALIAS.LANG, ORGANIZATION_ALIAS.ALIAS)
                .fetch(a -> new AliasItem(a.getId(), a.getLang(), null, a.getAlias()));
    }

    @Transactional(readOnly = true)
    public List<SpanItem> memberships(String orgCode) {
        return dsl.selectFrom(MEMBERSHIP).where(MEMBERSHIP.ORG_CODE.eq(orgCode)).orderBy(MEMBERSHIP.COUNTRY_CODE, MEMBERSHIP.VALID_FROM)
                .fetch(m -> new SpanItem(m.getId(), m.getCountryCode(), m.getMemberStatus(), m.getValidFrom(), m.getFromPrecision(),
                        m.getValidTo(), m.getToPrecision(), m.getNote()));
    }

    @Transactional(readOnly = true)
    public List<AliasItem> countryAliases(String country) {
        return dsl.selectFrom(COUNTRY_ALIAS).where(COUNTRY_ALIAS.COUNTRY_CODE.eq(country))
                .orderBy(COUNTRY_ALIAS.LANG, COUNTRY_ALIAS.ALIAS_KIND, COUNTRY_ALIAS.ALIAS)
                .fetch(a -> new AliasItem(a.getId(), a.getLang(), a.getAliasKind(), a.getAlias()));
    }

    // ------------------------------------------------------------------ people and offices

    public long addPerson(String actor, String nameEn, String nameAr, String nameRu) {
        String name = required(nameEn, 200);
        String slug = slug(name);
        if (dsl.fetchExists(PERSON, PERSON.SLUG.eq(slug))) {
            throw new ReferenceEditException("reference.error.duplicate", name);
        }
        var r = dsl.newRecord(PERSON);
        r.setSlug(slug);
        r.setNameEn(name);
        r.setNameAr(optional(nameAr, 200));
        r.setNameRu(optional(nameRu, 200));
        r.store();
        changed(actor, "create", "person", r.getId(), null, r);
        return r.getId();
    }

    public void addPersonAlias(String actor, long personId, String lang, String alias) {
        var r = dsl.newRecord(PERSON_ALIAS);
        r.setPersonId(personId);
        r.setLang(lang(lang));
        r.setAlias(required(alias, 200));
        insert(actor, "person_alias", r, alias);
    }

    public void deletePersonAlias(String actor, long id) {
        delete(actor, "person_alias", dsl.selectFrom(PERSON_ALIAS).where(PERSON_ALIAS.ID.eq(id)).fetchOptional().orElse(null));
    }

    public void saveOfficeTerm(String actor, Long id, long personId, String country, String role, Dated from, Dated to, String note) {
        var r = loadOrNew(OFFICE_TERM, OFFICE_TERM.ID, id);
        String before = id == null ? null : r.formatJSON(JSONFormat.DEFAULT_FOR_RECORDS);
        if (!ROLES.contains(role)) {
            throw new ReferenceEditException("reference.error.value", role);
        }
        r.setPersonId(personId);
        r.setCountryCode(country(country));
        r.setOfficeRole(role);
        setSpan(r, OFFICE_TERM.VALID_FROM, OFFICE_TERM.FROM_PRECISION, OFFICE_TERM.VALID_TO, OFFICE_TERM.TO_PRECISION, from, to);
        r.setNote(optional(note, 500));
        r.store();
        changed(actor, id == null ? "create" : "update", "office_term", r.getId(), before, r);
    }

    public void deleteOfficeTerm(String actor, long id) {
        delete(actor, "office_term", dsl.selectFrom(OFFICE_TERM).where(OFFICE_TERM.ID.eq(id)).fetchOptional().orElse(null));
    }

    // ------------------------------------------------------------------ organizations and memberships

    public void addOrganizationAlias(String actor, String org, String lang, String alias) {
        var r = dsl.newRecord(ORGANIZATION_ALIAS);
        r.setOrgCode(org);
        r.setLang(lang(lang));
        r.setAlias(required(alias, 300));
        insert(actor, "organization_alias", r, alias);
    }

    public void deleteOrganizationAlias(String actor, long id) {
        delete(actor, "organization_alias", dsl.selectFrom(ORGANIZATION_ALIAS).where(ORGANIZATION_ALIAS.ID.eq(id)).fetchOptional()
                .orElse(null));
    }

    public void saveMembership(String actor, Long id, String org, String country, String status, Dated from, Dated to, String note) {
        var r = loadOrNew(MEMBERSHIP, MEMBERSHIP.ID, id);
        String before = id == null ? null : r.formatJSON(JSONFormat.DEFAULT_FOR_RECORDS);
        if (!STATUSES.contains(status)) {
            throw new ReferenceEditException("reference.error.value", status);
        }
        r.setOrgCode(org);
        r.setCountryCode(country(country));
        r.setMemberStatus(status);
        setSpan(r, MEMBERSHIP.VALID_FROM, MEMBERSHIP.FROM_PRECISION, MEMBERSHIP.VALID_TO, MEMBERSHIP.TO_PRECISION, from, to);
        r.setNote(optional(note, 500));
        r.store();
        changed(actor, id == null ? "create" : "update", "membership", r.getId(), before, r);
    }

    public void deleteMembership(String actor, long id) {
        delete(actor, "membership", dsl.selectFrom(MEMBERSHIP).where(MEMBERSHIP.ID.eq(id)).fetchOptional().orElse(null));
    }

    // ------------------------------------------------------------------ countries

    public void addCountryAlias(String actor, String country, String lang, String kind, String alias) {
        if (!ALIAS_KINDS.contains(kind)) {
            throw new ReferenceEditException("reference.error.value", kind);
        }
        var r = dsl.newRecord(COUNTRY_ALIAS);
        r.setCountryCode(country(country));
        r.setLang(lang(lang));
        r.setAliasKind(kind);
        r.setAlias(required(alias, 200));
        insert(actor, "country_alias", r, alias);
    }

    public void deleteCountryAlias(String actor, long id) {
        delete(actor, "country_alias", dsl.selectFrom(COUNTRY_ALIAS).where(COUNTRY_ALIAS.ID.eq(id)).fetchOptional().orElse(null));
    }

    // ------------------------------------------------------------------ helpers

    /** A new record, or the stored one with this id (refused when it no longer exists). */
    private <R extends org.jooq.UpdatableRecord<R>> R loadOrNew(org.jooq.Table<R> table, org.jooq.Field<Long> idField, Long id) {
        return id == null ? dsl.newRecord(table) : dsl.selectFrom(table).where(idField.eq(id)).fetchOptional()
                .orElseThrow(() -> new ReferenceEditException("reference.error.missing"));
    }

    private void insert(String actor, String entity, org.jooq.UpdatableRecord<?> r, String alias) {
        try {
            r.store();
        } catch (DataIntegrityViolationException e) {
            throw new ReferenceEditException("reference.error.duplicate", alias);
        }
        changed(actor, "create", entity, ((Number) r.get("id")).longValue(), null, r);
    }

    private void delete(String actor, String entity, org.jooq.UpdatableRecord<?> r) {
        if (r == null) {
            throw new ReferenceEditException("reference.error.missing");
        }
        String before = r.formatJSON(JSONFormat.DEFAULT_FOR_RECORDS);
        long id = ((Number) r.get("id")).longValue();
        r.delete();
        audit.record(actor, "delete", entity, id, before, null);
        parser.reload();
    }

    private void changed(String actor, String action, String entity, long id, String before, TableRecord<?> after) {
        audit.record(actor, action, entity, id, before, after.formatJSON(JSONFormat.DEFAULT_FOR_RECORDS));
        parser.reload();
    }

    private String country(String code) {
        if (code == null || !dsl.fetchExists(COUNTRY, COUNTRY.CODE.eq(code))) {
            throw new ReferenceEditException("reference.error.country", String.valueOf(code));
        }
        return code;
    }

    private static String lang(String lang) {
        if (!LANGS.contains(lang)) {
            throw new ReferenceEditException("reference.error.value", String.valueOf(lang));
        }
        return lang;
    }

    private static String required(String value, int max) {
        if (value == null || value.isBlank()) {
            throw new ReferenceEditException("reference.error.required");
        }
        if (value.strip().length() > max) {
            throw new ReferenceEditException("reference.error.tooLong", max);
        }
        return value.strip();
    }

    private static String optional(String value, int max) {
        return value == null || value.isBlank() ? null : required(value, max);
    }

    /** Stores a span of days at its precision: the first day of {@code from}, the last day of {@code to} (open if none). */
    private static void setSpan(org.jooq.Record r, org.jooq.Field<LocalDate> validFrom, org.jooq.Field<String> fromPrecision,
                                org.jooq.Field<LocalDate> validTo, org.jooq.Field<String> toPrecision, Dated from, Dated to) {
        span(from, to);
        boolean open = to == null || to.date() == null;
        r.set(validFrom, firstDay(from));
        r.set(fromPrecision, from.precision().code());
        r.set(validTo, open ? null : lastDay(to));
        r.set(toPrecision, open ? null : to.precision().code());
    }

    private static void span(Dated from, Dated to) {
        if (from == null || from.date() == null || from.precision() == null) {
            throw new ReferenceEditException("reference.error.from");
        }
        if (to != null && to.date() != null && lastDay(to).isBefore(firstDay(from))) {
            throw new ReferenceEditException("reference.error.span");
        }
    }

    private static LocalDate firstDay(Dated d) {
        return PartialDate.parse(PartialDate.format(d.date(), d.precision())).first();
    }

    private static LocalDate lastDay(Dated d) {
        return PartialDate.parse(PartialDate.format(d.date(), d.precision())).last();
    }

    static String slug(String name) {
        String s = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        if (s.isEmpty()) {
            throw new ReferenceEditException("reference.error.latinName");
        }
        return s.length() > 80 ? s.substring(0, 80) : s;
    }
}
