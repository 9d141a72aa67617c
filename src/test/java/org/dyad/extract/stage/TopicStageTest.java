package org.dyad.extract.stage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.dyad.extract.Mention;
import org.junit.jupiter.api.Test;

class TopicStageTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 5, 2);

    @Test
    void sectors_and_organizations_keep_every_sentence_naming_them() {
        List<SentenceAnalysis> s = Stages.withPeople("The sides discussed energy and agriculture. "
                + "Energy projects within the SCO were reviewed.", "en", PUBLISHED);
        List<Mention> sectors = TopicStage.sectors(s);
        assertThat(sectors).extracting(Mention::code).contains("energy", "agriculture");
        assertThat(sectors.stream().filter(m -> m.code().equals("energy")).findFirst().orElseThrow().evidence()).hasSize(2);
        assertThat(TopicStage.organizations(s)).extracting(Mention::code).containsExactly("SCO");
    }

    @Test
    void trade_in_a_sentence_stating_a_figure_is_a_volume_not_a_sector() {
        List<SentenceAnalysis> s = Stages.withPeople("Trade reached $1.2 billion in 2023.", "en", PUBLISHED);
        assertThat(TopicStage.sectors(s)).extracting(Mention::code).doesNotContain("trade");
    }
}
