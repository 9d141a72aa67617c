package org.dyad.extract.stage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;

import org.dyad.extract.MeetingFact;
import org.dyad.extract.Participant;
import org.junit.jupiter.api.Test;

class MeetingStageTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 5, 2);

    /** The countries taking part, sorted. */
    private static List<String> countries(MeetingFact f) {
        return f.participants().stream().map(Participant::country).sorted().toList();
    }

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
        assertThat(m).extracting(MeetingStageTest::countries)
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
    void one_countrys_officials_together_are_no_meeting_and_a_pronoun_subject_is_the_articles_main_person() {
        assertThat(Stages.meetings("Pakistani President Asif Ali Zardari held talks with Prime Minister Yousaf Raza "
                + "Gilani of Pakistan.", "en", PUBLISHED)).isEmpty();
        List<MeetingFact> m = Stages.meetings("Sri Lankan President Mahinda Rajapaksa arrived in Islamabad. Rajapaksa "
                + "laid a wreath. He held talks with Pakistani President Asif Ali Zardari and Pakistani Prime Minister "
                + "Yousaf Raza Gilani.", "en", PUBLISHED);
        assertThat(m).extracting(MeetingStageTest::countries).containsExactly(List.of("LK", "PK", "PK"));
    }

    @Test
    void meetings_told_one_by_one_after_a_lead_that_dates_them_take_the_leads_day() {
        List<MeetingFact> m = Stages.meetings("Seoul, June 4 (Yonhap) -- President Yoon Suk Yeol on June 3 held a series of "
                + "bilateral meetings with African leaders. In the morning, Yoon held separate meetings with Rwanda "
                + "President Paul Kagame and Ghanaian President Nana Akufo-Addo.", "en", LocalDate.of(2024, 6, 4));
        assertThat(m).extracting(MeetingStageTest::countries).containsExactly(List.of("KR", "RW"), List.of("GH", "KR"));
        assertThat(m).allSatisfy(f -> {
            assertThat(f.date()).isNull();
            assertThat(f.dateEstimate()).isEqualTo(LocalDate.of(2024, 6, 3));
        });
    }

    @Test
    void meetings_in_the_plural_at_a_summit_are_one_by_one_and_a_bare_subject_is_the_main_person() {
        List<MeetingFact> m = Stages.meetings("Vladimir Putin arrived in Kazan for the BRICS summit. On the first day of the "
                + "summit, the President held meetings with Prime Minister of India Narendra Modi, President of South Africa "
                + "Cyril Ramaphosa and UN Secretary-General Antonio Guterres. Vladimir Putin then held bilateral "
                + "consultations with President of Laos Thongloun Sisoulith.", "en", PUBLISHED);
        assertThat(m).extracting(MeetingStageTest::countries)
                .containsExactlyInAnyOrder(List.of("IN", "RU"), List.of("RU", "ZA"), List.of("LA", "RU"));
    }

    @Test
    void the_day_of_the_meeting_wins_over_the_day_of_an_arrival_and_an_encounter_is_a_meeting() {
        // made-up names; published on a Tuesday
        List<MeetingFact> m = Stages.meetings("Salvadoran President Carlos Romero Vela arrived in Buenos Aires last Friday. "
                + "Romero Vela met Monday in Casa Rosada with his Argentine counterpart Tomas Quiroga Luna. He also held an "
                + "encounter with Argentine Foreign Minister Lucia Ferraro Paz.", "en", LocalDate.of(2024, 10, 1));
        assertThat(m).extracting(MeetingStageTest::countries).containsExactly(List.of("AR", "SV"), List.of("AR", "SV"));
        assertThat(m.getFirst().date()).isEqualTo(LocalDate.of(2024, 9, 30));
        assertThat(m.get(1).participants()).extracting(Participant::role).contains("foreign_minister");
    }

    @Test
    void the_subject_of_met_with_is_the_person_right_before_it_and_speaking_to_the_press_is_no_call() {
        List<MeetingFact> m = Stages.meetings("As some leaders made a dash to the airport, including US President Joe Biden, "
                + "Australian Prime Minister Anthony Albanese met with French President Emmanuel Macron and Indian Prime "
                + "Minister Narendra Modi. Anthony Albanese speaks to press on the final day of the summit.", "en", PUBLISHED);
        assertThat(m).extracting(MeetingStageTest::countries).containsExactlyInAnyOrder(List.of("AU", "FR"), List.of("AU", "IN"));
        assertThat(m).noneMatch(f -> f.kind().equals("phone_call"));
    }

    @Test
    void a_meeting_told_on_two_days_has_neither_for_its_day() {
        List<MeetingFact> m = Stages.meetings("In Suva on Friday and Saturday, New Zealand Foreign Minister Winston Peters "
                + "met with Fijian Prime Minister Sitiveni Rabuka.", "en", LocalDate.of(2023, 12, 19));
        assertThat(m).hasSize(1);
        assertThat(m.getFirst().date()).isNull();
    }

    @Test
    void a_leaders_dialogue_held_is_a_meeting() {
        List<MeetingFact> m = Stages.meetings("Papua New Guinea Prime Minister James Marape and Australian Prime Minister Anthony "
                + "Albanese held the fifth Papua New Guinea-Australia Annual Leaders’ Dialogue on 8 February 2024 in Canberra.",
                "en", LocalDate.of(2024, 2, 9));
        assertThat(m).extracting(MeetingStageTest::countries).containsExactly(List.of("AU", "PG"));
        assertThat(m.getFirst().date()).isEqualTo(LocalDate.of(2024, 2, 8));
    }

    @Test
    void a_surname_alone_of_someone_in_office_on_the_day_is_that_person_and_a_proposal_to_meet_is_no_meeting() {
        List<MeetingFact> m = Stages.meetings("Путин провел телефонный разговор с президентом ЮАР Сирилом Рамафосой.",
                "ru", PUBLISHED);
        assertThat(m).extracting(MeetingStageTest::countries).containsExactly(List.of("RU", "ZA"));
        assertThat(Stages.meetings("Путин также предложил встретиться с Рамафосой в Казани.", "ru", PUBLISHED)).isEmpty();
        // out of office on the day: no one
        assertThat(Stages.meetings("Назарбаев провел переговоры с президентом ЮАР Сирилом Рамафосой.", "ru", PUBLISHED))
                .isEmpty();
    }

    @Test
    void meetings_one_by_one_in_an_item_about_a_summit_are_on_its_sidelines() {
        List<MeetingFact> m = Stages.meetings("President Yoon holds relay talks with African leaders\n"
                + "President Yoon Suk Yeol on June 3 held a series of bilateral meetings with African leaders who are in "
                + "South Korea for the Korea-Africa Summit. In the morning, Yoon held separate meetings with Rwanda "
                + "President Paul Kagame and Ghanaian President Nana Akufo-Addo.", "en", LocalDate.of(2024, 6, 4));
        assertThat(m).hasSize(2).allSatisfy(f -> assertThat(f.kind()).isEqualTo("sidelines_meeting"));
        // a time stamp and a subtitle before the lead: the summit is in the item's fourth line
        List<MeetingFact> later = Stages.meetings("President Yoon holds relay talks with African leaders\n2024.06.04 16:16\n"
                + "- To strengthen cooperation\nPresident Yoon Suk Yeol on June 3 held a series of bilateral meetings with "
                + "African leaders who are in South Korea for the Korea-Africa Summit. In the morning, Yoon held separate "
                + "meetings with Rwanda President Paul Kagame and Ghanaian President Nana Akufo-Addo.", "en", LocalDate.of(2024, 6, 4));
        assertThat(later).hasSize(2).allSatisfy(f -> assertThat(f.kind()).isEqualTo("sidelines_meeting"));
    }

    @Test
    void a_meeting_dated_after_the_item_is_announced_not_held() {
        assertThat(Stages.meetings("Uzbek President Shavkat Mirziyoyev and Kazakh President Kassym-Jomart Tokayev hold "
                + "talks in Astana on 12 May 2024.", "en", PUBLISHED)).isEmpty();
        // a day's grace: the page's date may be the next day's in another time zone
        assertThat(Stages.meetings("Uzbek President Shavkat Mirziyoyev and Kazakh President Kassym-Jomart Tokayev held "
                + "talks in Astana on 3 May 2024.", "en", PUBLISHED)).hasSize(1);
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

    @Test
    void a_cue_in_the_sentence_after_the_people_makes_their_meeting() {
        List<MeetingFact> m = Stages.meetings("23 февраля президент Турецкой Республики Реджеп Тайип Эрдоган позвонил "
                + "президенту Азербайджанской Республики Ильхаму Алиеву. Стороны обменялись мнениями о региональных вопросах.",
                "ru", PUBLISHED);
        assertThat(m).hasSize(1);
        assertThat(m.getFirst().kind()).isEqualTo("phone_call");
        assertThat(m.getFirst().participants()).extracting(Participant::country).containsExactly("TR", "AZ");

        List<MeetingFact> later = Stages.meetings("Kazakh President Kassym-Jomart Tokayev thanked Egyptian President "
                + "Abdel Fattah al-Sisi for his support. During the telephone conversation the sides discussed trade.",
                "en", PUBLISHED);
        assertThat(later).extracting(MeetingFact::kind).containsExactly("phone_call");
    }

    @Test
    void a_call_does_not_take_the_kind_of_an_earlier_meeting_it_recalls() {
        List<MeetingFact> m = Stages.meetings("On 2 May the President of Uzbekistan Shavkat Mirziyoyev and the President of "
                + "Kazakhstan Kassym-Jomart Tokayev held a telephone conversation. They stressed the agreements reached at the "
                + "meeting on the sidelines of the summit in Astana.", "en", PUBLISHED);
        assertThat(m).extracting(MeetingFact::kind).containsExactly("phone_call");
    }

    @Test
    void a_word_of_the_future_far_from_the_cue_does_not_make_the_meeting_an_announcement() {
        assertThat(Stages.meetings("During their meeting, Uzbek President Shavkat Mirziyoyev told Kazakh President "
                + "Kassym-Jomart Tokayev that trade had exceeded $400 million and that the countries have plans to double it.",
                "en", PUBLISHED)).hasSize(1);
    }

    @Test
    void a_year_in_the_background_of_a_meeting_told_as_of_today_does_not_make_it_recalled() {
        List<MeetingFact> m = Stages.meetings("استقبل الرئيس الكازاخستاني قاسم جومارت توكاييف اليوم الرئيس الأوزبكي شوكت "
                + "ميرضيائيف، في أول زيارة له منذ توليه الرئاسة عام 2016.", "ar", PUBLISHED);
        assertThat(m).hasSize(1);
        assertThat(m.getFirst().recalled()).isFalse();
        assertThat(m.getFirst().date()).isEqualTo(PUBLISHED);
    }

    @Test
    void a_title_in_the_text_wins_over_the_office_inferred_for_a_bare_name() {
        List<MeetingFact> m = Stages.meetings("محمد بن زايد يجري اتصالا هاتفيا برئيس كازاخستان\n"
                + "أجرى الشيخ محمد بن زايد آل نهيان ولي عهد أبوظبي، اتصالا هاتفيا، مع رئيس دولة كازاخستان قاسم جومارت توكاييف.",
                "ar", null);
        assertThat(m).hasSize(1);
        assertThat(m.getFirst().participants()).extracting(Participant::slug, Participant::role)
                .contains(tuple("mohamed-bin-zayed", "crown_prince"));
    }

    @Test
    void one_leader_with_leaders_of_several_countries_and_no_summit_is_a_contact_with_each() {
        List<MeetingFact> m = Stages.meetings("2 мая Владимир Путин также обсудил ситуацию в регионе с президентом ОАЭ "
                + "Мухаммедом бен Заидом Аль Нахайяном и эмиром Катара Тамимом бен Хамадом Аль Тани.", "ru", PUBLISHED);
        assertThat(m).extracting(f -> f.participants().stream().map(Participant::slug).toList())
                .containsExactly(List.of("putin", "mohamed-bin-zayed"), List.of("putin", "tamim-bin-hamad"));
        assertThat(m).allSatisfy(f -> assertThat(f.date()).isEqualTo(PUBLISHED));
    }

    @Test
    void a_summit_of_three_stays_one_meeting() {
        List<MeetingFact> m = Stages.meetings("Uzbek President Shavkat Mirziyoyev held talks with Kazakh President "
                + "Kassym-Jomart Tokayev and Kyrgyz President Sadyr Japarov at the summit in Astana.", "en", PUBLISHED);
        assertThat(m).hasSize(1);
        assertThat(m.getFirst().kind()).isEqualTo("summit");
    }

    @Test
    void a_meeting_without_a_date_of_its_own_is_estimated_at_the_articles_dated_meeting() {
        List<MeetingFact> m = Stages.meetings("Президент России Владимир Путин и наследный принц Саудовской Аравии "
                + "Мухаммед бен Сальман провели телефонный разговор. Лидеры обсудили конфликт. "
                + "Также 1 мая Владимир Путин провел переговоры с президентом Казахстана Касым-Жомартом Токаевым.", "ru", null);
        assertThat(m).hasSize(2);
        assertThat(m.get(0).date()).isNull();
        assertThat(m.get(0).dateEstimate()).isEqualTo(m.get(1).date());
    }

    @Test
    void leaders_who_met_with_no_format_stated_held_talks_and_a_visit_of_no_stated_level_is_other() {
        List<MeetingFact> met = Stages.meetings("Egyptian President Abdel Fattah al-Sisi met Indian Prime Minister "
                + "Narendra Modi in Cairo on 2 May 2024.", "en", PUBLISHED);
        assertThat(met).extracting(MeetingFact::kind).containsExactly("talks");

        List<MeetingFact> call = Stages.meetings("Kazakh President Kassym-Jomart Tokayev held a telephone conversation with "
                + "Chinese President Xi Jinping on 2 May 2024. Tokayev recalled the visit of the Chinese President to Astana "
                + "in September 2023. The two sides discussed energy.", "en", PUBLISHED);
        assertThat(call).extracting(MeetingFact::kind, MeetingFact::recalled)
                .containsExactlyInAnyOrder(tuple("phone_call", false),
                        tuple("other", true));
    }

    @Test
    void a_leader_who_met_each_of_several_others_at_a_summit_had_a_meeting_with_each() {
        List<MeetingFact> m = Stages.meetings("عقد الرئيس المصري عبد الفتاح السيسي لقاءات على هامش القمة.\n"
                + "وأضاف المتحدث أن الرئيس السيسي التقى مع كل من كوامي بواتينغ، رئيس جمهورية غانا، "
                + "وتوماس رييس، رئيس جمهورية تشيلي.\nأهمية المشاركة في القمة", "ar", PUBLISHED);
        assertThat(m).extracting(MeetingStageTest::countries)
                .containsExactly(List.of("EG", "GH"), List.of("CL", "EG"));
    }

    @Test
    void nakanune_without_a_noun_after_it_is_the_day_before() {
        List<MeetingFact> m = Stages.meetings("Посол Ганы в Чили Кваме Боатенг встретился накануне с министром иностранных "
                + "дел Чили Томасом Рейесом.", "ru", PUBLISHED);
        assertThat(m).hasSize(1);
        assertThat(m.getFirst().date()).isEqualTo(PUBLISHED.minusDays(1));
        assertThat(Stages.meetings("Накануне визита посол Ганы Кваме Боатенг встретился с министром иностранных "
                + "дел Чили Томасом Рейесом.", "ru", PUBLISHED).getFirst().date()).isNotEqualTo(PUBLISHED.minusDays(1));
    }

    @Test
    void a_meeting_right_after_an_agency_dateline_below_photo_captions_is_the_items_lead() {
        String body = "Армения и Иран должны быть партнерами, заявил премьер Армении Никол Пашинян на брифинге.\n"
                + "\"Мы согласились\", - сказал Пашинян по итогам встречи с президентом Ирана Масудом Пезешкианом.";
        String captions = "Пашинян о перспективах отношений\n© AP Photo\nНикол Пашинян. Архивное фото\nЧитать ria.ru в\n";
        LocalDate published = LocalDate.of(2025, 8, 19);
        List<MeetingFact> m = Stages.meetings(captions + "ЕРЕВАН, 19 авг – РИА Новости. " + body, "ru", published);
        assertThat(m).hasSize(1);
        assertThat(m.getFirst().dateEstimate()).isEqualTo(published);
        assertThat(m.getFirst().locationCity()).isNull(); // the dateline's city is not the meeting's place
        // without the dateline the captions are the lead and the meeting is not in it
        assertThat(Stages.meetings(captions + body, "ru", published).getFirst().dateEstimate()).isNull();
    }

    @Test
    void a_dateline_day_gives_way_to_the_weekday_the_report_names() {
        List<MeetingFact> m = Stages.meetings("Thursday, November 2, 2023 – Kenyan President Jomo Otieno Mwangi on Tuesday "
                + "hosted a state banquet in honour of visiting Ghanaian President Kwame Asante Boateng.", "en", null);
        assertThat(m).hasSize(1);
        assertThat(m.getFirst().date()).isEqualTo(LocalDate.of(2023, 10, 31));
        // with no other day in the report, the dateline's is the meeting's likely day, not its stated one
        MeetingFact f = Stages.meetings("Thursday, November 2, 2023 – Kenyan President Jomo Otieno Mwangi hosted a state "
                + "banquet in honour of visiting Ghanaian President Kwame Asante Boateng.", "en", null).getFirst();
        assertThat(f.date()).isNull();
        assertThat(f.dateEstimate()).isEqualTo(LocalDate.of(2023, 11, 2));
        // nor in a meeting told later in the item
        assertThat(Stages.meetings("Addis Ababa, February 14, 2026 (ENA) — Prime Minister Abiy Ahmed held a series of "
                + "meetings with African leaders on the margins of the summit. On the sidelines, Prime Minister Abiy met "
                + "President Hassan Sheikh Mohamud of Somalia. The Prime Minister also spoke of technology in discussions "
                + "with President Joseph Boakai of Liberia.", "en", LocalDate.of(2026, 2, 14)))
                .hasSize(2).allSatisfy(x -> assertThat(x.date()).isNull());
    }

    @Test
    void an_event_of_last_year_with_a_possessive_is_recalled() {
        List<MeetingFact> m = Stages.meetings("Relations were formalised at last year's meeting of "
                + "Kenyan President Jomo Otieno Mwangi with Ghanaian President Kwame Asante Boateng in Accra.", "en", PUBLISHED);
        assertThat(m).singleElement().satisfies(f -> assertThat(f.recalled()).isTrue());
    }

    @Test
    void an_earlier_call_of_the_two_leaders_is_a_recalled_meeting_of_the_articles_pair() {
        LocalDate published = LocalDate.of(2026, 2, 10);
        List<MeetingFact> m = Stages.meetings("Президент Ганы Кваме Боатенг провел телефонный разговор с президентом Чили "
                + "Томасом Рейесом.\nПредыдущий телефонный разговор двух лидеров состоялся 21 апреля прошлого года.", "ru",
                published);
        assertThat(m).hasSize(2);
        MeetingFact earlier = m.stream().filter(MeetingFact::recalled).findFirst().orElseThrow();
        assertThat(earlier.date()).isEqualTo(LocalDate.of(2025, 4, 21));
        assertThat(earlier.kind()).isEqualTo("phone_call");
        assertThat(earlier.participants()).extracting(Participant::country).containsExactlyInAnyOrder("GH", "CL");
    }

    @Test
    void a_headline_and_a_lead_that_names_one_more_person_of_one_side_are_one_meeting_in_the_city_named() {
        List<MeetingFact> m = Stages.meetings("Kenyan President William Ruto meets Tanzanian counterpart Samia\n\n"
                + "Kenyan President William Ruto on Wednesday met Tanzanian President Samia Suluhu Hassan in Dar es Salaam, "
                + "two days after opposition leader Raila Odinga criticised him.", "en", LocalDate.of(2023, 7, 26));
        assertThat(m).hasSize(1);
        assertThat(m.getFirst().participants()).extracting(Participant::slug).contains("samia-suluhu").doesNotContain("sumaye");
        assertThat(m.getFirst().locationCity()).isEqualTo("Dar es Salaam"); // not Dodoma, the capital listed first
        assertThat(m.getFirst().evidence()).hasSize(2);
    }

    @Test
    void a_visit_level_that_is_denied_is_not_the_meetings_kind() {
        List<MeetingFact> m = Stages.meetings("Kazakh President Kassym-Jomart Tokayev met Uzbek President Shavkat Mirziyoyev "
                + "in Tashkent on 2 May 2024. It was not a state visit, his spokesman said.", "en", PUBLISHED);
        assertThat(m).hasSize(1);
        assertThat(m.getFirst().kind()).isEqualTo("talks");
    }

    @Test
    void a_readout_that_its_head_spoke_to_a_leader_is_a_call_of_the_country_it_is_about() {
        // a press service names its own head by title alone; the other side it names in full
        List<MeetingFact> m = Stages.meetings("The Prime Minister spoke to the President of the United States, Joe Biden, "
                + "this evening. The leaders discussed UK-US cooperation. The Prime Minister said the UK would stand by Ukraine.",
                "en", LocalDate.of(2022, 10, 25));
        assertThat(m).hasSize(1);
        assertThat(m.getFirst().kind()).isEqualTo("phone_call");
        assertThat(m.getFirst().relative()).isEqualTo("today");
        assertThat(countries(m.getFirst())).containsExactly("GB", "US");
        // a bare title of a country the article does not single out stays unknown: no meeting
        assertThat(Stages.meetings("The Prime Minister spoke to the President of the United States, Joe Biden.", "en",
                LocalDate.of(2022, 10, 25))).isEmpty();
    }

    @Test
    void a_title_with_given_names_and_an_initial_before_a_known_surname_is_that_person() {
        List<MeetingFact> m = Stages.meetings("Secretary of State Antony J. Blinken spoke yesterday with French Foreign "
                + "Minister Catherine Colonna.", "en", LocalDate.of(2023, 2, 10));
        assertThat(m).hasSize(1);
        assertThat(m.getFirst().kind()).isEqualTo("phone_call");
        assertThat(m.getFirst().date()).isEqualTo(LocalDate.of(2023, 2, 9));
        assertThat(m.getFirst().participants()).extracting(Participant::slug).contains("blinken");
    }

    @Test
    void bilateral_meetings_after_a_lead_at_a_summit_are_on_its_sidelines_and_a_place_before_a_title_is_not_its_country() {
        List<MeetingFact> m = Stages.meetings("At the 42nd ASEAN Summit in Labuan Bajo, Indonesia today Prime Minister "
                + "Anwar Ibrahim held discussions with several leaders. Anwar said he paid a courtesy call on the Sultan of "
                + "Brunei Sultan Hassanal Bolkiah and discussed Bandar Seri Begawan's role in the consultations. "
                + "Anwar also held a meeting with the Prime Minister of Vietnam, Pham Minh Chinh.", "en", LocalDate.of(2023, 5, 10));
        assertThat(m).extracting(MeetingStageTest::countries).containsExactly(List.of("BN", "MY"), List.of("MY", "VN"));
        assertThat(m).allSatisfy(f -> assertThat(f.kind()).isEqualTo("sidelines_meeting"));
        assertThat(m.getFirst().locationCity()).isNull(); // a capital talked of, not the place of the meeting
    }

    @Test
    void a_leader_named_in_full_is_the_one_his_given_name_stands_for_and_a_clause_of_another_event_keeps_its_date() {
        List<MeetingFact> m = Stages.meetings("Prime Minister Datuk Seri Anwar Ibrahim today held bilateral meetings in "
                + "Kuala Lumpur. In his meeting with Chinese Foreign Minister Wang Yi, Anwar said ties had grown following "
                + "President Xi Jinping's state visit to Malaysia in April.", "en", LocalDate.of(2025, 7, 11));
        assertThat(m).filteredOn(f -> !f.recalled()).extracting(MeetingStageTest::countries).contains(List.of("CN", "CN", "MY"));
        assertThat(m).filteredOn(f -> f.participants().stream().anyMatch(p -> "wang-yi".equals(p.slug())))
                .singleElement().satisfies(f -> {
                    assertThat(f.recalled()).isFalse(); // April is the state visit's month, not the meeting's
                    assertThat(f.participants()).extracting(Participant::slug).contains("anwar");
                });
    }

    @Test
    void two_leaders_summit_is_their_talks_and_a_family_name_first_is_the_surname() {
        List<MeetingFact> m = Stages.meetings("President Yoon Suk Yeol and Vietnamese President Vo Van Thuong agreed on "
                + "Friday to strengthen ties during a bilateral summit in Hanoi. Yoon also met Vietnamese Prime Minister "
                + "Pham Minh Chinh.", "en", LocalDate.of(2023, 6, 23));
        assertThat(m).extracting(MeetingFact::kind).containsExactly("talks", "talks");
        assertThat(m.get(1).participants()).extracting(Participant::slug).contains("yoon-suk-yeol");
    }

    @Test
    void a_possible_meeting_or_a_visit_not_ruled_out_did_not_take_place() {
        assertThat(Stages.meetings("The possibility of a meeting between Argentine President Javier Milei and Brazilian "
                + "President Luiz Inacio Lula da Silva is always present.", "en", LocalDate.of(2024, 4, 15))).isEmpty();
        assertThat(Stages.meetings("Президент Беларуси Александр Лукашенко не исключил своего визита в Венесуэлу к "
                + "президенту Венесуэлы Николасу Мадуро.", "ru", LocalDate.of(2025, 11, 25))).isEmpty();
    }

    @Test
    void a_session_of_a_joint_board_and_a_joint_press_conference_are_meetings() {
        List<MeetingFact> ru = Stages.meetings("Министр промышленности России Антон Алиханов и министр промышленности "
                + "Белоруссии Андрей Кузнецов в Москве провели заседание совместной коллегии.", "ru", LocalDate.of(2025, 12, 22));
        assertThat(ru).singleElement().satisfies(f -> assertThat(countries(f)).containsExactly("BY", "RU"));
        List<MeetingFact> ar = Stages.meetings("صرح بذلك وزير الخارجية الأذربيجاني جيهون بيراموف في مؤتمر صحفي مشترك مع "
                + "نظيره الروسي سيرغي لافروف في باكو.", "ar", LocalDate.of(2021, 5, 11));
        assertThat(ar).singleElement().satisfies(f -> assertThat(countries(f)).containsExactly("AZ", "RU"));
    }

    @Test
    void a_given_name_after_a_title_that_is_also_someones_surname_is_not_that_person() {
        // "Александр" is the surname of Boniface Alexandre of Haiti in the reference data
        List<SentenceAnalysis> s = Stages.withPeople("Об этом заявил вице-премьер Александр Новак на заседании комиссии.",
                "ru", LocalDate.of(2022, 11, 1));
        assertThat(s.getFirst().people()).extracting(PersonRef::slug).doesNotContain("boniface-alexandre");
    }

    @Test
    void a_named_head_of_parliament_without_a_country_is_of_the_country_the_item_is_about_and_one_meeting_told_twice_is_one() {
        List<MeetingFact> m = Stages.meetings("National Assembly Chairman Vuong Dinh Hue meets Deputy Speaker of the House "
                + "of Commons of the UK Eleanor Laing (Photo: VNA)\n"
                + "National Assembly Chairman Vuong Dinh Hue held meetings with Deputy Speaker of the House of Commons of "
                + "the UK Eleanor Laing and President of the Italian Chamber of Deputies Roberto Fico in Vienna. He "
                + "affirmed Vietnam's commitment to its partners and thanked them for their support to Vietnam. The Vietnamese "
                + "leader said Vietnam valued its ties with Europe.",
                "en", LocalDate.of(2021, 9, 8));
        assertThat(m).extracting(MeetingStageTest::countries).containsExactly(List.of("GB", "VN"), List.of("IT", "VN"));
        assertThat(m.getFirst().evidence()).hasSize(2); // the caption and the text: one meeting
        assertThat(m.get(1).participants()).extracting(Participant::role).containsExactly("speaker", "speaker");
        // a former holder named after a title is history, not a participant
        assertThat(Stages.meetings("Vietnamese President Vo Van Thuong met Yoon Suk Yeol after a visit to the tomb of "
                + "former President Ho Chi Minh.", "en", LocalDate.of(2023, 6, 23)))
                .singleElement().satisfies(f -> assertThat(f.participants()).hasSize(2));
    }

    @Test
    void met_with_one_and_with_another_of_the_same_country_is_a_meeting_with_each_and_a_dinner_is_a_meeting() {
        List<MeetingFact> m = Stages.meetings("Министр иностранных дел Армении Арарат Мирзоян сегодня в Тбилиси встретился "
                + "с премьер-министром Грузии Ираклием Гарибашвили и со своим грузинским коллегой Давидом Залкалиани.",
                "ru", LocalDate.of(2022, 3, 24));
        assertThat(m).hasSize(2).allSatisfy(f -> assertThat(countries(f)).containsExactly("AM", "GE"));
        assertThat(m).extracting(f -> f.participants().get(1).role()).containsExactly("prime_minister", "foreign_minister");
        List<MeetingFact> dinner = Stages.meetings("Crown Prince Salman bin Hamad Al Khalifa attended a dinner given by "
                + "Singaporean Prime Minister Lee Hsien Loong.", "en", LocalDate.of(2012, 9, 23));
        assertThat(dinner).singleElement().satisfies(f -> assertThat(f.kind()).isEqualTo("other"));
    }

    @Test
    void people_told_to_have_joined_the_meeting_just_told_are_its_participants() {
        List<MeetingFact> m = Stages.meetings("Brazilian President Luiz Inacio Lula da Silva and South African President "
                + "Cyril Ramaphosa held a bilateral meeting in Rio de Janeiro. Joining the conversation were Brazilian "
                + "officials, including Foreign Minister Mauro Vieira.", "en", LocalDate.of(2024, 11, 18));
        assertThat(m).singleElement().satisfies(f -> {
            assertThat(f.participants()).extracting(Participant::slug).contains("mauro-vieira");
            assertThat(f.evidence()).hasSize(2);
        });
        // someone of a third country at the table is not added to a meeting of two
        assertThat(Stages.meetings("Brazilian President Luiz Inacio Lula da Silva and South African President Cyril "
                + "Ramaphosa held a bilateral meeting. Indian Prime Minister Narendra Modi was present.", "en",
                LocalDate.of(2024, 11, 18))).singleElement().satisfies(f -> assertThat(f.participants()).hasSize(2));
    }

    @Test
    void a_visit_of_last_month_is_background_not_the_kind_of_the_meeting_of_the_day() {
        List<MeetingFact> m = Stages.meetings("Philippine President Bongbong Marcos and Japanese Prime Minister Fumio Kishida "
                + "met yesterday on the sidelines of the summit in Tokyo. The two countries agreed to start the negotiations "
                + "during Kishida's official visit to the Philippines last month.", "en", LocalDate.of(2023, 12, 18));
        assertThat(m).filteredOn(f -> !f.recalled()).singleElement()
                .satisfies(f -> assertThat(f.kind()).isEqualTo("sidelines_meeting"));
    }

    @Test
    void a_state_banquet_for_a_visiting_head_of_state_is_a_state_visit() {
        assertThat(Stages.meetings("Kenyan President William Ruto on Tuesday gave a state banquet in honour of British "
                + "King Charles III.", "en", LocalDate.of(2023, 11, 2)))
                .singleElement().satisfies(f -> assertThat(f.kind()).isEqualTo("state_visit"));
    }

    @Test
    void a_call_made_on_a_visits_sidelines_or_about_a_summit_is_a_call() {
        assertThat(Stages.meetings("Президент России Владимир Путин и президент Индонезии Джоко Видодо обсудили по телефону "
                + "подготовку к саммиту G20.", "ru", LocalDate.of(2022, 8, 18)))
                .singleElement().satisfies(f -> assertThat(f.kind()).isEqualTo("phone_call"));
        assertThat(Stages.meetings("أجرى وزير الخارجية المصري سامح شكري اتصالا هاتفيا اليوم مع نظيره الفيتنامي بوي ثان سون، "
                + "وذلك على هامش زيارته الحالية إلى نيويورك.", "ar", LocalDate.of(2021, 7, 8)))
                .singleElement().satisfies(f -> assertThat(f.kind()).isEqualTo("phone_call"));
    }

    @Test
    void discussed_with_talked_with_and_exchanged_views_tell_a_meeting() {
        List<MeetingFact> m = Stages.meetings("Prime Minister Abiy Ahmed conferred with African leaders at the sidelines of "
                + "the African Union summit in Addis Ababa today. Premier Abiy and South Sudanese President Salva Kiir have "
                + "exchanged views on the peace agreement. Prime Minister Abiy also discussed with Djiboutian President "
                + "Ismail Omar Guelleh the joint logistics projects. Likewise, Abiy discussed on bilateral issues with "
                + "Sudanese Prime Minister Abdalla Hamdok and Guinean President Alpha Conde.", "en", LocalDate.of(2020, 2, 10));
        assertThat(m).extracting(MeetingStageTest::countries).containsExactlyInAnyOrder(List.of("ET", "SS"),
                List.of("DJ", "ET"), List.of("ET", "SD"), List.of("ET", "GN"));
        assertThat(Stages.meetings("The president talked with Ambassador of Thailand Somchai Wongsa about tourism.", "en",
                LocalDate.of(2018, 9, 17))).isEmpty(); // the president of no country named: no pair
        assertThat(Stages.meetings("Mongolian President Khaltmaagiin Battulga talked with Ambassador of the Vatican City "
                + "State Paolo Rossi about the archives.", "en", LocalDate.of(2018, 9, 17)))
                .singleElement().satisfies(f -> assertThat(countries(f)).containsExactly("MN", "VA"))
                .satisfies(f -> assertThat(f.participants()).extracting(Participant::nameEn).contains("Paolo Rossi"));
    }

    @Test
    void a_recent_visit_recalled_with_one_person_is_hosted_by_the_article_s_person_of_the_country_visited() {
        List<MeetingFact> m = Stages.meetings("تلقى الرئيس عبد الفتاح السيسي، اليوم، اتصالا هاتفياً من الرئيس ويليام روتو "
                + "رئيس جمهورية كينيا. وأكد الرئيسان عمق العلاقات بين البلدين، خاصة مع الزخم الذي تحقق على إثر زيارة "
                + "الرئيس روتو للقاهرة في يناير 2025.", "ar", LocalDate.of(2025, 11, 11));
        assertThat(m).hasSize(2);
        assertThat(m).filteredOn(MeetingFact::recalled).singleElement()
                .satisfies(f -> assertThat(f.participants()).extracting(Participant::slug)
                        .containsExactlyInAnyOrder("ruto", "el-sisi"));
        // a visit years back: whoever hosted it then, not necessarily the article's person
        assertThat(Stages.meetings("Japanese Prime Minister Fumio Kishida held a phone call with Uzbek President Shavkat "
                + "Mirziyoyev. President Mirziyoyev stated that his visit to Japan in December 2019 elevated relations.",
                "en", LocalDate.of(2023, 5, 10))).noneMatch(MeetingFact::recalled);
    }

    @Test
    void a_senator_leading_a_delegation_is_a_participant() {
        assertThat(Stages.meetings("يريفان في 5 يوليو: استقبل وزير خارجية أرمينيا آرارات ميرزويان وفد الكونغرس برئاسة "
                + "السيناتور الأمريكي روجر ويكر، وناقش المحاورون الحوار السياسي.", "ar", LocalDate.of(2023, 7, 5)))
                .singleElement().satisfies(f -> assertThat(countries(f)).containsExactly("AM", "US"));
    }

    @Test
    void called_on_someone_is_a_visit_to_them_and_called_on_someone_to_do_something_is_not() {
        assertThat(Stages.meetings("Also today, Nepalese Prime Minister KP Sharma Oli called on Bangladeshi President "
                + "Mohammad Abdul Hamid and discussed relations.", "en", LocalDate.of(2019, 11, 13)))
                .singleElement().satisfies(f -> assertThat(countries(f)).containsExactly("BD", "NP"));
        assertThat(Stages.meetings("Nepalese Prime Minister KP Sharma Oli called on Bangladeshi President Mohammad Abdul "
                + "Hamid to release the funds.", "en", LocalDate.of(2019, 11, 13))).isEmpty();
    }

    @Test
    void yesterday_counts_from_the_items_dateline_and_the_corridors_are_a_summits_sidelines() {
        // a page of 4 March with the wire's dateline of the 3rd: "yesterday, Monday" is the 2nd
        assertThat(Stages.meetings("كوالالمبور/ 3 مارس/آذار //برناما//-- أعرب رئيس الوزراء الماليزي أنور إبراهيم عن "
                + "تقديره. صرح بذلك خلال استقباله السفير الإندونيسي الجديد لدى ماليزيا «رادين محمد هادي» أمس، الاثنين.",
                "ar", LocalDate.of(2026, 3, 4))).singleElement()
                .satisfies(f -> assertThat(f.date()).isEqualTo(LocalDate.of(2026, 3, 2)));
        assertThat(Stages.meetings("Министр иностранных дел Ирана Хосейн Амир-Абдоллахиан встретился с премьер-министром "
                + "Пакистана Имраном Ханом в кулуарах заседания ОИС.", "ru", LocalDate.of(2021, 12, 19)))
                .singleElement().satisfies(f -> assertThat(f.kind()).isEqualTo("sidelines_meeting"))
                .satisfies(f -> assertThat(countries(f)).containsExactly("IR", "PK"));
    }

    @Test
    void in_an_item_without_a_date_a_month_before_the_leads_day_tells_a_past_meeting() {
        List<MeetingFact> m = Stages.meetings("Presidents of Uzbekistan and Korea discuss cooperation\nOn November 21, the "
                + "President of Uzbekistan Shavkat Mirziyoyev and the President of Korea Yoon Suk Yeol held a telephone "
                + "conversation. They discussed relations. A special emphasis was placed on the agreements reached at the "
                + "meeting of the leaders of the two countries on the sidelines of the United Nations General Assembly in "
                + "New York in September this year.", "en", null);
        assertThat(m).extracting(MeetingFact::kind, MeetingFact::recalled)
                .containsExactlyInAnyOrder(tuple("phone_call", false), tuple("sidelines_meeting", true));
    }

    @Test
    void a_meeting_on_a_visits_sidelines_is_a_meeting_of_the_visit_not_of_a_summit() {
        assertThat(Stages.meetings("التقى وزير الخارجية المصري سامح شكري، اليوم، رئيس مجلس النواب الأرجنتيني السيد كارلوس "
                + "بيريز، وذلك على هامش زيارته إلى بوينس آيرس.", "ar", LocalDate.of(2021, 11, 27)))
                .singleElement().satisfies(f -> assertThat(f.kind()).isEqualTo("talks"));
        assertThat(Stages.meetings("Egyptian Foreign Minister Sameh Shoukry met Argentine Vice President Carla Perez on the "
                + "sidelines of his visit to Buenos Aires.", "en", LocalDate.of(2021, 11, 27)))
                .singleElement().satisfies(f -> assertThat(f.kind()).isNotEqualTo("sidelines_meeting"));
        // a summit's sidelines still are
        assertThat(Stages.meetings("Egyptian Foreign Minister Sameh Shoukry met Argentine Vice President Carla Perez on the "
                + "sidelines of the G20 summit.", "en", LocalDate.of(2021, 11, 27)))
                .singleElement().satisfies(f -> assertThat(f.kind()).isEqualTo("sidelines_meeting"));
    }

    @Test
    void a_meeting_of_the_two_leaders_unnamed_is_of_the_people_the_article_names_for_the_two_countries() {
        List<MeetingFact> m = Stages.meetings("Беседа лидеров двух стран прошла в Кремле. "
                + "Документы были подписаны по итогам переговоров. Затем В.Путин и А.Теббун выступили перед журналистами.",
                "ru", null);
        assertThat(m).hasSize(1);
        assertThat(m.getFirst().participants()).extracting(Participant::slug).containsExactlyInAnyOrder("putin", "tebboune");
        assertThat(m.getFirst().evidence()).hasSize(1);
        // "the two ministers" too, in a phone call
        assertThat(Stages.meetings("وبحث الوزيران في الاتصال الهاتفي العلاقات الثنائية. وأكد وزير الخارجية المصري سامح شكري "
                + "ووزير الخارجية الأردني أيمن الصفدي أهمية التنسيق.", "ar", LocalDate.of(2022, 5, 2)))
                .singleElement().satisfies(f -> assertThat(f.kind()).isEqualTo("phone_call"))
                .satisfies(f -> assertThat(countries(f)).containsExactly("EG", "JO"));
        // not when the article tells a meeting of its people: "the two leaders" then speak of that one
        assertThat(Stages.meetings("Japanese Prime Minister Sanae Takaichi and South Korean President Lee Jae-myung first met in October on the sidelines of the APEC summit in South Korea. "
                + "There they agreed on visits of the leaders of the two countries to each other.", "en", LocalDate.of(2025, 12, 5)))
                .hasSize(1);
    }

    @Test
    void a_high_commissioner_is_an_envoy_and_receiving_is_a_reception() {
        assertThat(Stages.meetings("While receiving the Namibian High Commissioner to Nigeria, Selma Musavyi, President "
                + "Goodluck Jonathan called for more trade.", "en", LocalDate.of(2014, 5, 2)))
                .singleElement().satisfies(f -> {
                    assertThat(f.kind()).isEqualTo("reception");
                    assertThat(f.participants()).extracting(Participant::role, Participant::country)
                            .containsExactlyInAnyOrder(tuple("ambassador", "NA"),
                                    tuple("president", "NG"));
                });
    }

    @Test
    void a_meeting_told_beside_an_intention_to_visit_is_still_a_meeting_and_its_day_may_come_after() {
        List<MeetingFact> m = Stages.meetings("Президент Венесуэлы Николас Мадуро, принимая верительные грамоты у посла Беларуси "
                + "Ивана Петровского, подтвердил намерение посетить Беларусь, сообщили в четверг в МИД. "
                + "Церемония состоялась в среду, 27 августа.", "ru", LocalDate.of(2025, 8, 28));
        assertThat(m).singleElement().satisfies(f -> {
            assertThat(countries(f)).containsExactly("BY", "VE");
            assertThat(f.kind()).isEqualTo("reception");
            // the Thursday is the day of the report; the day of the ceremony is told in the next sentence
            assertThat(f.date()).isEqualTo(LocalDate.of(2025, 8, 27));
            assertThat(f.participants()).extracting(Participant::nameEn).contains("Ivan Petrovskiy");
        });
        // a visit that is only intended is still no meeting
        assertThat(Stages.meetings("Президент Венесуэлы Николас Мадуро подтвердил намерение посетить Беларусь и встретиться "
                + "с Александром Лукашенко.", "ru", LocalDate.of(2025, 8, 28))).isEmpty();
    }

    @Test
    void a_conversation_recalled_is_a_meeting_and_a_recent_visit_without_a_day_or_place_is_none() {
        List<MeetingFact> m = Stages.meetings("Iranian Foreign Minister Hossein Amir-Abdollahian and Omani Foreign Minister "
                + "Badr Albusaidi held phone talks on Thursday. Albusaidi said his country would pursue the agreements "
                + "signed during President Ebrahim Raisi's recent visit. The two foreign ministers had exchanged views in "
                + "their previous conversation on June 17.", "en", LocalDate.of(2022, 6, 24));
        assertThat(m).hasSize(2);
        assertThat(m).filteredOn(MeetingFact::recalled).singleElement()
                .satisfies(f -> assertThat(f.participants()).extracting(Participant::slug)
                        .containsExactlyInAnyOrder("amir-abdollahian", "badr-albusaidi"));
        assertThat(m).flatExtracting(MeetingFact::participants).extracting(Participant::slug).doesNotContain("raisi");
    }

    @Test
    void was_received_by_is_a_reception() {
        assertThat(Stages.meetings("Глава МИД России Сергей Лавров был принят в Дохе эмиром Катара Тамимом бен Хамадом Аль Тани.", "ru",
                LocalDate.of(2025, 2, 26))).singleElement().satisfies(f -> {
                    assertThat(f.kind()).isEqualTo("reception");
                    assertThat(countries(f)).containsExactly("QA", "RU");
                });
    }

    @Test
    void spoke_with_in_arabic_is_a_contact() {
        assertThat(Stages.meetings("وأوضح الرئيس الفنلندي ألكسندر ستوب أنه تحدث مع الرئيس الأمريكي دونالد ترامب عن أوكرانيا.", "ar",
                LocalDate.of(2025, 11, 23))).singleElement().satisfies(f -> assertThat(countries(f)).containsExactly("FI", "US"));
        assertThat(Stages.meetings("تحدث الرئيس الفنلندي ألكسندر ستوب عن الرئيس الأمريكي دونالد ترامب.", "ar",
                LocalDate.of(2025, 11, 23))).isEmpty();
    }

    @Test
    void the_leads_meeting_some_days_before_a_late_pages_date_is_the_items_news_not_a_recalled_one() {
        List<MeetingFact> m = Stages.meetings("President Xi Jinping and Kyrgyz President Sadyr Japarov met in Astana on July 3, "
                + "2024. Xi recalled that he and President Sadyr Japarov had held talks in Xi'an in May last year.", "en", LocalDate.of(2024, 7, 14));
        assertThat(m).hasSize(2);
        assertThat(m).filteredOn(f -> !f.recalled()).singleElement()
                .satisfies(f -> assertThat(f.date()).isEqualTo(LocalDate.of(2024, 7, 3)));
    }

    @Test
    void a_past_call_told_with_last_month_is_recalled() {
        List<MeetingFact> m = Stages.meetings("South African President Cyril Ramaphosa and Ukrainian President Volodymyr Zelensky "
                + "spoke by phone last month, the newspaper recalled.", "en",
                LocalDate.of(2023, 6, 7));
        assertThat(m).singleElement().satisfies(f -> {
            assertThat(f.recalled()).isTrue();
            assertThat(f.kind()).isEqualTo("phone_call");
            assertThat(countries(f)).containsExactly("UA", "ZA");
        });
    }

    @Test
    void a_date_after_since_starts_a_span_and_dates_no_meeting() {
        List<MeetingFact> m = Stages.meetings("President Bola Tinubu on Thursday received President John Dramani Mahama of Ghana "
                + "in Abuja. It is Mahama's first visit to his Nigerian counterpart since he was sworn in as President of "
                + "Ghana on January 7th, 2025.", "en", LocalDate.of(2025, 3, 27));
        assertThat(m).singleElement().satisfies(f -> {
            assertThat(f.recalled()).isFalse();
            assertThat(f.date()).isEqualTo(LocalDate.of(2025, 3, 27));
        });
    }

    @Test
    void two_leaders_making_statements_for_the_press_together_met() {
        assertThat(Stages.meetings("В Баку президент Азербайджана Ильхам Алиев и премьер-министр Пакистана Мухаммад Наваз Шариф "
                + "выступили с совместными заявлениями для печати.", "ru", LocalDate.of(2016, 10, 14)))
                .singleElement().satisfies(f -> assertThat(countries(f)).containsExactly("AZ", "PK"));
    }

    @Test
    void a_host_receiving_several_guests_receives_each_and_a_known_person_in_a_list_keeps_his_office() {
        List<MeetingFact> m = Stages.meetings("Jokowi receives Prime Minister of Malaysia, John Kerry, and Prime Minister "
                + "Tony Abbott\nOn Monday President Joko Widodo receives guests of states, among them the Prime Minister of "
                + "Australia Tony Abbott, Prime Minister of Malaysia Najib Razak and the Secretary of State of the United States "
                + "John Kerry, at the palace in Jakarta.", "en", LocalDate.of(2014, 10, 23));
        assertThat(m).extracting(MeetingStageTest::countries).contains(List.of("AU", "ID"), List.of("ID", "MY"),
                List.of("ID", "US"));
        assertThat(m).flatExtracting(MeetingFact::participants).filteredOn(p -> "kerry".equals(p.slug()))
                .extracting(Participant::country).containsOnly("US");
        // a photograph taken with a cell phone is no call
        assertThat(Stages.meetings("Najib Razak takes a photo of himself with President Joko Widodo by cell phone.", "en",
                LocalDate.of(2014, 10, 23))).extracting(MeetingFact::kind).doesNotContain("phone_call");
    }

    @Test
    void the_years_of_a_clause_about_a_guest_are_not_the_meetings() {
        List<MeetingFact> m = Stages.meetings("Malaysian Prime Minister Anwar Ibrahim also met John Kerry, who was the US "
                + "Secretary of State from 2013 to 2017.", "en", LocalDate.of(2023, 9, 22));
        assertThat(m).hasSize(1);
        assertThat(m.getFirst().recalled()).isFalse();
    }

    @Test
    void a_sentence_opening_with_who_attended_the_meeting_adds_them_to_the_meeting_just_told() {
        List<MeetingFact> m = Stages.meetings("Egyptian President Abdel Fattah al-Sisi received Greek Prime Minister Kyriakos "
                + "Mitsotakis in Cairo on Monday. Present at the meeting were Egyptian Finance Minister Karim Mansour and Greek "
                + "Development Minister Nikos Dimou.", "en", PUBLISHED);
        assertThat(m).hasSize(1);
        assertThat(m.getFirst().participants()).extracting(Participant::nameEn)
                .contains("Karim Mansour", "Nikos Dimou");
        List<MeetingFact> attendedBy = Stages.meetings("Saudi Crown Prince Mohammed bin Salman received Greek Prime Minister "
                + "Kyriakos Mitsotakis in Riyadh on Monday. The meeting was attended by Prince Faisal bin Farhan, Minister of "
                + "Foreign Affairs.", "en", PUBLISHED);
        assertThat(attendedBy).hasSize(1);
        assertThat(attendedBy.getFirst().participants()).extracting(Participant::slug).contains("faisal-bin-farhan");
        List<MeetingFact> ar = Stages.meetings("استقبل الرئيس المصري عبد الفتاح السيسي اليوم رئيس وزراء اليونان كيرياكوس "
                + "ميتسوتاكيس في القاهرة. وحضر اللقاء وزير المالية المصري كريم منصور.", "ar", PUBLISHED);
        assertThat(ar).hasSize(1);
        assertThat(ar.getFirst().participants()).extracting(Participant::role, Participant::country)
                .contains(tuple("minister", "EG"));
    }

    @Test
    void an_arabic_list_of_who_attended_names_each_before_the_title_without_a_comma() {
        List<MeetingFact> m = Stages.meetings("استقبل الرئيس المصري عبد الفتاح السيسي اليوم رئيس وزراء اليونان كيرياكوس "
                + "ميتسوتاكيس، وذلك بحضور وزير الخارجية، والمهندس نبيل فوزي وزير البترول.", "ar", PUBLISHED);
        assertThat(m).hasSize(1);
        assertThat(m.getFirst().participants()).filteredOn(p -> "minister".equals(p.role()))
                .extracting(Participant::nameAsWritten, Participant::country).containsExactly(
                        tuple("نبيل فوزي", "EG"));
    }

    @Test
    void an_ambassador_to_a_state_named_with_its_style_keeps_his_name() {
        List<MeetingFact> m = Stages.meetings("التقى وزير الخارجية الأمير فيصل بن فرحان نظيره الأرجنتيني في بوينس آيرس. "
                + "حضر اللقاء سفير خادم الحرمين الشريفين لدى جمهورية الأرجنتين سعد علي الحربي.", "ar", PUBLISHED);
        assertThat(m).hasSize(1);
        assertThat(m.getFirst().participants()).filteredOn(p -> "ambassador".equals(p.role()))
                .extracting(Participant::nameAsWritten, Participant::country).containsExactly(
                        tuple("سعد علي الحربي", "SA"));
    }
}
