package org.dyad.article.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleReadQueryTest {

    @Test
    void a_participant_reads_with_his_country_once_and_a_title_without_a_name_as_its_office() {
        assertThat(ArticleReadQuery.participantLabel("Zakir Hasanov", "minister", "AZ")).isEqualTo("Zakir Hasanov (AZ)");
        assertThat(ArticleReadQuery.participantLabel("other (AZ)", "other", "AZ")).isEqualTo("other (AZ)");
        assertThat(ArticleReadQuery.participantLabel("prime_minister (KZ)", "prime_minister", "KZ"))
                .isEqualTo("prime minister (KZ)");
        assertThat(ArticleReadQuery.participantLabel(null, "president", null)).isEqualTo("president (?)");
    }
}
