package org.dyad.reference.query;

import static org.dyad.db.Tables.MEMBERSHIP;
import static org.dyad.db.Tables.ORGANIZATION;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.dyad.reference.LocalizedName;
import org.dyad.reference.MembershipTimeline.Span;
import org.dyad.reference.files.PartialDate;
import org.springframework.stereotype.Repository;
import org.jooq.DSLContext;

@Repository
public class MembershipQuery {

    private final DSLContext dsl;

    public MembershipQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** A span with its organization's name. */
    public record OrganizationSpan(String orgCode, LocalizedName orgName, Span span) {}

    /** Spans of the given countries that overlap [from, to], ordered by organization and start. */
    public List<OrganizationSpan> overlapping(Collection<String> countries, LocalDate from, LocalDate to) {
        return dsl.select(MEMBERSHIP.ORG_CODE, ORGANIZATION.NAME_EN, ORGANIZATION.NAME_AR, ORGANIZATION.NAME_RU,
                        MEMBERSHIP.COUNTRY_CODE, MEMBERSHIP.MEMBER_STATUS,
                        MEMBERSHIP.VALID_FROM, MEMBERSHIP.FROM_PRECISION,
                        MEMBERSHIP.VALID_TO, MEMBERSHIP.TO_PRECISION, MEMBERSHIP.NOTE)
                .from(MEMBERSHIP)
                .join(ORGANIZATION).on(ORGANIZATION.CODE.eq(MEMBERSHIP.ORG_CODE))
                .where(MEMBERSHIP.COUNTRY_CODE.in(countries))
                .and(MEMBERSHIP.VALID_FROM.le(to))
                .and(MEMBERSHIP.VALID_TO.isNull().or(MEMBERSHIP.VALID_TO.ge(from)))
                .orderBy(MEMBERSHIP.ORG_CODE, MEMBERSHIP.VALID_FROM, MEMBERSHIP.COUNTRY_CODE)
                .fetch(r -> new OrganizationSpan(
                        r.value1(),
                        new LocalizedName(r.value2(), r.value3(), r.value4()),
                        new Span(r.value5(), r.value6(),
                                r.value7(), PartialDate.Precision.ofCode(r.value8()),
                                r.value9(), r.value10() == null ? null : PartialDate.Precision.ofCode(r.value10()),
                                r.value11())));
    }
}
