package org.dyad.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/**
 * People of any country: title + country + name in the three languages, whether or not the reference
 * data knows them. The known ones resolve to the canonical person; the unknown ones (the names here
 * are made up) keep the name as written, with a Latin form.
 */
class OpenWorldPeopleTest {

    private final ArticleParser parser = ArticleParser.fromReferenceFiles();

    private MeetingFact onlyMeeting(String text, String lang, LocalDate published) {
        ParsedArticle a = parser.parse(text, lang, published);
        assertThat(a.meetings()).as(text).hasSize(1);
        return a.meetings().getFirst();
    }

    @Test
    void leaders_outside_central_asia_resolve_to_the_reference_people() {
        MeetingFact m = onlyMeeting("Indian Prime Minister Narendra Modi held talks with Egyptian President Abdel Fattah "
                + "al-Sisi in Cairo on Sunday.", "en", LocalDate.of(2023, 6, 25));
        assertThat(m.participants()).extracting(Participant::nameEn, Participant::role, Participant::country)
                .containsExactlyInAnyOrder(tuple("Narendra Modi", "prime_minister", "IN"),
                        tuple("Abdel Fattah el-Sisi", "president", "EG"));
        assertThat(m.participants()).allSatisfy(p -> assertThat(p.slug()).isNotNull());
        assertThat(m.date()).isEqualTo(LocalDate.of(2023, 6, 25));
        assertThat(m.locationCountry()).isEqualTo("EG");
    }

    @Test
    void an_unknown_english_name_after_a_title_is_a_participant() {
        MeetingFact m = onlyMeeting("Kenyan Foreign Minister Daniel Otieno Wafula held talks with Ghanaian President "
                + "Kwame Asante Boateng in Accra. Boateng said the talks were productive.", "en", LocalDate.of(2025, 3, 3));
        assertThat(m.participants()).extracting(Participant::slug, Participant::nameEn, Participant::role,
                        Participant::country, Participant::nameAsWritten)
                .containsExactlyInAnyOrder(
                        tuple(null, "Daniel Otieno Wafula", "foreign_minister", "KE", "Daniel Otieno Wafula"),
                        tuple(null, "Kwame Asante Boateng", "president", "GH", "Kwame Asante Boateng"));
    }

    @Test
    void an_unknown_arabic_name_after_a_title_and_adjective_is_transliterated() {
        MeetingFact m = onlyMeeting("استقبل الرئيس الكيني محمد أوتينو اليوم في نيروبي وزير الخارجية الغاني كوامي أحمد بواتينغ.",
                "ar", LocalDate.of(2025, 3, 3));
        assertThat(m.participants()).extracting(Participant::role, Participant::country, Participant::nameAsWritten)
                .containsExactlyInAnyOrder(tuple("president", "KE", "محمد أوتينو"),
                        tuple("foreign_minister", "GH", "كوامي أحمد بواتينغ"));
        assertThat(m.participants()).allSatisfy(p -> {
            assertThat(p.slug()).isNull();
            assertThat(p.nameEn()).matches("[A-Z][A-Za-z -]+");
        });
    }

    @Test
    void an_unknown_russian_name_in_the_instrumental_gets_its_nominative_latin_form() {
        MeetingFact m = onlyMeeting("Президент Кении Уильям Отиено провёл переговоры с премьер-министром Ганы Джеймсом Боатенгом.",
                "ru", LocalDate.of(2025, 3, 3));
        assertThat(m.participants()).extracting(Participant::nameEn, Participant::role, Participant::country,
                        Participant::nameAsWritten)
                .containsExactlyInAnyOrder(tuple("Uilyam Otiyeno", "president", "KE", "Уильям Отиено"),
                        tuple("Dzheyms Boateng", "prime_minister", "GH", "Джеймсом Боатенгом"));
    }

    @Test
    void a_counterpart_takes_the_office_of_the_other_side_and_its_holder() {
        MeetingFact m = onlyMeeting("Egyptian Foreign Minister Badr Abdelatty held a phone call with his Indian counterpart "
                + "on Monday.", "en", LocalDate.of(2025, 3, 3));
        assertThat(m.kind()).isEqualTo("phone_call");
        assertThat(m.participants()).extracting(Participant::role, Participant::country)
                .containsExactlyInAnyOrder(tuple("foreign_minister", "EG"), tuple("foreign_minister", "IN"));
        assertThat(m.participants()).extracting(Participant::nameEn).contains("S. Jaishankar");
    }

    @Test
    void a_title_alone_becomes_the_person_the_article_names_for_that_office() {
        ParsedArticle a = parser.parse("Ghanaian President Kwame Asante Boateng received Kenyan Foreign Minister Daniel "
                + "Otieno Wafula in Accra on Monday. The Ghanaian president and the minister discussed trade.", "en",
                LocalDate.of(2025, 3, 3));
        assertThat(a.meetings()).hasSize(1);
        assertThat(a.meetings().getFirst().participants()).extracting(Participant::nameEn)
                .containsExactlyInAnyOrder("Kwame Asante Boateng", "Daniel Otieno Wafula");
    }

    @Test
    void a_recalled_meeting_is_reported_and_flagged_and_the_lead_is_dated_by_estimate() {
        ParsedArticle a = parser.parse("Kenyan President Samuel Kiprono Ruto held talks with Ghanaian President Kwame Asante "
                + "Boateng.\nRuto and Boateng had earlier met in Nairobi in 2019.", "en", LocalDate.of(2025, 3, 3));
        assertThat(a.meetings()).extracting(MeetingFact::recalled).containsExactlyInAnyOrder(false, true);
        MeetingFact news = a.meetings().stream().filter(m -> !m.recalled()).findFirst().orElseThrow();
        assertThat(news.date()).isNull();
        assertThat(news.dateEstimate()).isEqualTo(LocalDate.of(2025, 3, 3));
        MeetingFact recalled = a.meetings().stream().filter(MeetingFact::recalled).findFirst().orElseThrow();
        assertThat(recalled.dateEstimate()).isNull();
        assertThat(recalled.locationCountry()).isEqualTo("KE");
    }

    @Test
    void a_title_cased_headline_is_not_read_for_names() {
        ParsedArticle a = parser.parse("Uzbek President Highlights Regional Integration Ahead Of Summit", "en",
                LocalDate.of(2025, 3, 3));
        assertThat(a.meetings()).isEmpty();
    }

    @Test
    void a_title_after_a_name_and_a_comma_is_that_persons_but_a_list_of_titled_names_is_not_shifted() {
        ParsedArticle ar = parser.parse("استقبل الرئيس المصري عبد الفتاح السيسي في القاهرة اليوم ناريندرا مودي، رئيس الوزراء "
                + "الهندي، وسيريل رامافوزا، رئيس جنوب أفريقيا.", "ar", LocalDate.of(2023, 6, 25));
        assertThat(ar.meetings()).flatExtracting(MeetingFact::participants)
                .extracting(Participant::nameEn, Participant::role, Participant::country)
                .contains(tuple("Narendra Modi", "prime_minister", "IN"), tuple("Cyril Ramaphosa", "president", "ZA"));
        ParsedArticle en = parser.parse("The summit on September 19, 2023 was attended by US President Joe Biden, Kazakhstan's "
                + "President Kassym-Jomart Tokayev and Egyptian President Abdel Fattah al-Sisi.", "en", LocalDate.of(2023, 9, 20));
        assertThat(en.meetings()).flatExtracting(MeetingFact::participants)
                .extracting(Participant::nameEn, Participant::country)
                .containsExactlyInAnyOrder(tuple("Joe Biden", "US"), tuple("Kassym-Jomart Tokayev", "KZ"),
                        tuple("Abdel Fattah el-Sisi", "EG"));
    }
}
