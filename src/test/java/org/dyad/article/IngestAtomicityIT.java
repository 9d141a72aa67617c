package org.dyad.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dyad.db.Tables.ARTICLE;
import static org.dyad.db.Tables.FACT;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.List;

import org.dyad.extract.ArticleParser;
import org.dyad.reference.ReferenceParser;
import org.dyad.extract.MeetingFact;
import org.dyad.extract.ParsedArticle;
import org.dyad.extract.Participant;
import org.dyad.extract.text.Span;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/** An article whose facts cannot be stored is not stored either: one transaction. */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:dyad-atomic;DB_CLOSE_DELAY=-1",
        "spring.datasource.username=sa", "spring.datasource.password=", "dyad.seed=false"})
class IngestAtomicityIT {

    @MockitoBean
    ReferenceParser parsers;

    ArticleParser parser = org.mockito.Mockito.mock(ArticleParser.class);
    @Autowired
    ArticleIngestService ingest;
    @Autowired
    DSLContext dsl;

    @Test
    void a_failure_while_storing_facts_leaves_no_article_and_no_fact() {
        // a participant from a country the database does not know violates a foreign key
        MeetingFact bad = new MeetingFact(LocalDate.of(2024, 1, 1), null, "talks",
                List.of(new Participant(null, "Nobody", "president", "XX"), new Participant(null, "Someone", "president", "TJ")),
                null, null, null, null, List.of(new Span(0, 10)));
        when(parsers.current()).thenReturn(parser);
        when(parser.parse(any(), any(), any())).thenReturn(new ParsedArticle("en", null, null, List.of(bad), List.of(),
                List.of(), List.of(), List.of()));
        int articles = dsl.fetchCount(ARTICLE);
        int facts = dsl.fetchCount(FACT);

        assertThatThrownBy(() -> ingest.ingest(new NewArticle("Some talks were held in the capital today.", "en",
                null, null, null, null, false), "tester")).isInstanceOf(RuntimeException.class);

        assertThat(dsl.fetchCount(ARTICLE)).isEqualTo(articles);
        assertThat(dsl.fetchCount(FACT)).isEqualTo(facts);
    }
}
