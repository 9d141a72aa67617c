package org.dyad.reference.load;

import static org.dyad.db.Tables.COUNTRY;
import static org.dyad.db.Tables.COUNTRY_ALIAS;
import static org.dyad.db.Tables.MEMBERSHIP;
import static org.dyad.db.Tables.OFFICE_TERM;
import static org.dyad.db.Tables.ORGANIZATION;
import static org.dyad.db.Tables.ORGANIZATION_ALIAS;
import static org.dyad.db.Tables.PERSON;
import static org.dyad.db.Tables.PERSON_ALIAS;
import static org.dyad.db.Tables.SECTOR;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dyad.db.tables.records.CountryAliasRecord;
import org.dyad.db.tables.records.CountryRecord;
import org.dyad.db.tables.records.MembershipRecord;
import org.dyad.db.tables.records.OfficeTermRecord;
import org.dyad.db.tables.records.OrganizationAliasRecord;
import org.dyad.db.tables.records.OrganizationRecord;
import org.dyad.db.tables.records.PersonAliasRecord;
import org.dyad.db.tables.records.PersonRecord;
import org.dyad.db.tables.records.SectorRecord;
import org.dyad.reference.files.PartialDate;
import org.dyad.reference.files.ReferenceData;
import org.jooq.DSLContext;
import org.jooq.TableRecord;

/**
 * Writes the reference files into an empty reference schema. Runs inside the Flyway migration that
 * introduces the data, so it happens exactly once per database, under Flyway's lock.
 */
public final class ReferenceDataLoader {

    private ReferenceDataLoader() {
    }

    public static void load(DSLContext dsl, ReferenceData data) {
        insert(dsl, data.countries().stream()
                .map(c -> new CountryRecord().setCode(c.code()).setIso3(c.iso3())
                        .setNameEn(c.nameEn()).setNameAr(c.nameAr()).setNameRu(c.nameRu()))
                .toList());
        insert(dsl, data.sectors().stream()
                .map(s -> new SectorRecord().setCode(s.code()).setNameEn(s.nameEn())
                        .setNameAr(s.nameAr()).setNameRu(s.nameRu()))
                .toList());
        add(dsl, data); // the rest, into a schema that holds nothing else yet
    }

    /**
     * Adds reference data to a schema that already holds some: rows whose key is already there (a
     * country alias, an organization, a person's slug, an alias) are left out, and so are the office
     * terms and aliases of a person who was already there.
     */
    public static void add(DSLContext dsl, ReferenceData data) {
        Set<String> aliases = new HashSet<>();
        dsl.select(COUNTRY_ALIAS.COUNTRY_CODE, COUNTRY_ALIAS.LANG, COUNTRY_ALIAS.ALIAS).from(COUNTRY_ALIAS)
                .forEach(r -> aliases.add(r.value1() + "|" + r.value2() + "|" + r.value3()));
        dsl.select(COUNTRY.CODE, COUNTRY.NAME_EN, COUNTRY.NAME_AR, COUNTRY.NAME_RU).from(COUNTRY).forEach(r -> {
            aliases.add(r.value1() + "|en|" + r.value2());
            aliases.add(r.value1() + "|ar|" + r.value3());
            aliases.add(r.value1() + "|ru|" + r.value4());
        });
        List<CountryAliasRecord> countryAliases = new ArrayList<>();
        for (var a : data.countryAliases()) {
            if (aliases.add(a.countryCode() + "|" + a.lang() + "|" + a.alias())) {
                countryAliases.add(new CountryAliasRecord().setCountryCode(a.countryCode()).setLang(a.lang())
                        .setAliasKind(a.kind()).setAlias(a.alias()));
            }
        }
        insert(dsl, countryAliases);

        Set<String> orgs = new HashSet<>(dsl.select(ORGANIZATION.CODE).from(ORGANIZATION).fetch(ORGANIZATION.CODE));
        Set<String> newOrgs = new HashSet<>();
        insert(dsl, data.organizations().stream().filter(o -> !orgs.contains(o.code()) && newOrgs.add(o.code()))
                .map(o -> new OrganizationRecord().setCode(o.code()).setFounded(o.founded())
                        .setNameEn(o.nameEn()).setNameAr(o.nameAr()).setNameRu(o.nameRu()))
                .toList());
        Set<String> orgAliases = new HashSet<>();
        dsl.select(ORGANIZATION_ALIAS.ORG_CODE, ORGANIZATION_ALIAS.LANG, ORGANIZATION_ALIAS.ALIAS).from(ORGANIZATION_ALIAS)
                .forEach(r -> orgAliases.add(r.value1() + "|" + r.value2() + "|" + r.value3()));
        insert(dsl, data.organizationAliases().stream()
                .filter(a -> orgAliases.add(a.orgCode() + "|" + a.lang() + "|" + a.alias()))
                .map(a -> new OrganizationAliasRecord().setOrgCode(a.orgCode()).setLang(a.lang()).setAlias(a.alias()))
                .toList());
        insert(dsl, data.memberships().stream().filter(m -> newOrgs.contains(m.orgCode()))
                .map(ReferenceDataLoader::membership)
                .toList());

        Set<String> slugs = new HashSet<>(dsl.select(PERSON.SLUG).from(PERSON).fetch(PERSON.SLUG));
        Set<String> newPeople = new HashSet<>();
        insert(dsl, data.people().stream().filter(p -> !slugs.contains(p.slug()) && newPeople.add(p.slug()))
                .map(p -> new PersonRecord().setSlug(p.slug()).setNameEn(p.nameEn())
                        .setNameAr(p.nameAr()).setNameRu(p.nameRu()))
                .toList());
        Map<String, Long> personIds = dsl.select(PERSON.SLUG, PERSON.ID).from(PERSON).fetchMap(PERSON.SLUG, PERSON.ID);
        Set<String> personAliases = new HashSet<>();
        insert(dsl, data.personAliases().stream()
                .filter(a -> newPeople.contains(a.slug()) && personAliases.add(a.slug() + "|" + a.lang() + "|" + a.alias()))
                .map(a -> new PersonAliasRecord().setPersonId(id(personIds, a.slug())).setLang(a.lang()).setAlias(a.alias()))
                .toList());
        insert(dsl, data.officeTerms().stream().filter(t -> newPeople.contains(t.slug()))
                .map(t -> officeTerm(personIds, t))
                .toList());
    }

    private static MembershipRecord membership(ReferenceData.MembershipRow m) {
        return new MembershipRecord().setOrgCode(m.orgCode()).setCountryCode(m.countryCode())
                .setMemberStatus(m.status())
                .setValidFrom(m.from().first()).setFromPrecision(m.from().precision().code())
                .setValidTo(m.to() == null ? null : m.to().last())
                .setToPrecision(precision(m.to()))
                .setNote(m.note());
    }

    private static OfficeTermRecord officeTerm(Map<String, Long> personIds, ReferenceData.OfficeTermRow t) {
        return new OfficeTermRecord().setPersonId(id(personIds, t.slug())).setCountryCode(t.countryCode())
                .setOfficeRole(t.role())
                .setValidFrom(t.from().first()).setFromPrecision(t.from().precision().code())
                .setValidTo(t.to() == null ? null : t.to().last())
                .setToPrecision(precision(t.to()))
                .setNote(t.note());
    }

    private static String precision(PartialDate date) {
        return date == null ? null : date.precision().code();
    }

    private static long id(Map<String, Long> ids, String slug) {
        Long id = ids.get(slug);
        if (id == null) {
            throw new IllegalStateException("reference data names an unknown person: " + slug);
        }
        return id;
    }

    private static void insert(DSLContext dsl, List<? extends TableRecord<?>> records) {
        if (!records.isEmpty()) {
            dsl.batchInsert(records).execute();
        }
    }
}
