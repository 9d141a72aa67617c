package org.dyad.reference.query;

import static org.dyad.db.Tables.AUDIT_LOG;
import static org.dyad.db.Tables.COUNTRY;
import static org.dyad.db.Tables.COUNTRY_ALIAS;
import static org.dyad.db.Tables.MEMBERSHIP;
import static org.dyad.db.Tables.OFFICE_TERM;
import static org.dyad.db.Tables.ORGANIZATION;
import static org.dyad.db.Tables.ORGANIZATION_ALIAS;
import static org.dyad.db.Tables.PERSON;
import static org.dyad.db.Tables.PERSON_ALIAS;
import static org.dyad.db.Tables.SECTOR;

import java.time.LocalDate;
import java.util.List;

import org.dyad.reference.files.PartialDate;
import org.dyad.reference.files.ReferenceData;
import org.dyad.reference.files.ReferenceData.CountryAliasRow;
import org.dyad.reference.files.ReferenceData.CountryRow;
import org.dyad.reference.files.ReferenceData.MembershipRow;
import org.dyad.reference.files.ReferenceData.OfficeTermRow;
import org.dyad.reference.files.ReferenceData.OrganizationAliasRow;
import org.dyad.reference.files.ReferenceData.OrganizationRow;
import org.dyad.reference.files.ReferenceData.PersonAliasRow;
import org.dyad.reference.files.ReferenceData.PersonRow;
import org.dyad.reference.files.ReferenceData.SectorRow;
import org.dyad.reference.files.ReferenceData.SectorTermRow;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** The reference data as it stands in the database — the curated files plus every admin's edits — for the parser. */
@Repository
public class ReferenceDataQuery {

    private final DSLContext dsl;

    public ReferenceDataQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The audit-log entities of reference data edits ({@code ReferenceEditService}). */
    public static final List<String> EDITED = List.of("person", "person_alias", "office_term", "organization_alias",
            "membership", "country_alias");

    /** The id of the newest reference data edit in the audit log, by any instance; 0 when none. */
    public long newestEdit() {
        Long newest = dsl.select(DSL.max(AUDIT_LOG.ID)).from(AUDIT_LOG).where(AUDIT_LOG.ENTITY.in(EDITED)).fetchOne(0, Long.class);
        return newest == null ? 0 : newest;
    }

    /** Sector terms are not edited in the app; they come with the bundled files. */
    public ReferenceData read(List<SectorTermRow> sectorTerms) {
        List<CountryRow> countries = dsl.selectFrom(COUNTRY).orderBy(COUNTRY.CODE)
                .fetch(c -> new CountryRow(c.getCode(), c.getIso3(), c.getNameEn(), c.getNameAr(), c.getNameRu()));
        List<CountryAliasRow> countryAliases = dsl.selectFrom(COUNTRY_ALIAS).orderBy(COUNTRY_ALIAS.ID)
                .fetch(a -> new CountryAliasRow(a.getCountryCode(), a.getLang(), a.getAliasKind(), a.getAlias()));
        List<SectorRow> sectors = dsl.selectFrom(SECTOR).orderBy(SECTOR.CODE)
                .fetch(s -> new SectorRow(s.getCode(), s.getNameEn(), s.getNameAr(), s.getNameRu()));
        List<OrganizationRow> organizations = dsl.selectFrom(ORGANIZATION).orderBy(ORGANIZATION.CODE)
                .fetch(o -> new OrganizationRow(o.getCode(), o.getFounded(), o.getNameEn(), o.getNameAr(), o.getNameRu()));
        List<OrganizationAliasRow> organizationAliases = dsl.selectFrom(ORGANIZATION_ALIAS).orderBy(ORGANIZATION_ALIAS.ID)
                .fetch(a -> new OrganizationAliasRow(a.getOrgCode(), a.getLang(), a.getAlias()));
        List<MembershipRow> memberships = dsl.selectFrom(MEMBERSHIP).orderBy(MEMBERSHIP.ID)
                .fetch(m -> new MembershipRow(m.getOrgCode(), m.getCountryCode(), m.getMemberStatus(),
                        partial(m.getValidFrom(), m.getFromPrecision()), partial(m.getValidTo(), m.getToPrecision()), m.getNote()));
        List<PersonRow> people = dsl.selectFrom(PERSON).orderBy(PERSON.ID)
                .fetch(p -> new PersonRow(p.getSlug(), p.getNameEn(), p.getNameRu(), p.getNameAr()));
        List<PersonAliasRow> personAliases = dsl.select(PERSON.SLUG, PERSON_ALIAS.LANG, PERSON_ALIAS.ALIAS).from(PERSON_ALIAS)
                .join(PERSON).on(PERSON.ID.eq(PERSON_ALIAS.PERSON_ID)).orderBy(PERSON_ALIAS.ID)
                .fetch(r -> new PersonAliasRow(r.value1(), r.value2(), r.value3()));
        List<OfficeTermRow> officeTerms = dsl.select(PERSON.SLUG, OFFICE_TERM.COUNTRY_CODE, OFFICE_TERM.OFFICE_ROLE,
                        OFFICE_TERM.VALID_FROM, OFFICE_TERM.FROM_PRECISION, OFFICE_TERM.VALID_TO, OFFICE_TERM.TO_PRECISION,
                        OFFICE_TERM.NOTE)
                .from(OFFICE_TERM).join(PERSON).on(PERSON.ID.eq(OFFICE_TERM.PERSON_ID)).orderBy(OFFICE_TERM.ID)
                .fetch(r -> new OfficeTermRow(r.value1(), r.value2(), r.value3(), partial(r.value4(), r.value5()),
                        partial(r.value6(), r.value7()), r.value8()));
        return new ReferenceData(countries, countryAliases, sectors, sectorTerms, organizations, organizationAliases,
                memberships, people, personAliases, officeTerms);
    }

    /** A stored date at its precision, back to the span of days it stands for. */
    static PartialDate partial(LocalDate date, String precision) {
        if (date == null) {
            return null;
        }
        return PartialDate.parse(PartialDate.format(date, PartialDate.Precision.ofCode(precision == null ? "day" : precision)));
    }
}
