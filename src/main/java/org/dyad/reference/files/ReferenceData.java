package org.dyad.reference.files;

import java.time.LocalDate;
import java.util.List;

/**
 * The curated reference data as read from the files under {@code db/reference}. Plain Java, so that
 * both the database loader and the parser can use it.
 */
public record ReferenceData(
        List<CountryRow> countries,
        List<CountryAliasRow> countryAliases,
        List<SectorRow> sectors,
        List<SectorTermRow> sectorTerms,
        List<OrganizationRow> organizations,
        List<OrganizationAliasRow> organizationAliases,
        List<MembershipRow> memberships,
        List<PersonRow> people,
        List<PersonAliasRow> personAliases,
        List<OfficeTermRow> officeTerms) {

    /** This data without the country aliases of one kind ("parliament", which a later migration adds). */
    public ReferenceData withoutAliasKind(String kind) {
        return new ReferenceData(countries, countryAliases.stream().filter(a -> !a.kind().equals(kind)).toList(), sectors,
                sectorTerms, organizations, organizationAliases, memberships, people, personAliases, officeTerms);
    }

    /** Only the country aliases of one kind, nothing else. */
    public ReferenceData onlyAliasKind(String kind) {
        return new ReferenceData(List.of(), countryAliases.stream().filter(a -> a.kind().equals(kind)).toList(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /** Only the organization aliases written as given, nothing else. */
    public ReferenceData onlyOrganizationAliases(java.util.Set<String> aliases) {
        return new ReferenceData(List.of(), List.of(), List.of(), List.of(), List.of(),
                organizationAliases.stream().filter(a -> aliases.contains(a.alias())).toList(), List.of(), List.of(),
                List.of(), List.of());
    }

    public record CountryRow(String code, String iso3, String nameEn, String nameAr, String nameRu) {}

    public record CountryAliasRow(String countryCode, String lang, String kind, String alias) {}

    public record SectorRow(String code, String nameEn, String nameAr, String nameRu) {}

    public record SectorTermRow(String code, String lang, String term) {}

    public record OrganizationRow(String code, LocalDate founded, String nameEn, String nameAr, String nameRu) {}

    public record OrganizationAliasRow(String orgCode, String lang, String alias) {}

    public record MembershipRow(String orgCode, String countryCode, String status,
                                PartialDate from, PartialDate to, String note) {}

    public record PersonRow(String slug, String nameEn, String nameRu, String nameAr) {}

    public record PersonAliasRow(String slug, String lang, String alias) {}

    public record OfficeTermRow(String slug, String countryCode, String role,
                                PartialDate from, PartialDate to, String note) {}
}
