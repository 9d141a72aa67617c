package org.dyad.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.dyad.IntegrationTest;
import org.dyad.reference.MembershipTimeline.OrganizationRow;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class MembershipServiceIT {

    @Autowired
    MembershipService memberships;
    @Autowired
    CountryService countries;

    private MembershipTimeline timeline(String a, String b, int from, int to) {
        return memberships.timeline(countries.byCode(a).orElseThrow(), countries.byCode(b).orElseThrow(),
                LocalDate.of(from, 1, 1), LocalDate.of(to, 12, 31));
    }

    @Test
    void tajikistan_and_kazakhstan_share_the_organizations_the_seed_article_names() {
        MembershipTimeline t = timeline("TJ", "KZ", 2000, 2025);
        assertThat(t.organizations()).filteredOn(OrganizationRow::shared).extracting(OrganizationRow::code)
                .contains("SCO", "CSTO", "CICA", "IFAS", "C5", "CIS");
        assertThat(t.organizations()).extracting(OrganizationRow::code).contains("EAEU", "WTO");
        OrganizationRow eaeu = t.organizations().stream().filter(r -> r.code().equals("EAEU")).findFirst().orElseThrow();
        assertThat(eaeu.shared()).isFalse();
        assertThat(eaeu.spansA()).isEmpty();
        assertThat(eaeu.spansB()).singleElement().satisfies(s -> assertThat(s.start()).isEqualTo(LocalDate.of(2015, 1, 1)));
    }

    @Test
    void shared_organizations_come_first() {
        MembershipTimeline t = timeline("TJ", "KZ", 2000, 2025);
        int firstUnshared = t.organizations().stream().map(OrganizationRow::shared).toList().indexOf(false);
        assertThat(t.organizations().subList(firstUnshared, t.organizations().size()))
                .noneMatch(OrganizationRow::shared);
    }

    @Test
    void uzbekistan_left_returned_to_and_suspended_the_csto() {
        MembershipTimeline t = timeline("UZ", "RU", 1992, 2025);
        OrganizationRow csto = t.organizations().stream().filter(r -> r.code().equals("CSTO")).findFirst().orElseThrow();
        assertThat(csto.spansA()).extracting(MembershipTimeline.Span::status)
                .containsExactly("member", "member", "suspended");
    }

    @Test
    void the_period_limits_what_is_shown() {
        assertThat(timeline("TJ", "KZ", 1990, 1990).organizations()).extracting(OrganizationRow::code)
                .doesNotContain("SCO", "C5", "CIS");
        OrganizationRow c5 = timeline("TJ", "KZ", 2019, 2020).organizations().stream()
                .filter(r -> r.code().equals("C5")).findFirst().orElseThrow();
        assertThat(c5.shared()).isTrue();
    }

    @Test
    void a_pair_without_recorded_memberships_gives_an_empty_timeline() {
        assertThat(timeline("AQ", "BV", 2000, 2025).isEmpty()).isTrue();
    }
}
