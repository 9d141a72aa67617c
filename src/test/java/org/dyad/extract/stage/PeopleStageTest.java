package org.dyad.extract.stage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.List;

import org.dyad.extract.Participant;
import org.junit.jupiter.api.Test;

/** Names of people the reference data does not know are made up here. */
class PeopleStageTest {

    private static List<PersonRef> people(String text, String lang, LocalDate published) {
        return Stages.withPeople(text, lang, published).stream().flatMap(s -> s.people().stream()).toList();
    }

    @Test
    void a_known_leader_resolves_to_the_reference_person_and_an_unknown_one_keeps_the_name() {
        List<PersonRef> p = people("Kazakh President Kassym-Jomart Tokayev received Egyptian Ambassador Ahmed Farouk Mansour.",
                "en", LocalDate.of(2024, 5, 2));
        assertThat(p).extracting(PersonRef::slug, PersonRef::role, PersonRef::country, PersonRef::open)
                .containsExactly(tuple("tokayev", "president", "KZ", false),
                        tuple(p.get(1).slug(), "ambassador", "EG", true));
        assertThat(p.get(1).nameEn()).isEqualTo("Ahmed Farouk Mansour");
        assertThat(p.get(1).asWritten()).isEqualTo("Ahmed Farouk Mansour");
    }

    @Test
    void an_english_ministers_field_stands_between_the_country_and_the_title() {
        assertThat(people("Indonesian Defence Minister Budi Santoso met Malaysian Prime Minister Anwar Ibrahim.",
                "en", LocalDate.of(2024, 5, 2))).extracting(PersonRef::role, PersonRef::country)
                .containsExactly(tuple("minister", "ID"), tuple("prime_minister", "MY"));
        assertThat(people("Malaysia's Trade and Industry Minister Tengku Zafrul Aziz met Indonesian Foreign Minister Sugiono.",
                "en", LocalDate.of(2025, 5, 2))).extracting(PersonRef::role, PersonRef::country)
                .containsExactly(tuple("minister", "MY"), tuple("foreign_minister", "ID"));
    }

    @Test
    void a_family_name_without_its_arabic_article_and_a_title_that_is_also_a_surname() {
        // "el-Sisi" is "Sisi" too; "King" is a title before it is Stephenson King's surname; the title before
        // "Sisi received" does not reach over the verb to the king
        assertThat(people("Egyptian President Sisi received King Abdullah II of Jordan in Cairo.", "en", LocalDate.of(2024, 5, 2)))
                .extracting(PersonRef::slug, PersonRef::role, PersonRef::country)
                .containsExactly(tuple("el-sisi", "president", "EG"), tuple("abdullah-ii", "monarch", "JO"));
        assertThat(people("President Sisi received Jordan's King Abdullah in Cairo.", "en", LocalDate.of(2024, 5, 2)))
                .extracting(PersonRef::slug, PersonRef::country)
                .containsExactly(tuple("el-sisi", "EG"), tuple("abdullah-ii", "JO"));
    }

    @Test
    void an_arabic_title_of_a_state_with_in_before_it_and_a_name_of_a_known_surname_inside() {
        // "Thomas" is a known surname (Tillman Thomas); "في جمهورية الأرجنتين" is the speaker's country, not a place
        List<PersonRef> p = people("التقى وزير الخارجية، اليوم، رئيس مجلس النواب في جمهورية الأرجنتين السيد كارلوس توماس "
                + "بيريز، وذلك على هامش زيارته إلى العاصمة الأرجنتينية بوينس آيرس.", "ar", LocalDate.of(2021, 11, 27));
        assertThat(p).filteredOn(PersonRef::open).singleElement().satisfies(r -> {
            assertThat(r.role()).isEqualTo("speaker");
            assertThat(r.country()).isEqualTo("AR");
            assertThat(r.asWritten()).isEqualTo("كارلوس توماس بيريز");
        });
    }

    @Test
    void an_arabic_title_without_a_country_names_the_one_after_it_unless_a_former_holder_or_an_office() {
        // the speaker's country is the article's other one
        List<PersonRef> p = Stages.withPeople("عقد رئيس مجلس الأمة خالد المنصوري مباحثات رسمية مع رئيسة مجلس النواب "
                + "الإسباني ماريا لوبيز. وجرى استعراض التعاون بين مجلس الأمة الكويتي ومجلس النواب الإسباني.", "ar",
                LocalDate.of(2021, 11, 27)).stream().flatMap(s -> s.people().stream()).toList();
        assertThat(p).extracting(PersonRef::asWritten, PersonRef::role, PersonRef::country)
                .contains(tuple("خالد المنصوري", "speaker", "KW"), tuple("ماريا لوبيز", "speaker", "ES"));
        // "the former minister", "the director of the minister's office": neither is the minister named
        assertThat(people("وعادت إلى المجلس الوزيرة السابقة سعاد الحمدان.", "ar", LocalDate.of(2022, 9, 30))).isEmpty();
        assertThat(people("وحضر اللقاء مدير عام مكتب سمو وزير الخارجية الأستاذ سالم الفهد.", "ar", LocalDate.of(2021, 11, 27)))
                .extracting(PersonRef::role).doesNotContain("foreign_minister");
    }

    @Test
    void a_title_before_a_known_person_gives_the_office_the_reference_data_does_not_hold_for_that_day() {
        // Jeremiah Manele is known as prime minister from 2024; in 2022 the text's title tells his office
        assertThat(people("\"Met FM Jeremiah Manele of the Solomon Islands at the summit.\"", "en", LocalDate.of(2022, 6, 25)))
                .extracting(PersonRef::slug, PersonRef::role, PersonRef::country)
                .containsExactly(tuple("manele", "foreign_minister", "SB"));
        // not a prince's honorific read as a king's title
        assertThat(people("وكان الأمير محمد بن نايف في استقبال الضيف في المطار.", "ar", LocalDate.of(2015, 4, 28)))
                .extracting(PersonRef::role).doesNotContain("monarch");
    }

    @Test
    void russian_speakers_under_their_houses_abbreviations_and_a_senate_of_the_congress() {
        assertThat(people("В понедельник в Государственной Думе прошла встреча Председателя ГД Вячеслава Володина с "
                + "Председателем Палаты сенаторов Национального конгресса Парагвая Хуаном Бенитесом. Володин рассказал о "
                + "работе парламента России.", "ru",
                LocalDate.of(2023, 10, 2))).extracting(PersonRef::role, PersonRef::country)
                .containsExactly(tuple("speaker", "RU"), tuple("speaker", "PY"));
    }

    @Test
    void a_named_counterpart_without_a_country_is_of_the_articles_other_country() {
        List<PersonRef> p = Stages.withPeople("Грузия и Армения достигнут важных результатов, заявила министр экономики "
                + "Грузии Нино Беридзе после встречи со своим коллегой Араиком Саргсяном в Ереване.", "ru",
                LocalDate.of(2026, 2, 20)).stream().flatMap(s -> s.people().stream()).toList();
        assertThat(p).extracting(PersonRef::role, PersonRef::country).containsExactly(tuple("minister", "GE"),
                tuple("minister", "AM"));
    }

    @Test
    void an_arabic_name_in_quotation_marks_after_a_new_envoys_title_and_a_phrase_that_is_no_name() {
        assertThat(people("استقبل رئيس الوزراء السفير الإندونيسي الجديد لدى ماليزيا «رادين محمد إيمان هادي» في مبنى البرلمان.",
                "ar", LocalDate.of(2026, 3, 3))).filteredOn(PersonRef::open).singleElement()
                .satisfies(r -> assertThat(r.asWritten()).isEqualTo("رادين محمد إيمان هادي"))
                .satisfies(r -> assertThat(r.country()).isEqualTo("ID"));
        assertThat(people("قدم رئيس الوزراء تهانيه للسفير الإندونيسي بمناسبة بدء مهامه.", "ar", LocalDate.of(2026, 3, 3)))
                .filteredOn(PersonRef::open).allSatisfy(r -> assertThat(r.asWritten()).isNull());
    }

    @Test
    void an_envoy_named_between_her_title_and_the_title_again_with_its_country_and_a_president_whose_greetings_she_conveys() {
        List<PersonRef> p = Stages.withPeople("استقبل الرئيس البرازيلي لولا دا سيلفا، السفيرة سلمى فؤاد ناصر سفيرة مصر لدى "
                + "البرازيل. وعقب الحفل، تم عقد لقاء ثنائي، نقل خلاله السفير المصري تحيات الرئيس عبد الفتاح السيسي لنظيره "
                + "البرازيلي. وبحث الجانبان العلاقات البرازيلية المصرية وتعزيز التعاون مع البرازيل.", "ar",
                LocalDate.of(2024, 1, 10)).stream().flatMap(s -> s.people().stream()).toList();
        assertThat(p).filteredOn(PersonRef::open).extracting(PersonRef::asWritten, PersonRef::country)
                .containsOnly(tuple("سلمى فؤاد ناصر", "EG"));
        assertThat(p).extracting(PersonRef::slug, PersonRef::role).doesNotContain(tuple("el-sisi", "ambassador"));
    }

    @Test
    void an_argentine_vice_president_who_presides_over_the_senate_is_one_person() {
        assertThat(people("واجتمع وزير الخارجية التركي إلى نائبة الرئيس الأرجنتيني، ورئيسة مجلس الشيوخ \"ماريا لوبيز\".",
                "ar", LocalDate.of(2016, 5, 2))).filteredOn(PersonRef::open)
                .extracting(PersonRef::asWritten, PersonRef::role, PersonRef::country)
                .containsExactly(tuple("ماريا لوبيز", "vice_president", "AR"));
    }

    @Test
    void a_ruling_partys_general_secretary_is_a_participant_and_the_un_secretary_general_after_a_comma_is_no_ones_title() {
        // the title gives the person in the instrumental case his country: the call is a meeting of two countries
        assertThat(Stages.meetings("Путин провел телефонный разговор с генсеком ЦК Компартии Вьетнама\n\nПрезидент РФ "
                + "Владимир Путин провел телефонный разговор с генеральным секретарем центрального комитета Коммунистической "
                + "партии Вьетнама То Ламом. То Лам поблагодарил за поздравления.", "ru", LocalDate.of(2026, 1, 24)))
                .singleElement().satisfies(f -> assertThat(f.participants()).extracting(Participant::role, Participant::country)
                        .containsExactlyInAnyOrder(tuple("president", "RU"), tuple("other", "VN")));
        // with "генсек" a title too, a person before a comma is not the UN Secretary-General
        assertThat(people("Лавров провел встречи с главой МИД Китая Ван И, генсеком ООН Антониу Гутерришем.", "ru",
                LocalDate.of(2022, 11, 16))).extracting(PersonRef::slug, PersonRef::role)
                .contains(tuple("wang-yi", "foreign_minister")).doesNotContain(tuple("wang-yi", "other"));
    }

    @Test
    void a_spokesperson_who_reports_the_meeting_is_not_a_participant() {
        assertThat(people("أعلن السفير سامي عادل المتحدث الرسمي باسم رئاسة الجمهورية، أن الرئيس عبد الفتاح السيسي استقبل "
                + "اليوم رئيس مجلس النواب الإيطالي. وبحث الجانبان العلاقات المصرية الإيطالية والتعاون مع إيطاليا.", "ar",
                LocalDate.of(2019, 10, 14)))
                .extracting(PersonRef::role).doesNotContain("ambassador");
        assertThat(people("Президент Египта Абдель Фаттах ас-Сиси позвонил премьер-министру Великобритании Борису Джонсону, "
                + "сообщает агентство со ссылкой на официального представителя президента Египта Самира Адели.", "ru",
                LocalDate.of(2020, 10, 14))).filteredOn(PersonRef::open).isEmpty();
    }

    @Test
    void officials_of_international_bodies_are_not_people_of_a_country() {
        assertThat(people("Vladimir Putin met UN Secretary-General Antonio Guterres and President of the New Development Bank "
                + "Dilma Rousseff.", "en", LocalDate.of(2024, 10, 22))).extracting(PersonRef::slug).containsExactly("putin");
        assertThat(people("Владимир Путин встретился с генеральным секретарем ООН Антониу Гутерришем.", "ru", LocalDate.of(2024, 10, 22)))
                .extracting(PersonRef::slug).containsExactly("putin");
    }

    @Test
    void one_plural_title_for_several_countries_is_the_office_holder_of_each() {
        LocalDate day = LocalDate.of(2024, 5, 2);
        assertThat(people("Lavrov met the foreign ministers of Kyrgyzstan, Azerbaijan, and Tajikistan.", "en", day))
                .extracting(PersonRef::slug, PersonRef::country).contains(tuple("kulubaev", "KG"), tuple("bayramov", "AZ"),
                        tuple("muhriddin", "TJ"));
        assertThat(people("Сергей Лавров провел встречи с министрами иностранных дел Киргизии, Азербайджана и Таджикистана.",
                "ru", day)).extracting(PersonRef::slug).containsExactly("lavrov", "kulubaev", "bayramov", "muhriddin");
        assertThat(people("عقد اجتماعات مع وزراء خارجية قرغيزستان وأذربيجان وطاجيكستان.", "ar", day))
                .extracting(PersonRef::role, PersonRef::country).containsExactly(tuple("foreign_minister", "KG"),
                        tuple("foreign_minister", "AZ"), tuple("foreign_minister", "TJ"));
    }

    @Test
    void an_arabic_title_after_a_name_says_whose_it_is_and_a_known_name_in_a_longer_form_keeps_its_country() {
        // made-up spelling of the president's name; the Omani minister's name with his father's, without "بن"
        List<PersonRef> p = people("استقبل الرئيس شوكت ميرزايوفيتش رئيس جمهورية أوزبكستان معالي السيد بدر حمد البوسعيدي "
                + "وزير الخارجية اليوم.", "ar", LocalDate.of(2024, 5, 2));
        assertThat(p).extracting(PersonRef::role, PersonRef::country)
                .containsExactly(tuple("president", "UZ"), tuple("foreign_minister", "OM"));
        assertThat(p.get(0).asWritten()).isEqualTo("شوكت ميرزايوفيتش");
        assertThat(p.get(1).slug()).isEqualTo("badr-albusaidi");
        // "رئيسة بعثة الشرف": a head of a delegation, no name
        assertThat(people("حضر اللقاء رئيسة بعثة الشرف المرافقة للرئيس الأرميني.", "ar", LocalDate.of(2024, 5, 2)))
                .extracting(PersonRef::asWritten).doesNotContain("بعثة الشرف المرافقة");
    }

    @Test
    void an_arabic_given_name_after_an_honorific_is_the_known_person_the_article_names() {
        List<SentenceAnalysis> s = Stages.withPeople("وترأس الوفد معالي السيد بدر بن حمد البوسعيدي وزير الخارجية. "
                + "وعقد السيد بدر اجتماعات مع وزراء خارجية قرغيزستان وطاجيكستان.", "ar", LocalDate.of(2024, 5, 2));
        assertThat(s.get(1).people()).extracting(PersonRef::slug).containsExactly("badr-albusaidi", "kulubaev", "muhriddin");
        // without the honorific the word is not taken for the name
        List<SentenceAnalysis> bare = Stages.withPeople("وترأس الوفد معالي السيد بدر بن حمد البوسعيدي وزير الخارجية. "
                + "وظهر بدر في السماء.", "ar", LocalDate.of(2024, 5, 2));
        assertThat(bare.get(1).people()).isEmpty();
    }

    @Test
    void the_saudi_kings_title_as_a_sender_is_the_kingdom() {
        assertThat(people("التقى سفير خادم الحرمين الشريفين في نيوزيلندا سامي بن عبدالله الراشد وزير التجارة النيوزيلندي "
                + "تيم غروسير.", "ar", LocalDate.of(2014, 3, 20))).extracting(PersonRef::role, PersonRef::country)
                .containsExactly(tuple("ambassador", "SA"), tuple("minister", "NZ"));
    }

    @Test
    void a_short_family_name_written_first_is_the_person_named_in_full_with_his_title() {
        // "Южной Кореи" is a case form of "Южная Корея"; "Ли" alone, later, is the president named in full
        List<SentenceAnalysis> s = Stages.withPeople("Санаэ Такаити провела переговоры с президентом Южной Кореи Ли Чжэ "
                + "Мёном. Такаити и Ли впервые встретились в октябре.", "ru", LocalDate.of(2025, 12, 5));
        assertThat(s.get(0).people()).extracting(PersonRef::slug).containsExactly("takaichi", "lee-jae-myung");
        assertThat(s.get(1).people()).extracting(PersonRef::slug).containsExactly("takaichi", "lee-jae-myung");
    }

    @Test
    void a_title_before_a_legislatures_name_is_that_states_speaker() {
        LocalDate day = LocalDate.of(2024, 5, 2);
        // made-up names
        assertThat(people("Knesset Speaker Dan Levi Ashkenazi met Indian Prime Minister Narendra Modi.", "en", day))
                .extracting(PersonRef::role, PersonRef::country).containsExactly(tuple("speaker", "IL"), tuple("prime_minister", "IN"));
        assertThat(people("Он встретился со спикером Госдумы Петром Ивановым.", "ru", day))
                .extracting(PersonRef::role, PersonRef::country, PersonRef::asWritten)
                .containsExactly(tuple("speaker", "RU", "Петром Ивановым"));
        assertThat(people("He met Speaker of the Lok Sabha (House of Representatives) of the India Ravi Kumar Sharma.", "en", day))
                .extracting(PersonRef::role, PersonRef::country, PersonRef::nameEn)
                .containsExactly(tuple("speaker", "IN", "Ravi Kumar Sharma"));
    }

    @Test
    void people_listed_for_a_side_the_sentence_names_are_of_that_side() {
        // made-up names; the article names Mongolia most
        List<SentenceAnalysis> s = Stages.withPeople("Президент Монголии принял делегацию. Монголия и Монголия. "
                + "С российской стороны в беседе приняли участие вице-премьер Андрей Петров и другие.", "ru", LocalDate.of(2024, 5, 2));
        assertThat(s.getLast().people()).extracting(PersonRef::role, PersonRef::country)
                .containsExactly(tuple("deputy_prime_minister", "RU"));
    }

    @Test
    void headline_abbreviations_of_titles_are_titles_in_capitals_only() {
        assertThat(people("Saudi crown prince receives Iraqi PM and Kazakh FM at 2 pm in Riyadh", "en", LocalDate.of(2024, 10, 14)))
                .extracting(PersonRef::slug, PersonRef::role)
                .containsExactly(tuple("mohammed-bin-salman", "crown_prince"), tuple("al-sudani", "prime_minister"),
                        tuple("nurtleu", "foreign_minister"));
    }

    @Test
    void a_shared_surname_alone_is_the_one_in_office_on_the_day() {
        // Heydar and Ilham Aliyev share the surname; in 2024 only the son is in office
        assertThat(people("Erdogan and Aliyev met in Ankara.", "en", LocalDate.of(2024, 10, 14)))
                .extracting(PersonRef::slug).contains("aliyev-ilham");
        assertThat(people("Erdogan and Aliyev met in Ankara.", "en", LocalDate.of(1998, 10, 14)))
                .extracting(PersonRef::slug).doesNotContain("aliyev-ilham");
    }

    @Test
    void a_title_alone_resolves_through_the_office_terms_by_date() {
        assertThat(people("The President of Uzbekistan spoke first.", "en", LocalDate.of(2024, 5, 2)))
                .extracting(PersonRef::slug).containsExactly("mirziyoyev");
        assertThat(people("Президент Казахстана выступил первым.", "ru", LocalDate.of(2015, 5, 2)))
                .extracting(PersonRef::slug).containsExactly("nazarbayev");
    }

    @Test
    void a_counterpart_holds_the_office_of_the_other_side() {
        List<PersonRef> p = people("Uzbek President Shavkat Mirziyoyev held talks with his Kazakh counterpart.",
                "en", LocalDate.of(2024, 5, 2));
        assertThat(p).extracting(PersonRef::slug, PersonRef::role, PersonRef::country)
                .containsExactly(tuple("mirziyoyev", "president", "UZ"), tuple("tokayev", "president", "KZ"));
    }

    @Test
    void a_surname_alone_later_in_the_article_is_the_person_named_in_full() {
        List<SentenceAnalysis> s = Stages.withPeople("Ghanaian President Kwame Asante Boateng arrived in Nairobi. "
                + "Boateng said the visit would deepen ties.", "en", LocalDate.of(2025, 3, 3));
        assertThat(s.get(1).people()).hasSize(1);
        assertThat(s.get(1).people().getFirst().slug()).isEqualTo(s.get(0).people().getFirst().slug());
        assertThat(s.get(1).people().getFirst().nameEn()).isEqualTo("Kwame Asante Boateng");
    }

    @Test
    void an_arabic_title_with_an_adjective_and_a_name_is_an_open_person_with_a_latin_name() {
        List<PersonRef> p = people("قال وزير الخارجية الغاني كوامي أحمد بواتينغ إن المحادثات مثمرة.", "ar", LocalDate.of(2025, 3, 3));
        assertThat(p).hasSize(1);
        assertThat(p.getFirst()).extracting(PersonRef::role, PersonRef::country, PersonRef::asWritten)
                .containsExactly("foreign_minister", "GH", "كوامي أحمد بواتينغ");
        assertThat(p.getFirst().nameEn()).matches("[A-Z][A-Za-z -]+");
    }

    @Test
    void countries_are_found_with_the_form_that_names_them() {
        List<SentenceAnalysis> s = Stages.withPeople("Egyptian officials arrived in Riyadh from Egypt.", "en", LocalDate.of(2025, 3, 3));
        assertThat(s.getFirst().countries()).extracting(CountryRef::code, CountryRef::kind)
                .containsExactly(tuple("EG", "adjective"), tuple("SA", "capital"), tuple("EG", "name"));
    }

    @Test
    void a_title_line_in_title_case_does_not_make_names_of_its_capitals() {
        assertThat(people("Uzbek President Highlights Regional Integration At Forum\nThe forum opened.", "en",
                LocalDate.of(2024, 5, 2))).extracting(PersonRef::nameEn).containsOnlyNulls();
    }

    @Test
    void in_an_undated_article_a_title_alone_is_the_person_the_article_names_with_it() {
        List<SentenceAnalysis> s = Stages.withPeople("أجرى الشيخ محمد بن زايد آل نهيان ولي عهد أبوظبي، اتصالا هاتفيا. "
                + "وأطلع رئيس دولة كازاخستان ولي عهد أبو ظبي على آخر المستجدات.", "ar", null);
        assertThat(s.get(0).people()).extracting(PersonRef::slug, PersonRef::role)
                .containsExactly(tuple("mohamed-bin-zayed", "crown_prince"));
        assertThat(s.get(1).people()).extracting(PersonRef::slug).contains("mohamed-bin-zayed");
    }

    @Test
    void a_place_after_a_title_is_not_its_country() {
        assertThat(people("Egyptian President Abdel Fattah El-Sisi received his Turkish counterpart at Cairo Airport.",
                "en", LocalDate.of(2022, 11, 20))).extracting(PersonRef::role, PersonRef::country)
                .containsExactly(tuple("president", "EG"), tuple("president", "TR"));
    }

    @Test
    void a_title_without_a_country_and_the_surname_of_its_holder_is_that_person() {
        assertThat(people("التقى الرئيس السيسي مع رئيس الوزراء الياباني.", "ar", LocalDate.of(2023, 9, 9)))
                .extracting(PersonRef::slug, PersonRef::role, PersonRef::country)
                .contains(tuple("el-sisi", "president", "EG"));
        assertThat(people("President Erdogan spoke first.", "en", LocalDate.of(2023, 9, 9)))
                .extracting(PersonRef::slug).containsExactly("erdogan");
    }

    @Test
    void an_arabic_name_with_abd_joined_or_spaced_is_the_same_person() {
        assertThat(people("عقد الرئيس عبدالفتاح السيسي لقاءات.", "ar", LocalDate.of(2023, 9, 9)))
                .extracting(PersonRef::slug).containsExactly("el-sisi");
    }

    @Test
    void an_honorific_between_a_title_and_a_name_is_not_a_second_title() {
        assertThat(people("استقبل ولي العهد السعودي الأمير محمد بن سلمان، الرئيس الأوزبكي في جدة.", "ar",
                LocalDate.of(2023, 8, 17))).extracting(PersonRef::slug, PersonRef::role, PersonRef::country)
                .containsExactly(tuple("mohammed-bin-salman", "crown_prince", "SA"), tuple("mirziyoyev", "president", "UZ"));
    }

    @Test
    void a_deputy_prime_minister_who_is_also_foreign_minister_is_recorded_as_deputy_prime_minister() {
        assertThat(people("Jordanian Deputy Prime Minister and Foreign Minister Ayman Safadi arrived.", "en",
                LocalDate.of(2024, 5, 2))).extracting(PersonRef::role, PersonRef::country)
                .containsExactly(tuple("deputy_prime_minister", "JO"));
        assertThat(people("بحث نائب رئيس مجلس الوزراء الإماراتي وزير الخارجية الشيخ عبدالله بن زايد آل نهيان اليوم.",
                "ar", LocalDate.of(2024, 5, 2))).extracting(PersonRef::slug, PersonRef::role, PersonRef::country)
                .containsExactly(tuple("abdullah-bin-zayed", "deputy_prime_minister", "AE"));
    }

    @Test
    void a_known_person_in_a_spelling_or_case_form_the_reference_data_does_not_list_is_that_person() {
        assertThat(people("Президент России Владимир Путин провел телефонный разговор с президентом ЮАР Сирилом Рамафозой.", "ru",
                LocalDate.of(2026, 2, 10))).extracting(PersonRef::slug).containsExactly("putin", "ramaphosa");
    }

    @Test
    void a_name_before_a_comma_and_its_title_is_the_person_the_title_describes() {
        List<PersonRef> en = people("Kwame Asante Boateng, President of Ghana, and Tomas Reyes Vidal, Foreign Minister of Chile, spoke.",
                "en", LocalDate.of(2025, 3, 3));
        assertThat(en).extracting(PersonRef::nameEn, PersonRef::role, PersonRef::country)
                .containsExactly(tuple("Kwame Asante Boateng", "president", "GH"),
                        tuple("Tomas Reyes Vidal", "foreign_minister", "CL"));
        // an Arabic list: "و" joins the names and is not part of the second one
        List<PersonRef> ar = people("التقى الرئيس مع كل من كوامي بواتينغ، رئيس جمهورية غانا، وتوماس رييس، وزير الخارجية التشيلي.",
                "ar", LocalDate.of(2025, 3, 3));
        assertThat(ar).extracting(PersonRef::asWritten, PersonRef::role, PersonRef::country)
                .containsExactly(tuple("كوامي بواتينغ", "president", "GH"), tuple("توماس رييس", "foreign_minister", "CL"));
        // one capitalised word before the comma may be any sentence's first word: not a name
        assertThat(people("Meanwhile, President of Ghana spoke.", "en", LocalDate.of(2025, 3, 3)))
                .extracting(PersonRef::open).doesNotContain(true);
    }

    @Test
    void an_ambassador_to_a_country_is_named_after_both_countries() {
        List<PersonRef> p = people("Посол Ганы в Чили Кваме Боатенг встретился с министром.", "ru", LocalDate.of(2025, 3, 3));
        assertThat(p).extracting(PersonRef::role, PersonRef::country, PersonRef::asWritten)
                .containsExactly(tuple("ambassador", "GH", "Кваме Боатенг"));
    }

    @Test
    void a_bare_title_is_the_one_person_of_that_office_the_article_names() {
        List<SentenceAnalysis> s = Stages.withPeople("Ghanaian President Kwame Asante Boateng arrived in Santiago. "
                + "The President then met Chilean Foreign Minister Tomas Reyes Vidal.", "en", LocalDate.of(2025, 3, 3));
        assertThat(s.get(1).people()).extracting(PersonRef::nameEn, PersonRef::role, PersonRef::country)
                .containsExactly(tuple("Kwame Asante Boateng", "president", "GH"), tuple("Tomas Reyes Vidal", "foreign_minister", "CL"));
        // a Russian title's lower-case genitive belongs to it: the country after it is the title's
        assertThat(people("Министр нефти Ганы Кваме Боатенг выступил.", "ru", LocalDate.of(2025, 3, 3)))
                .extracting(PersonRef::role, PersonRef::country).containsExactly(tuple("minister", "GH"));
        // in the plural, or a former holder, it is nobody in particular
        List<SentenceAnalysis> plural = Stages.withPeople("Ghanaian President Kwame Asante Boateng arrived in Santiago. "
                + "The Presidents of both countries had met before. The former President spoke.", "en", LocalDate.of(2025, 3, 3));
        assertThat(plural.get(1).people()).isEmpty();
        assertThat(plural.get(2).people()).isEmpty();
    }

    @Test
    void a_person_named_once_with_a_title_holds_that_office_where_the_article_names_him_bare() {
        // Sabah Al-Khalid was first deputy prime minister and foreign minister, later crown prince: an undated article
        // that titles him so keeps that office for his bare name too
        List<SentenceAnalysis> s = Stages.withPeople("بحث النائب الأول لرئيس مجلس الوزراء وزير الخارجية الشيخ صباح الخالد "
                + "مع وزير الخارجية الياباني.\nواستقبل الشيخ صباح الخالد أمس السفير.", "ar", null);
        assertThat(s.get(1).people()).filteredOn(p -> p.country() != null && p.country().equals("KW"))
                .extracting(PersonRef::role).containsOnly("deputy_prime_minister");
    }

    @Test
    void a_speaker_of_a_named_parliament_of_a_country_is_that_countrys_speaker() {
        List<PersonRef> p = people("Shirin Rahman Chowdhury, Speaker of the Jatiya Sangsad of Bangladesh, arrived.", "en",
                LocalDate.of(2025, 3, 3));
        assertThat(p).extracting(PersonRef::nameEn, PersonRef::role, PersonRef::country)
                .containsExactly(tuple("Shirin Rahman Chowdhury", "speaker", "BD"));
        // an institution after the title is not a name
        assertThat(people("Speaker of the Australian House of Representatives arrived.", "en", LocalDate.of(2025, 3, 3)))
                .extracting(PersonRef::nameEn).doesNotContain("House");
    }

    @Test
    void a_generic_minister_title_is_the_one_minister_of_that_country_the_article_names() {
        List<SentenceAnalysis> s = Stages.withPeople("التقى الرئيس الغاني كوامي بواتينغ وزير الخارجية التشيلي محمد رييس.\n"
                + "وكان الوزير التشيلي قد التقى نظيره الغاني أمس.", "ar", LocalDate.of(2025, 3, 3));
        assertThat(s.get(1).people()).filteredOn(p -> "CL".equals(p.country()))
                .extracting(PersonRef::asWritten, PersonRef::role).containsExactly(tuple("محمد رييس", "foreign_minister"));
    }

    @Test
    void a_known_name_after_bin_is_the_fathers_and_part_of_the_name() {
        List<PersonRef> p = people("استقبل الرئيس الغاني كوامي بواتينغ وزير دفاع المملكة العربية السعودية صاحب السمو الملكي "
                + "الأمير خالد بن سلمان بن عبد العزيز.", "ar", LocalDate.of(2024, 3, 23));
        assertThat(p).extracting(PersonRef::role, PersonRef::country)
                .containsExactly(tuple("president", "GH"), tuple("minister", "SA"));
        assertThat(p.get(1).asWritten()).startsWith("خالد بن سلمان");
    }

    @Test
    void an_envoy_of_an_office_holder_is_the_envoy_not_the_holder() {
        List<PersonRef> ru = people("Путин рассказал о встрече со спецпосланником президента США Стивом Уиткоффом.", "ru",
                LocalDate.of(2025, 8, 8));
        assertThat(ru).filteredOn(p -> "US".equals(p.country())).extracting(PersonRef::role, PersonRef::open)
                .containsExactly(tuple("other", true));
        List<PersonRef> ar = people("واستقبل الوزير المبعوث الخاص للرئيس الفرنسي.", "ar", LocalDate.of(2018, 1, 10));
        assertThat(ar).filteredOn(p -> "FR".equals(p.country())).extracting(PersonRef::role).containsExactly("other");
    }

    @Test
    void a_title_repeated_with_its_authors_name_is_no_name_after_a_title() {
        List<SentenceAnalysis> s = Stages.withPeople("Путин провел переговоры с королем Бахрейна\n"
                + "Путин провел переговоры с королем Бахрейна Юлия Шелковенко\n"
                + "Президент России Владимир Путин провел переговоры с королем Бахрейна Хамадом Бен Исой Аль Халифой.",
                "ru", LocalDate.of(2025, 6, 28));
        assertThat(s.get(1).people()).extracting(PersonRef::asWritten).doesNotContain("Юлия Шелковенко");
    }

    @Test
    void a_title_and_a_surname_a_father_and_son_share_is_the_one_in_office_on_the_day() {
        assertThat(people("President Aliyev spoke.", "en", LocalDate.of(2020, 5, 2))).extracting(PersonRef::slug)
                .containsExactly("aliyev-ilham");
        assertThat(people("President Aliyev spoke.", "en", LocalDate.of(1998, 5, 2))).extracting(PersonRef::slug)
                .containsExactly("aliyev-heydar");
        assertThat(people("Президент Алиев выступил.", "ru", LocalDate.of(2020, 5, 2))).extracting(PersonRef::slug)
                .containsExactly("aliyev-ilham");
    }

    @Test
    void a_datelines_capital_before_a_title_is_not_the_titles_country() {
        assertThat(people("TOKYO – President Marcos and Japanese Prime Minister Fumio Kishida agreed.", "en",
                LocalDate.of(2023, 12, 18))).extracting(PersonRef::slug, PersonRef::country)
                .containsExactly(tuple("marcos-jr", "PH"), tuple("kishida", "JP"));
    }

    @Test
    void a_known_person_before_two_titles_of_no_country_holds_the_first_and_a_woman_vice_president_is_one() {
        List<PersonRef> p = people("President William Ruto received Sheikh Abdullah bin Zayed Al Nahyan, Deputy Prime "
                + "Minister and Minister of Foreign Affairs, in Nairobi.", "en", LocalDate.of(2025, 5, 9));
        assertThat(p).extracting(PersonRef::slug, PersonRef::role, PersonRef::country)
                .contains(tuple("abdullah-bin-zayed", "deputy_prime_minister", "AE"));
        assertThat(people("والتقى الوزير نائبة الرئيس الأرجنتيني.", "ar", LocalDate.of(2016, 5, 2)))
                .extracting(PersonRef::role, PersonRef::country).containsExactly(tuple("vice_president", "AR"));
    }

    @Test
    void a_crown_prince_who_is_also_prime_minister_is_recorded_by_the_first_title() {
        assertThat(people("Crown Prince and Prime Minister Mohammed bin Salman received the Emir of Kuwait.", "en",
                LocalDate.of(2024, 1, 2)))
                .extracting(PersonRef::slug, PersonRef::role).contains(tuple("mohammed-bin-salman", "crown_prince"));
    }

    @Test
    void the_head_of_a_presidents_administration_is_not_the_president() {
        assertThat(people("Об этом заявил глава администрации белорусского президента Дмитрий Крутой.", "ru",
                LocalDate.of(2025, 11, 1))).extracting(PersonRef::role).doesNotContain("president");
    }

    @Test
    void a_surname_in_another_spelling_of_a_name_named_in_full_is_that_person_later() {
        // the reference lists Scholz in Arabic as "أولاف شولتس", the press's "أولاف شولتز" as an alias
        List<SentenceAnalysis> s = Stages.withPeople("التقى رئيس الوزراء الياباني فوميو كيشيدا والمستشار الألماني أولاف شولتز. "
                + "وأكد كيشيدا بحضور شولتز أن الجانبين متفقان.", "ar", LocalDate.of(2022, 4, 29));
        assertThat(s.get(1).people()).extracting(PersonRef::slug).containsExactly("kishida", "scholz");
    }

    @Test
    void a_surname_next_to_a_title_its_bearer_held_is_that_person_even_in_an_undated_article() {
        assertThat(people("استقبل الرئيس بشار الأسد أرياسا وزير العلاقات الخارجية الفنزويلي في دمشق.", "ar", null))
                .extracting(PersonRef::slug).contains("arreaza");
        // a father's name is not a surname, nor a given name before a surname
        assertThat(people("وتلقى الأمير فيصل بن فرحان بن عبدالله وزير الخارجية رسالة من نظيره البرازيلي.", "ar", null))
                .extracting(PersonRef::slug).doesNotContain("abdullah-abdullah");
        assertThat(people("Joining them was Finance Minister Fernando Haddad.", "en", LocalDate.of(2024, 5, 2)))
                .extracting(PersonRef::country).doesNotContain("LK");
    }

    @Test
    void a_hyphenated_name_written_with_a_space_is_the_same_person_and_its_first_part_no_title() {
        List<SentenceAnalysis> s = Stages.withPeople("Iranian Foreign Minister Hossein Amir Abdollahian and his Omani "
                + "counterpart held phone talks. Amir Abdollahian also underlined the agreements.", "en", LocalDate.of(2022, 6, 24));
        assertThat(s.get(0).people()).extracting(PersonRef::slug).contains("amir-abdollahian");
        assertThat(s.get(1).people()).extracting(PersonRef::slug, PersonRef::role)
                .containsExactly(tuple("amir-abdollahian", "foreign_minister"));
    }

    @Test
    void a_title_of_another_country_after_a_known_person_is_the_next_persons_and_a_deputy_crown_prince_is_no_crown_prince() {
        assertThat(people("واستقبل خادم الحرمين الشريفين، الملك سلمان بن عبدالعزيز، رئيس وزراء نيوزيلندا، جون كي، في قصر اليمامة.",
                "ar", LocalDate.of(2015, 4, 28))).extracting(PersonRef::slug, PersonRef::role, PersonRef::country)
                .containsExactly(tuple("salman-bin-abdulaziz", "monarch", "SA"), tuple("john-key", "prime_minister", "NZ"));
        assertThat(people("وكان ولي ولي العهد الأمير محمد بن نايف في استقبال الضيف.", "ar", LocalDate.of(2015, 4, 28)))
                .extracting(PersonRef::role).doesNotContain("crown_prince");
    }

    @Test
    void a_foreign_ministers_long_title_after_deputy_prime_minister_is_one_person() {
        assertThat(people("Italian Deputy Prime Minister and Minister of Foreign Affairs and International Cooperation, "
                + "Antonio Tajani, spoke by phone to his Algerian colleague.", "en", LocalDate.of(2023, 3, 29)))
                .filteredOn(p -> "IT".equals(p.country()))
                .extracting(PersonRef::slug, PersonRef::role).containsExactly(tuple("tajani", "deputy_prime_minister"));
    }

    @Test
    void a_known_person_called_a_counterpart_holds_his_own_office() {
        // undated: Khurelsukh's latest office is president, Abe's prime minister
        assertThat(people("Ukhnaagiin Khurelsukh held talks with his Japanese counterpart Shinzo Abe.",
                "en", null)).extracting(PersonRef::slug, PersonRef::role).contains(tuple("abe", "prime_minister"));
    }

    @Test
    void a_chancellor_is_a_head_of_government_in_germany_a_foreign_minister_in_latin_america_and_else_an_adviser() {
        assertThat(people("والتقى المستشار الألماني أولاف شولتز الرئيس الفرنسي.", "ar", LocalDate.of(2022, 4, 29)))
                .extracting(PersonRef::slug, PersonRef::role).contains(tuple("scholz", "prime_minister"));
        assertThat(people("Argentine Chancellor Diana Mondino arrived in Brasilia.", "en", LocalDate.of(2024, 4, 15)))
                .extracting(PersonRef::slug, PersonRef::role).containsExactly(tuple("mondino", "foreign_minister"));
        assertThat(people("استقبل النائب الثاني لرئيس مجلس الوزراء المستشار والمبعوث الخاص لخادم الحرمين الشريفين الأمير "
                + "مقرن بن عبدالعزيز وزير الخارجية المكسيكي.", "ar", LocalDate.of(2014, 5, 2)))
                .extracting(PersonRef::role).doesNotContain("prime_minister");
    }

    @Test
    void an_arabic_family_name_written_without_its_article_is_the_same_person() {
        // the reference holds "عبد الحميد الدبيبة"; the press writes "عبدالحميد دبيبة" too (not Bangladesh's Abdul Hamid)
        assertThat(people("والتقت رئيسة الوزراء الإيطالية جورجيا ميلوني في روما عبدالحميد دبيبة رئيس حكومة الوحدة الوطنية.",
                "ar", LocalDate.of(2023, 5, 31))).extracting(PersonRef::slug).containsExactly("meloni", "dbeibeh");
    }

    @Test
    void an_assistant_to_a_minister_is_not_the_minister() {
        assertThat(people("At the airport, Special Assistant to the Foreign Minister of Japan Seiichi Otsuka greeted the guest.", "en",
                LocalDate.of(2019, 10, 21))).extracting(PersonRef::role).doesNotContain("foreign_minister");
        assertThat(people("استقبل مساعد وزير الخارجية المصري السفير الياباني.", "ar", LocalDate.of(2019, 10, 21)))
                .extracting(PersonRef::role).doesNotContain("foreign_minister");
    }

    @Test
    void a_foreign_name_in_arabic_letters_is_read_right_after_a_title_and_its_countrys_adjective() {
        List<PersonRef> p = people("عقد رئيس البرلمان مباحثات مع رئيسة مجلس النواب الإسبانية ميريتشيل باتيت وذلك على هامش المؤتمر.",
                "ar", LocalDate.of(2021, 11, 28));
        assertThat(p).filteredOn(x -> "ES".equals(x.country())).singleElement()
                .satisfies(x -> assertThat(x.asWritten()).isEqualTo("ميريتشيل باتيت"));
        // not a clause after a title: "the minister said that Egypt is a link"
        assertThat(people("وقال وزير الخارجية إن مصر تمثل جسرا للتجارة.", "ar", LocalDate.of(2021, 11, 28)))
                .allSatisfy(x -> assertThat(x.asWritten()).isNull());
    }

    @Test
    void an_arabic_name_before_a_comma_and_its_title_is_read_after_a_title_and_its_final_ta_marbuta_is_an_a() {
        List<PersonRef> p = people("وودع رئيس الوزراء الفيتنامي السفيرة أمل سلامة، سفيرة مصر لدى فيتنام، في هانوي.", "ar",
                LocalDate.of(2023, 5, 2));
        assertThat(p).filteredOn(x -> "EG".equals(x.country())).singleElement().satisfies(x -> {
            assertThat(x.asWritten()).isEqualTo("أمل سلامة");
            assertThat(x.nameEn()).isEqualTo("Aml Slama");
        });
    }

    @Test
    void an_arabic_envoys_host_country_with_its_preposition_written_on_stands_between_title_and_name() {
        assertThat(people("وكان بين الحضور سفير الجزائر بالصين السيد حسن رابحي.", "ar", LocalDate.of(2023, 7, 20)))
                .singleElement().satisfies(x -> {
                    assertThat(x.role()).isEqualTo("ambassador");
                    assertThat(x.country()).isEqualTo("DZ");
                    assertThat(x.asWritten()).isEqualTo("حسن رابحي");
                });
    }

    @Test
    void the_name_of_a_body_after_a_title_is_no_part_of_a_persons_name() {
        assertThat(people("He was received by Ambassador of Qatar Parliamentary Friendship Association Tadahiko Ito.", "en",
                LocalDate.of(2019, 10, 21))).extracting(PersonRef::nameEn)
                .noneMatch(n -> n != null && n.contains("Association"));
    }

    @Test
    void the_president_of_a_countrys_government_is_its_prime_minister() {
        assertThat(people("King Mohammed VI received the President of the Spanish Government, Pedro Sánchez, in Rabat.",
                "en", null)).extracting(PersonRef::slug, PersonRef::role).contains(tuple("sanchez-pedro", "prime_minister"));
    }

    @Test
    void a_spelling_the_reference_data_does_not_list_is_the_office_holder_of_the_day_whose_name_it_is_near() {
        // "لي كيانج" fits Li Qiang and Li Keqiang alike: the premier of the day
        assertThat(people("والتقى رئيس الوزراء الصيني لي كيانج بالرئيس المصري.", "ar", LocalDate.of(2024, 9, 9)))
                .extracting(PersonRef::slug).contains("li-qiang");
        assertThat(people("والتقى رئيس الوزراء الصيني لي كيانج بالرئيس المصري.", "ar", LocalDate.of(2016, 9, 4)))
                .extracting(PersonRef::slug).contains("li-keqiang");
        // a letter more than any listed form, with or without a date
        for (LocalDate day : java.util.Arrays.asList(LocalDate.of(2023, 5, 2), null)) {
            assertThat(people("واستقبل الرئيس الأوزبكي شوكت ميرزيانييف وزير الخارجية العماني.", "ar", day))
                    .extracting(PersonRef::slug).contains("mirziyoyev");
        }
        // a name far from the holder's stays an open name
        assertThat(people("واستقبل الرئيس الأوزبكي كريم ناصروف وزير الخارجية العماني.", "ar", LocalDate.of(2023, 5, 2)))
                .filteredOn(PersonRef::open).extracting(PersonRef::country).containsExactly("UZ");
    }

    @Test
    void officials_below_the_top_offices_are_other_participants_and_a_province_emir_is_no_monarch() {
        assertThat(people("Pakistani Army Chief General Farid Nawaz met the Saudi defence minister.", "en",
                LocalDate.of(2024, 5, 2))).extracting(PersonRef::role, PersonRef::country, PersonRef::nameEn)
                .contains(tuple("other", "PK", "Farid Nawaz"));
        assertThat(people("Провел встречу секретарь Совета безопасности Египта Ахмед Саид.", "ru", LocalDate.of(2024, 5, 2)))
                .extracting(PersonRef::role, PersonRef::country).contains(tuple("other", "EG"));
        List<PersonRef> emir = people("واستقبل أمير منطقة الرياض السفير الكويتي.", "ar", LocalDate.of(2024, 5, 2));
        assertThat(emir).extracting(PersonRef::role).doesNotContain("monarch");
    }

    @Test
    void a_known_name_after_bin_is_a_fathers_name_in_someone_elses() {
        // Sultan bin Abdulaziz is known; Badr, his son, is not
        assertThat(people("وكان في استقباله الأمير بدر بن سلطان بن عبدالعزيز أمير منطقة مكة المكرمة.", "ar",
                LocalDate.of(2022, 8, 17))).extracting(PersonRef::slug).doesNotContain("sultan-bin-abdulaziz");
    }

    @Test
    void whoever_sends_greetings_or_a_message_or_is_to_receive_them_is_not_at_the_meeting() {
        LocalDate day = LocalDate.of(2023, 6, 1);
        assertThat(people("وخلال اللقاء نقل الوزير العماني تحيات السلطان هيثم بن طارق إلى الرئيس.", "ar", day))
                .extracting(PersonRef::slug).doesNotContain("haitham-bin-tariq");
        assertThat(people("Секретарь Совбеза передал египетскому лидеру приветствие Владимира Путина.", "ru", day))
                .extracting(PersonRef::slug).doesNotContain("putin");
        assertThat(people("The envoy conveyed President Vladimir Putin's greetings to the Egyptian president.", "en", day))
                .extracting(PersonRef::slug).doesNotContain("putin");
        assertThat(people("He delivered a letter from President Vladimir Putin.", "en", day))
                .extracting(PersonRef::slug).doesNotContain("putin");
        // greetings exchanged before the talks take no one out
        assertThat(people("After conveying greetings, President Vladimir Putin held talks with Egyptian President "
                + "Abdel Fattah al-Sisi.", "en", day)).extracting(PersonRef::slug).contains("putin", "el-sisi");
    }

    @Test
    void an_arabic_name_before_a_title_after_a_rank_or_of_five_words_with_bin_and_of_the_other_side() {
        // (names made up) a rank with "with" written onto it, and a title that leaves out the writer's own country
        List<PersonRef> p = people("التقى معالي سالم بن راشد بن حمد الكعبي، وزير الدولة لشؤون الدفاع، بالفريق أول "
                + "ناظم قاسموف، وزير دفاع جمهورية أذربيجان. وأكد الجانبان عمق العلاقات بين الإمارات وأذربيجان.",
                "ar", LocalDate.of(2026, 2, 3));
        assertThat(p).extracting(PersonRef::asWritten, PersonRef::role, PersonRef::country).contains(
                tuple("سالم بن راشد بن حمد الكعبي", "minister", "AE"), tuple("ناظم قاسموف", "minister", "AZ"));
        // the head of a body is no office of a state
        assertThat(people("والتقى الرئيس بكل من سارة لينز، رئيسة المفوضية الأوروبية، والرئيس الفرنسي.", "ar",
                LocalDate.of(2024, 9, 9))).extracting(PersonRef::asWritten).doesNotContain("سارة لينز");
    }

    @Test
    void a_south_asian_foreign_secretary_is_an_official_and_a_british_one_the_minister() {
        assertThat(people("Indian Foreign Secretary Vikram Misri met the Nepali ambassador.", "en", LocalDate.of(2024, 9, 9)))
                .extracting(PersonRef::role, PersonRef::country).contains(tuple("other", "IN"));
        assertThat(people("British Foreign Secretary David Lammy met the Nepali ambassador.", "en", LocalDate.of(2024, 9, 9)))
                .extracting(PersonRef::role, PersonRef::country).contains(tuple("foreign_minister", "GB"));
    }

    @Test
    void words_of_a_visit_after_an_arabic_title_are_no_name_and_the_bare_title_is_the_one_named() {
        List<SentenceAnalysis> s = Stages.withPeople("استقبل الرئيس عبدالفتاح السيسي اليوم الرئيس الكيني أوهورو كينياتا. "
                + "كما جدد الرئيس الدعوة إلى الرئيس الكيني للقيام بزيارة رسمية إلى مصر.", "ar", null);
        assertThat(s.get(1).people()).extracting(PersonRef::slug).contains("uhuru-kenyatta").doesNotContain("ruto");
        assertThat(s.get(1).people()).noneMatch(PersonRef::open);
    }

    @Test
    void a_russian_name_in_the_instrumental_ends_before_a_name_in_the_nominative() {
        // (names made up) the next sentence's subject after a quote's lead is not part of the speaker's name
        assertThat(people("На встрече со спикером парламента Египта Ахмедом Саидовым Хасан сообщил о визите.", "ru",
                LocalDate.of(2024, 5, 2))).extracting(PersonRef::asWritten).contains("Ахмедом Саидовым");
        // a name of the nominative ending like the instrumental's "-им" is no case form
        assertThat(people("Эмир Катара Тамим бин Хамад аль-Тани провел переговоры.", "ru", LocalDate.of(2024, 5, 2)))
                .extracting(PersonRef::slug).contains("tamim-bin-hamad");
    }

    @Test
    void malaysian_styles_before_a_name_are_no_part_of_it() {
        // (names made up)
        assertThat(people("He met Malaysian Deputy Prime Minister the Honourable Dato' Seri Dr Rahim Osman Hamzah.", "en",
                LocalDate.of(2024, 11, 21))).extracting(PersonRef::asWritten).contains("Rahim Osman Hamzah");
        assertThat(people("He met Malaysian Foreign Minister H.E. Tan Sri Dato' Dr Kamal bin Yusof.", "en",
                LocalDate.of(2024, 11, 21))).extracting(PersonRef::asWritten).contains("Kamal bin Yusof");
        // "Tan" alone is a family name
        assertThat(people("He met Singaporean Foreign Minister Tan Wei Ming.", "en", LocalDate.of(2024, 11, 21)))
                .extracting(PersonRef::asWritten).contains("Tan Wei Ming");
    }

    @Test
    void whose_envoy_is_met_and_who_a_clause_about_the_guest_names_are_not_at_the_meeting() {
        LocalDate day = LocalDate.of(2023, 9, 22);
        assertThat(people("Anwar also met United States President Joe Biden's climate envoy, John Kerry.", "en", day))
                .extracting(PersonRef::slug).doesNotContain("biden").contains("kerry");
        assertThat(people("Prime Minister Anwar Ibrahim also met John Kerry, who was the US Secretary of State under President Barack Obama.", "en",
                day)).extracting(PersonRef::slug).containsExactly("anwar", "kerry");
        // a clause that tells who else came keeps them
        assertThat(people("Anwar met Iraqi Prime Minister Mohammed Shia al-Sudani, who was accompanied by Foreign Minister "
                + "Fuad Hussein.", "en", day)).extracting(PersonRef::country).contains("IQ", "IQ");
    }

    @Test
    void an_honorific_between_a_title_and_a_known_name_leaves_the_title_its_office() {
        assertThat(people("وتستضيف أستراليا ولي العهد الأمير سلمان بن عبد العزيز في القمة.", "ar", LocalDate.of(2014, 11, 1)))
                .extracting(PersonRef::slug, PersonRef::role).contains(tuple("salman-bin-abdulaziz", "crown_prince"));
    }

    @Test
    void a_known_holder_named_under_a_title_without_a_country_is_of_his_own_country() {
        // a British paper: the United Kingdom is named most, but the sultan is Oman's
        assertThat(people("Britain's queen hosted guests in the United Kingdom. Sultan Haitham bin Tarik also met with the "
                + "British foreign secretary in London, the United Kingdom.", "en", LocalDate.of(2021, 12, 16)))
                .filteredOn(p -> p.role().equals("monarch")).extracting(PersonRef::slug, PersonRef::country)
                .contains(tuple("haitham-bin-tariq", "OM"));
    }
}
