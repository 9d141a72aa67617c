package org.dyad.reference;

import java.time.LocalDate;
import java.util.List;

import org.dyad.reference.files.PartialDate;

/**
 * The multilateral memberships of two countries over a period: one row per organization, with each
 * country's spans clipped to the period. {@code shared} marks organizations both belonged to (as
 * members) at the same time within the period.
 */
public record MembershipTimeline(CountryName a, CountryName b, LocalDate from, LocalDate to,
                                 List<OrganizationRow> organizations) {

    public record OrganizationRow(String code, LocalizedName name, List<Span> spansA, List<Span> spansB,
                                  boolean shared) {}

    /**
     * A status held over a span. {@code start}/{@code end} are the stored dates (end null: to this
     * day); the precisions say how the dates are known.
     */
    public record Span(String countryCode, String status, LocalDate start, PartialDate.Precision startPrecision,
                       LocalDate end, PartialDate.Precision endPrecision, String note) {

        public String startText() {
            return PartialDate.format(start, startPrecision);
        }

        public String endText() {
            return end == null ? null : PartialDate.format(end, endPrecision);
        }
    }

    public boolean isEmpty() {
        return organizations.isEmpty();
    }
}
