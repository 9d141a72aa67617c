package org.dyad.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.db.Tables.FACT;
import static org.dyad.db.Tables.MEETING_PARTICIPANT;

import java.time.LocalDate;

import org.dyad.IntegrationTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every role of the vocabulary fits the database: the longest, deputy_prime_minister, once failed the upload. */
@IntegrationTest
class ParticipantRolesIT {

    @Autowired
    ArticleIngestService ingest;
    @Autowired
    DSLContext dsl;

    @Test
    void a_meeting_with_a_deputy_prime_minister_is_stored() {
        // written for this test
        IngestResult result = ingest.ingest(new NewArticle("Jordanian Deputy Prime Minister and Foreign Minister Ayman "
                + "Safadi held talks with Egyptian President Abdel Fattah al-Sisi in Cairo on 2 May 2024.", "en",
                null, LocalDate.of(2024, 5, 2), "Roles test", null, false), "tester");

        assertThat(dsl.select(MEETING_PARTICIPANT.OFFICE_ROLE, MEETING_PARTICIPANT.COUNTRY_CODE)
                .from(MEETING_PARTICIPANT).join(FACT).on(FACT.ID.eq(MEETING_PARTICIPANT.MEETING_ID))
                .where(FACT.ARTICLE_ID.eq(result.articleId()))
                .fetch(r -> r.value1() + "/" + r.value2()))
                .containsExactlyInAnyOrder("deputy_prime_minister/JO", "president/EG");
    }
}
