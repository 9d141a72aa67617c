package org.dyad.extract.stage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.dyad.extract.MeetingFact;
import org.dyad.extract.Participant;
import org.junit.jupiter.api.Test;

class MeetingStageTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 5, 2);

    @Test
    void a_meeting_told_in_several_sentences_is_one_meeting_with_each_sentence_as_evidence() {
        List<MeetingFact> m = Stages.meetings("Uzbek President Shavkat Mirziyoyev held talks with Kazakh President "
                + "Kassym-Jomart Tokayev in Astana on 2 May 2024. Tokayev and Mirziyoyev then held talks in an extended format.",
                "en", PUBLISHED);
        assertThat(m).hasSize(1);
        assertThat(m.getFirst().evidence()).hasSize(2);
        assertThat(m.getFirst().kind()).isEqualTo("talks");
        assertThat(m.getFirst().date()).isEqualTo(PUBLISHED);
        assertThat(m.getFirst().locationCountry()).isEqualTo("KZ");
        assertThat(m.getFirst().participants()).extracting(Participant::slug).containsExactly("mirziyoyev", "tokayev");
    }

    @Test
    void bilateral_meetings_on_a_summits_sidelines_are_meetings_of_their_own() {
        List<MeetingFact> m = Stages.meetings("On the sidelines of the summit, Indian Prime Minister Narendra Modi met "
                + "Egyptian President Abdel Fattah al-Sisi. On the sidelines of the summit, Modi also met Kazakh President "
                + "Kassym-Jomart Tokayev.", "en", PUBLISHED);
        assertThat(m).hasSize(2);
        assertThat(m).allSatisfy(f -> assertThat(f.kind()).isEqualTo("sidelines_meeting"));
        assertThat(m).extracting(f -> f.participants().stream().map(Participant::country).sorted().toList())
                .containsExactly(List.of("EG", "IN"), List.of("IN", "KZ"));
    }

    @Test
    void a_past_meeting_with_its_year_is_reported_as_recalled() {
        List<MeetingFact> m = Stages.meetings("In 2016 Uzbek President Shavkat Mirziyoyev held talks with Kazakh President "
                + "Kassym-Jomart Tokayev in Samarkand.", "en", PUBLISHED);
        assertThat(m).hasSize(1);
        assertThat(m.getFirst().recalled()).isTrue();
        assertThat(m.getFirst().dateEstimate()).isNull();
    }

    @Test
    void an_announced_visit_and_a_person_alone_are_not_meetings() {
        assertThat(Stages.meetings("Kazakh President Kassym-Jomart Tokayev will visit Egypt next month.", "en", PUBLISHED))
                .isEmpty();
        assertThat(Stages.meetings("Kazakh President Kassym-Jomart Tokayev held a meeting on the economy.", "en", PUBLISHED))
                .isEmpty();
    }

    @Test
    void a_lead_without_a_day_gets_the_publication_date_as_an_estimate_only() {
        List<MeetingFact> m = Stages.meetings("Kazakh President Kassym-Jomart Tokayev received Egyptian Foreign Minister "
                + "Badr Abdelatty.", "en", PUBLISHED);
        assertThat(m).hasSize(1);
        assertThat(m.getFirst().date()).isNull();
        assertThat(m.getFirst().dateEstimate()).isEqualTo(PUBLISHED);
        assertThat(m.getFirst().kind()).isEqualTo("reception");
        assertThat(m.getFirst().hostCountry()).isEqualTo("KZ");
    }

    @Test
    void a_phone_call_has_no_place() {
        List<MeetingFact> m = Stages.meetings("Президент Казахстана Касым-Жомарт Токаев провел телефонный разговор с "
                + "президентом Египта Абдель Фаттахом ас-Сиси 2 мая.", "ru", PUBLISHED);
        assertThat(m).hasSize(1);
        assertThat(m.getFirst().kind()).isEqualTo("phone_call");
        assertThat(m.getFirst().locationCountry()).isNull();
        assertThat(m.getFirst().hostCountry()).isNull();
        assertThat(m.getFirst().date()).isEqualTo(PUBLISHED);
    }
}
