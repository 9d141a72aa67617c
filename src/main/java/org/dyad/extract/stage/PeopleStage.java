package org.dyad.extract.stage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dyad.extract.gazetteer.Gazetteer;
import org.dyad.extract.gazetteer.Gazetteer.Match;
import org.dyad.extract.gazetteer.Gazetteer.Type;
import org.dyad.extract.people.KnownNames;
import org.dyad.extract.people.OpenNames;
import org.dyad.extract.text.Token;
import org.dyad.extract.time.DateMention;
import org.dyad.reference.files.ReferenceData;
import org.dyad.reference.files.ReferenceData.OfficeTermRow;

/**
 * People and titles: who each sentence names or designates — a person the reference data knows, a
 * title with a country and a name it does not know ("Indian Prime Minister Narendra Modi"), a title
 * alone resolved through the office terms by date, a counterpart, a surname alone — and the
 * countries it names. Joins the mentions of one person across the article. Thread-safe once built.
 */
public final class PeopleStage {

    private final Map<String, List<OfficeTermRow>> termsByPerson = new HashMap<>();
    private final Map<String, List<OfficeTermRow>> termsByOffice = new HashMap<>();
    private final OpenNames names;
    private final KnownNames knownNames;
    /** A known person's given name and family name, folded, by language and slug ("en|anwar" → "anwar", "ibrahim"). */
    private final Map<String, Set<String>> nameWords = new HashMap<>();
    /** Known people by language and folded last name, shared or not ("en|marcos": the father and the son). */
    private final Map<String, Set<String>> knownBySurname = new HashMap<>();

    public PeopleStage(ReferenceData data) {
        List<String> arabicNames = new ArrayList<>();
        data.people().forEach(p -> arabicNames.add(p.nameAr()));
        data.personAliases().stream().filter(a -> a.lang().equals("ar")).forEach(a -> arabicNames.add(a.alias()));
        this.names = new OpenNames(arabicNames, org.dyad.extract.people.ArabicSpellings.of(data));
        for (OfficeTermRow t : data.officeTerms()) {
            termsByPerson.computeIfAbsent(t.slug(), k -> new ArrayList<>()).add(t);
            termsByOffice.computeIfAbsent(t.countryCode() + "|" + t.role(), k -> new ArrayList<>()).add(t);
        }
        this.knownNames = KnownNames.of(data);
        Set<String> familyFirst = org.dyad.extract.gazetteer.Gazetteer.familyNameFirst(data);
        for (var p : data.people()) {
            if (p.nameAr() != null && p.nameAr().contains(" ")) {
                // "السيد بدر": the given name, after an honorific (givenNameMentions)
                String given = org.dyad.extract.text.NormalizedText.of(p.nameAr().split(" ")[0]).text();
                if (given.length() >= 3 && !familyFirst.contains(p.slug())) {
                    nameWords.computeIfAbsent("ar|" + p.slug(), k -> new LinkedHashSet<>()).add(given);
                }
            }
            for (String[] name : List.of(new String[] {"en", p.nameEn()}, new String[] {"ru", p.nameRu()})) {
                if (name[1] == null || !name[1].contains(" ")) {
                    continue;
                }
                String[] words = name[1].split(" ");
                String last = org.dyad.extract.text.NormalizedText.of(words[words.length - 1]).text();
                if (last.length() >= 3) {
                    knownBySurname.computeIfAbsent(name[0] + "|" + last, k -> new LinkedHashSet<>()).add(p.slug());
                }
                // "Yoon" of "Yoon Suk Yeol" is his family name, "Anwar" of "Anwar Ibrahim" his given name
                String family = familyFirst.contains(p.slug()) ? words[0] : words[words.length - 1];
                String given = familyFirst.contains(p.slug()) ? null : words[0];
                for (String w : java.util.Arrays.asList(given, family)) {
                    String folded = w == null ? "" : org.dyad.extract.text.NormalizedText.of(w).text();
                    // family names written first are often short: "Ли" (Lee Jae-myung), "Yoon", "Kim"
                    int shortest = w == family && familyFirst.contains(p.slug()) ? 2 : 4;
                    if (folded.length() >= shortest && !OpenNames.isHonorific(folded, name[0])) {
                        nameWords.computeIfAbsent(name[0] + "|" + p.slug(), k -> new LinkedHashSet<>()).add(folded);
                    }
                }
            }
        }
    }

    /**
     * "Erdogan and Aliyev met in Ankara": a capitalized last name alone that several known people share (a father
     * and a son) is the one of them in a top office on the day, when only one is (English and Russian).
     */
    private void sharedSurnamesInOffice(SentenceAnalysis a, LocalDate day, String lang) {
        if (lang.equals("ar")) {
            return;
        }
        for (int t = 0; t < a.tokens.size(); t++) {
            final int at = t;
            if (a.known[t] || !capitalizedAt(a, t, lang) || capitalizedAt(a, t + 1, lang)
                    || t > 0 && capitalizedAt(a, t - 1, lang) || a.people.stream().anyMatch(p -> p.token() == at)) {
                continue;
            }
            Set<String> slugs = bySurname(a.tokens.get(t).text(), lang, 4);
            if (slugs == null || slugs.size() < 2) {
                continue;
            }
            List<OfficeTermRow> holding = new ArrayList<>();
            for (String slug : slugs) {
                OfficeTermRow term = topTermOn(slug, day);
                if (term != null) {
                    holding.add(term);
                }
            }
            if (holding.size() == 1) {
                PersonRef ref = new PersonRef(t, holding.getFirst().slug(), holding.getFirst().role(),
                        holding.getFirst().countryCode());
                a.people.add(ref);
                a.roleFromTerms.add(ref);
            }
        }
    }

    /**
     * The known people of a last name as written, in Russian also in a case form ("Алиева", "Алиевым": up to two
     * letters of ending cut, the stem at least {@code shortest} letters), or null.
     */
    private Set<String> bySurname(String w, String lang, int shortest) {
        Set<String> slugs = null;
        for (int cut = 0; cut <= (lang.equals("ru") ? 2 : 0) && slugs == null && w.length() - cut >= shortest; cut++) {
            slugs = knownBySurname.get(lang + "|" + w.substring(0, w.length() - cut));
        }
        return slugs;
    }

    /**
     * "President Marcos", "президента Алиева": a title without a country and a last name that several
     * known people share (a father and a son) is the one of them in that office on the day.
     */
    private PersonRef titleAndSharedSurname(SentenceAnalysis a, int from, String role, LocalDate day, String lang) {
        if (lang.equals("ar") || from >= a.tokens.size() || !capitalizedAt(a, from, lang) || a.known[from]) {
            return null;
        }
        if (capitalizedAt(a, from + 1, lang)) {
            return null; // a longer name follows: read as a name, not a surname
        }
        Set<String> slugs = bySurname(a.tokens.get(from).text(), lang, 3);
        if (slugs == null) {
            return null;
        }
        List<OfficeTermRow> holding = new ArrayList<>();
        for (String slug : slugs) {
            termsByPerson.getOrDefault(slug, List.of()).stream()
                    .filter(t -> t.role().equals(role) && covers(t, day)).forEach(holding::add);
        }
        if (holding.size() != 1) {
            return null;
        }
        return new PersonRef(from, holding.getFirst().slug(), role, holding.getFirst().countryCode());
    }

    /**
     * Fills each sentence's people and countries. {@code published} is the article's date (null if
     * it says nowhere when it is): titles resolve to the holder of the office on the sentence's day.
     */
    public void resolve(List<SentenceAnalysis> analyses, LocalDate published, String lang) {
        Set<String> fullNames = new LinkedHashSet<>();
        for (SentenceAnalysis a : analyses) {
            a.matches.stream().filter(m -> m.entry().type() == Type.PERSON).forEach(m -> fullNames.add(m.entry().id()));
            for (int i = 1; i < a.matches.size() && !lang.equals("ar"); i++) {
                // "President Marcos": named by title and surname, so "Marcos" alone later is him too (not in
                // Arabic, where "الأمير فيصل" gives no capital to tell a surname from a given name)
                Match m = a.matches.get(i);
                if (m.entry().type() == Type.SURNAME && a.matches.get(i - 1).entry().type() == Type.ROLE
                        && givenNamesBetween(a, a.matches.get(i - 1).endToken(), m.firstToken())
                        && !capitalizedAt(a, m.endToken(), lang)) { // "вице-премьер Александр Новак": a given name
                    fullNames.add(m.entry().id());
                }
            }
        }
        Map<String, String> recognized = new HashMap<>();
        for (int i = 1; i < Math.min(analyses.size(), 12); i++) {
            // "Путин провел переговоры с королем Бахрейна Юлия Шелковенко": the title again, and its author (in the
            // lines at the top of a page only: bounded work whatever the input)
            String text = analyses.get(i).sentence.text();
            for (int k = 0; k < i; k++) {
                String earlier = analyses.get(k).sentence.text();
                if (earlier.length() >= 20 && text.length() > earlier.length() && text.startsWith(earlier)
                        && text.length() - earlier.length() <= 40) {
                    analyses.get(i).bylineFrom = analyses.get(i).sentence.start() + earlier.length();
                }
            }
        }
        for (SentenceAnalysis a : analyses) {
            LocalDate day = dayOf(a, published);
            resolvePeopleAndCountries(a, fullNames, day == null ? LocalDate.now() : day, day == null, lang, recognized);
        }
        // a name recognized as a known person in one sentence is that person wherever else the article names him
        for (SentenceAnalysis a : analyses) {
            a.people.replaceAll(p -> p.open() && recognized.containsKey(p.slug())
                    ? new PersonRef(p.token(), recognized.get(p.slug()), p.role(), p.country()) : p);
        }
        placeNamedTitles(analyses, recognized, fullNames, lang, published);
        givenNameMentions(analyses, fullNames, lang);
        linkOpenPeople(analyses, lang);
        titledRoles(analyses);
        bareTitles(analyses);
        analyses.forEach(PeopleStage::withoutAbsentees);
    }

    /** Words of an English relative clause that tell who else was at the meeting: those stay. */
    private static final Set<String> ATTENDING = Set.of("accompanied", "joined", "attended", "flanked", "met", "received");

    /**
     * English: the one whose envoy is named ("United States President Joe Biden's climate envoy, John Kerry") and the
     * people of a clause about the person before it ("John Kerry, who was the US Secretary of State … under the
     * administration of President Barack Obama") are not at the meeting.
     */
    private static void withoutPatrons(SentenceAnalysis a) {
        List<org.dyad.extract.text.Token> t = a.tokens;
        java.util.Set<PersonRef> out = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (int k = 0; k < t.size(); k++) {
            String w = t.get(k).text();
            if (possessive(w)) {
                boolean envoy = false;
                for (int j = k + 1; j <= Math.min(t.size() - 1, k + 2) && !envoy; j++) {
                    envoy = envoyWord(t.get(j).text());
                }
                final int at = k;
                if (envoy) {
                    a.people.stream().filter(p -> p.token() <= at && at - p.token() <= 4).reduce((x, y) -> y).ifPresent(out::add);
                }
            }
            if ((w.equals("who") || w.equals("whom")) && k > 0 && t.get(k - 1).text().equals(",")) {
                final int from = k;
                boolean before = a.people.stream().anyMatch(p -> p.token() < from);
                boolean cue = a.cues.stream().anyMatch(c -> c > from);
                boolean attending = false;
                for (int j = k + 1; j < Math.min(t.size(), k + 6) && !attending; j++) {
                    attending = ATTENDING.contains(t.get(j).text());
                }
                if (before && !cue && !attending) {
                    a.people.stream().filter(p -> p.token() > from).forEach(out::add);
                }
            }
        }
        a.people.removeIf(out::contains);
    }

    /** Offices of one holder at a time, by which a name without a country is looked up among all countries'. */
    private static final Set<String> TOP_OFFICES = Set.of("president", "monarch", "crown_prince", "prime_minister",
            "vice_president", "foreign_minister");

    /** Offices whose holder an Arabic text may name before a title that leaves the country out. */
    private static final Set<String> NEW_ENVOY = Set.of("الجديد", "الجديده");
    private static final Set<String> UNPLACED_AFTER = Set.of("speaker", "minister", "foreign_minister", "ambassador",
            "counterpart");
    private static final Set<String> UNPLACED_BEFORE = Set.of("minister", "foreign_minister", "deputy_prime_minister",
            "other", "ambassador");
    /** Bodies an Arabic title may head, not a state's office: "رئيسة المفوضية الأوروبية". */
    private static final Set<String> AR_BODIES = Set.of("المفوضيه", "منظمه", "الاتحاد", "البنك", "الصندوق", "الهيئه",
            "اللجنه", "الجامعه", "الشركه", "المؤسسه", "الوكاله", "المنظمه", "مجموعه", "المجموعه", "غرفه", "الغرفه");

    /** Words for what one person conveys from or to another: greetings, wishes, a message, a letter, an invitation. */
    private static final Set<String> AR_CONVEYED = Set.of("تحيات", "تحيه", "تحياته", "تحياتها", "تمنيات", "تهاني", "تهنئه",
            "رساله", "رسالته", "رسالتها", "دعوه");
    private static final Set<String> EN_CONVEYED = Set.of("greetings", "greeting", "regards", "wishes", "message", "letter",
            "invitation", "congratulations");

    private static boolean conveyedWord(String w, String lang) {
        return switch (lang) {
            case "ar" -> AR_CONVEYED.contains(w.length() > 4 && (w.startsWith("و") || w.startsWith("ب")) ? w.substring(1) : w);
            case "ru" -> w.startsWith("приветстви") || w.equals("привет") || w.startsWith("поздравлени")
                    || w.startsWith("послани") || w.equals("письмо") || w.startsWith("пожелани") || w.startsWith("приглашени");
            default -> EN_CONVEYED.contains(w);
        };
    }

    private static boolean possessive(String token) {
        return token.endsWith("'s") || token.endsWith("’s");
    }

    /** Verbs of conveying: "conveyed", "передал", "نقل". */
    private static final Set<String> AR_CONVEYING = Set.of("نقل", "ينقل", "نقلت", "تنقل", "ابلغ", "ابلغه", "حمل", "حمله",
            "سلم", "يسلم", "سلمه", "تسلم", "يتسلم", "تلقي", "يتلقي", "تلقت", "بنقل", "سلمت");
    private static final Set<String> EN_CONVEYING = Set.of("convey", "conveyed", "conveying", "conveys", "pass", "passed",
            "passing", "deliver", "delivered", "delivering", "extend", "extended", "extending", "send", "sent", "relay",
            "relayed", "carried", "carrying", "handed", "transmitted", "received");

    private static boolean conveyingVerb(String w, String lang) {
        return switch (lang) {
            case "ar" -> AR_CONVEYING.contains(w.length() > 3 && (w.startsWith("و") || w.startsWith("ف")) ? w.substring(1) : w);
            case "ru" -> w.startsWith("передал") || w.startsWith("передать") || w.startsWith("передав")
                    || w.startsWith("переда") && w.length() <= 9 || w.startsWith("вручил") || w.startsWith("вручить")
                    || w.startsWith("вручен") || w.startsWith("получил");
            default -> EN_CONVEYING.contains(w);
        };
    }

    /**
     * People whose greetings, message or invitation are conveyed, or to whom they are to be, are not at the meeting
     * the sentence tells: "نقل تحيات وتمنيات جلالة السلطان هيثم بن طارق إلى الرئيس", "передал приветствие Путина",
     * "conveyed President Putin's greetings". After a word of conveying that a verb of conveying stands before (or
     * that "to" follows), the people up to the next cue of a meeting are taken out of the sentence; none when a comma
     * comes first ("After conveying greetings, President X held talks …").
     */
    private static void withoutAbsentees(SentenceAnalysis a) {
        if (a.people.isEmpty()) {
            return;
        }
        List<org.dyad.extract.text.Token> t = a.tokens;
        if (a.lang.equals("en")) {
            withoutPatrons(a);
        }
        for (int g = 0; g < t.size(); g++) {
            String w = t.get(g).text(); // (folded: lower case)
            if (!conveyedWord(w, a.lang)) {
                continue;
            }
            boolean verb = false;
            for (int k = Math.max(0, g - 5); k < g && !verb; k++) {
                verb = conveyingVerb(t.get(k).text(), a.lang);
            }
            String next = g + 1 < t.size() ? t.get(g + 1).text() : "";
            boolean to = next.equals("to") || next.equals("إلى") || next.equals("الي") || next.equals("الى")
                    || a.lang.equals("ar") && next.startsWith("ل") && next.length() > 3;
            if (!verb && !(to && !w.contains("دعو") && !w.startsWith("invitation") && !w.startsWith("приглаш"))) {
                continue;
            }
            int end = t.size();
            for (int c : a.cues) {
                if (c > g) {
                    end = Math.min(end, c);
                    break;
                }
            }
            final int from = g;
            int firstPerson = a.people.stream().mapToInt(PersonRef::token).filter(k -> k > from).min().orElse(end);
            for (int k = g + 1; k < Math.min(end, firstPerson); k++) {
                if (t.get(k).text().equals(",") || t.get(k).text().equals("،")) {
                    end = g; // "After conveying greetings, President X …": the greetings end at the comma
                    break;
                }
            }
            final int until = end;
            // "conveyed President Putin's greetings": the person just before the possessive
            int possessive = g >= 1 && possessive(t.get(g - 1).text()) ? g - 1
                    : g >= 2 && possessive(t.get(g - 2).text()) ? g - 2 : -1; // "Putin's warm greetings"
            PersonRef owner = possessive < 0 ? null : a.people.stream().filter(p -> p.token() <= possessive)
                    .reduce((x, y) -> y).orElse(null);
            a.people.removeIf(p -> p.token() > from && p.token() < until || p == owner);
            return;
        }
    }

    /**
     * People named after a title that gives no country ("National Assembly Chairman Vuong Dinh Hue", "Minister
     * of Industry Andrei Kuznetsov"): of the country the article is about, the one it names most
     * ({@link #homeCountry}); unplaced when none stands out.
     */
    private void placeNamedTitles(List<SentenceAnalysis> analyses, Map<String, String> recognized, Set<String> fullNames,
            String lang, LocalDate published) {
        Map<String, Integer> mentions = null;
        for (SentenceAnalysis a : analyses) {
            if (a.unplaced.isEmpty()) {
                continue;
            }
            mentions = mentions != null ? mentions : countryMentions(analyses);
            String side = sideOf(a);
            for (SentenceAnalysis.Unplaced u : a.unplaced) {
                // "С российской стороны в беседе также приняли участие вице-премьер Аркадий Дворкович": the side the
                // sentence names, else the article's own side, whoever else the sentence names
                Set<String> placed = new java.util.HashSet<>();
                a.people.forEach(p -> {
                    if (p.country() != null) {
                        placed.add(p.country());
                    }
                });
                // "X، وزير الدولة لشؤون الدفاع، بالفريق أول ذاكر حسنوف، وزير دفاع جمهورية أذربيجان": beside one
                // country's people, of the article's other country
                // (in Arabic, where such a name stands before its title: an English list of one side's officials,
                // "Brazilian officials, including Foreign Minister Mauro Vieira, Finance Minister Fernando Haddad", is one side's)
                String other = side == null && placed.size() == 1 && lang.equals("ar") ? mostNamed(mentions, placed, 1) : "";
                String host = side == null && lang.equals("ar") && Triggers.attendance(a.tokens) ? hostBefore(a, u) : null;
                String country = side != null ? side : host != null ? host : !other.isEmpty() ? other : homeCountry(mentions, Set.of());
                if (u.role().equals("counterpart")) {
                    // "после встречи со своим коллегой Геворгом Папояном": of the article's other country than the
                    // sentence's people
                    country = placed.isEmpty() ? "" : mostNamed(mentions, placed, 1);
                }
                String anywhere = side == null && TOP_OFFICES.contains(u.role())
                        ? knownNames.findAnyCountry(u.role(), u.name().asWritten(), lang) : null;
                if (anywhere != null) {
                    // "Sultan Haitham bin Tarik also met with Prince Charles": a known holder of that office, of his country
                    country = anywhere.substring(0, anywhere.indexOf('|'));
                }
                if (!country.isEmpty()) {
                    LocalDate day = dayOf(a, published);
                    addOpen(a, u.name(), foreignSecretary(a, u.title(), u.role(), country), country, lang, u.title(),
                            recognized, a.openNames, fullNames,
                            day == null ? LocalDate.now() : day, day == null);
                }
            }
            a.people.sort(Comparator.comparingInt(PersonRef::token));
        }
    }

    /**
     * Whether a name starting at token {@code first} opens an item of a list of who attended: right after
     * "بحضور" or "حضر …", a comma, or an honorific ("والمهندس", "الدكتور") after one of them.
     */
    private static boolean listedAt(SentenceAnalysis a, int first) {
        int i = first - 1;
        String w = a.tokens.get(first).text();
        if (w.length() > 3 && w.startsWith("و") && i >= 0 && !a.tokens.get(i).isWord()) {
            return true; // "، وعباس كامل رئيس المخابرات العامة"
        }
        while (i >= 0 && a.tokens.get(i).isWord() && OpenNames.arabicHonorific(a.tokens.get(i).text())) {
            i--;
        }
        if (i < 0) {
            return false;
        }
        Token t = a.tokens.get(i);
        return !t.isWord() && (t.text().equals("،") || t.text().equals(",")) || Triggers.attendance(List.of(t));
    }

    /**
     * "استقبل الرئيس المصري … رئيس وزراء اليونان …، وذلك بحضور … وزير البترول": officials listed as present, a
     * title without a country, are of the side of the one who received or met, the sentence's first person.
     */
    private static String hostBefore(SentenceAnalysis a, SentenceAnalysis.Unplaced u) {
        PersonRef first = a.people.stream().filter(p -> p.country() != null && p.token() < u.name().firstToken())
                .min(Comparator.comparingInt(PersonRef::token)).orElse(null);
        return first == null ? null : first.country();
    }

    /** The country of "с российской стороны", "on the Russian side", "من الجانب الروسي" in the sentence, or null. */
    private static String sideOf(SentenceAnalysis a) {
        for (CountryRef c : a.countries) {
            int t = c.token();
            String before = t > 0 ? a.tokens.get(t - 1).text() : "";
            String after = t + 1 < a.tokens.size() ? a.tokens.get(t + 1).text() : "";
            if (c.kind().equals("adjective") && (after.equals("стороны") || after.equals("side") || before.equals("الجانب"))) {
                return c.code();
            }
        }
        return null;
    }

    private static final Set<String> AR_NAME_HONORIFICS = Set.of("السيد", "السيده", "الشيخ", "الشيخه", "معالي", "سمو");

    /**
     * "Prime Minister Datuk Seri Anwar Ibrahim … In his meeting with Wang Yi, Anwar said", "President Yoon Suk
     * Yeol … Yoon also met": a known person the article names in full is the one his given or family name
     * alone stands for later (even a family name other known people share) — when no other person it names
     * in full has that name, and the word is not part of another name or title.
     */
    private void givenNameMentions(List<SentenceAnalysis> analyses, Set<String> fullNames, String lang) {
        // Arabic has no capitals to tell a name from a word: there an honorific must come first ("السيد بدر"), and the
        // person may be one the article names in any form the stages recognized
        boolean arabic = lang.equals("ar");
        Set<String> named = fullNames;
        if (arabic) {
            named = new LinkedHashSet<>();
            for (SentenceAnalysis a : analyses) {
                for (PersonRef p : a.people) {
                    if (!p.open()) {
                        named.add(p.slug());
                    }
                }
            }
        }
        Map<String, String> byGiven = new HashMap<>();
        Set<String> shared = new java.util.HashSet<>();
        for (String slug : named) {
            for (String word : nameWords.getOrDefault(lang + "|" + slug, Set.of())) {
                if (byGiven.putIfAbsent(word, slug) != null && !byGiven.get(word).equals(slug)) {
                    shared.add(word);
                }
            }
        }
        shared.forEach(byGiven::remove);
        if (byGiven.isEmpty()) {
            return;
        }
        Map<String, PersonRef> first = new HashMap<>();
        analyses.forEach(a -> a.people.forEach(p -> first.putIfAbsent(p.slug(), p)));
        for (SentenceAnalysis a : analyses) {
            boolean added = false;
            for (int t = 0; t < a.tokens.size(); t++) {
                String slug = byGiven.get(a.tokens.get(t).text());
                PersonRef who = slug == null ? null : first.get(slug);
                final int at = t;
                boolean name = arabic ? t > 0 && AR_NAME_HONORIFICS.contains(a.tokens.get(t - 1).text())
                        : capitalizedAt(a, t, lang) && !capitalizedAt(a, t + 1, lang);
                if (who == null || a.known[t] || !name
                        || a.people.stream().anyMatch(p -> p.token() == at || p.slug().equals(slug))) {
                    continue;
                }
                a.people.add(new PersonRef(t, slug, who.role(), who.country()));
                added = true;
            }
            if (added) {
                a.people.sort(Comparator.comparingInt(PersonRef::token));
            }
        }
    }

    /**
     * A person the article names once with a title ("النائب الأول لرئيس مجلس الوزراء وزير الخارجية
     * الشيخ صباح الخالد") holds that office wherever it names him bare, not the one the office terms
     * give for a day the article may not be about.
     */
    private static void titledRoles(List<SentenceAnalysis> analyses) {
        Map<String, PersonRef> titled = new HashMap<>();
        for (SentenceAnalysis a : analyses) {
            for (PersonRef p : a.people) {
                if (!a.roleFromTerms.contains(p) && !a.byTitle.contains(p) && !p.open() && p.country() != null) {
                    titled.putIfAbsent(p.slug(), p);
                }
            }
        }
        for (SentenceAnalysis a : analyses) {
            for (int k = 0; k < a.people.size(); k++) {
                PersonRef p = a.people.get(k);
                PersonRef t = titled.get(p.slug());
                if (t != null && a.roleFromTerms.contains(p) && (!t.role().equals(p.role()) || !t.country().equals(p.country()))) {
                    PersonRef q = new PersonRef(p.token(), p.slug(), t.role(), t.country(), p.nameEn(), p.asWritten());
                    a.people.set(k, q);
                    a.roleFromTerms.add(q);
                }
            }
        }
    }

    /** The article before a title that opens a sentence ("The Prime Minister spoke to …"). */
    private static final Set<String> THE = Set.of("the", "ال");

    /** Offices a bare title ("the President", "جلالة الملك", "премьер-министр") may stand for. */
    private static final Set<String> BARE_TITLE_ROLES = Set.of("president", "monarch", "crown_prince", "vice_president",
            "prime_minister", "foreign_minister", "speaker");

    /** Words for someone acting for an office holder: envoy, adviser, aide, spokesman. */
    private static boolean envoyWord(String w) {
        return w.startsWith("envoy") || w.startsWith("adviser") || w.startsWith("advisor") || w.equals("aide")
                || w.equals("assistant") || w.equals("مساعد") // "Special Assistant to the Foreign Minister of Japan"
                || w.equals("spokesman") || w.equals("spokesperson") || w.equals("representative")
                || w.startsWith("спецпосланник") || w.startsWith("посланник") || w.startsWith("спецпредставител")
                || w.startsWith("представител") || w.startsWith("помощник") || w.startsWith("советник")
                || w.startsWith("пресс-секретар") || w.equals("المبعوث") || w.equals("مبعوث") || w.equals("مستشار")
                || w.equals("المستشار") || w.equals("ممثل") || w.equals("الممثل") || w.equals("المتحدث")
                || w.startsWith("администрац") || w.equals("administration") || w.equals("ديوان") || w.equals("الديوان")
                || w.equals("مكتب") || w.equals("office"); // "مدير عام مكتب سمو وزير الخارجية": of the minister's office
    }

    /** "special envoy of the President", "спецпосланник президента", "المبعوث الخاص للرئيس": an envoy's title. */
    private static boolean envoyBefore(SentenceAnalysis a, int titleStart) {
        for (int k = Math.max(0, titleStart - 4); k < titleStart; k++) {
            if (envoyWord(a.tokens.get(k).text())) {
                return true;
            }
        }
        return false;
    }

    /** Titles in the plural or dual: "Prime Ministers of both countries", "الرئيسان", "президенты". */
    private static final Set<String> PLURAL_TITLES = Set.of("presidents", "ministers", "kings", "leaders", "premiers",
            "speakers", "princes", "президенты", "президентов", "президентами", "министры", "министров", "премьеры",
            "премьеров", "лидеры", "лидеров", "الرئيسان", "الرئيسين", "الوزيران", "الوزيرين", "الزعيمان", "الزعيمين",
            "الملكان", "رئيسا", "رئيسي", "وزيرا", "وزيري");

    /**
     * The index of the same title again right after a name, with its country right after it ("السفيرة مي طه خليل
     * سفيرة مصر"), or -1.
     */
    private static int titleAgainAfter(List<Match> ms, int i, int nameEnd, String role) {
        for (int j = i + 1; j + 1 < ms.size(); j++) {
            Match t = ms.get(j);
            if (t.firstToken() < nameEnd) {
                continue;
            }
            boolean again = t.firstToken() == nameEnd && t.entry().type() == Type.ROLE && t.entry().id().equals(role)
                    && ms.get(j + 1).entry().type() == Type.COUNTRY && ms.get(j + 1).firstToken() == t.endToken();
            return again ? j : -1;
        }
        return -1;
    }

    private static boolean spokesperson(SentenceAnalysis a, PersonRef p) {
        for (int k = Math.max(0, p.token() - 5); k < p.token(); k++) {
            if (SPOKESPERSON.contains(a.tokens.get(k).text())
                    || a.tokens.get(k).text().startsWith("представител") && k > 0 && a.tokens.get(k - 1).text().startsWith("официальн")) {
                return true;
            }
        }
        for (OpenNames.Name n : a.openNames) {
            if (n.firstToken() == p.token()) {
                int after = n.endToken() < a.tokens.size() && a.tokens.get(n.endToken()).text().matches("[,،]")
                        ? n.endToken() + 1 : n.endToken();
                return after < a.tokens.size() && SPOKESPERSON.contains(a.tokens.get(after).text());
            }
        }
        return false;
    }

    private static final Set<String> SPOKESPERSON = Set.of("spokesman", "spokeswoman", "spokesperson", "пресс-секретарь",
            "пресс-секретаря", "пресс-секретарем", "المتحدث", "المتحدثه", "الناطق", "والمتحدث");

    /** Whether an organization's name follows the title at {@code i} ("генсеком ООН"): its official's title. */
    private static boolean organizationAfter(List<Match> ms, int i) {
        return i + 1 < ms.size() && ms.get(i + 1).entry().type() == Type.ORGANIZATION
                && ms.get(i + 1).firstToken() - ms.get(i).endToken() <= 1;
    }

    /** "رئيس مجلس الأمة الأسبق", "الوزيرة السابقة": an Arabic title of a former holder, the word after it. */
    private static boolean formerAfter(SentenceAnalysis a, int end) {
        for (int k = end; k < Math.min(a.tokens.size(), end + 2); k++) {
            if (AR_FORMER.contains(a.tokens.get(k).text())) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> AR_FORMER = Set.of("السابق", "السابقه", "الاسبق", "الراحل", "الراحله");

    /**
     * A title that names no one holder: in the plural ("Prime Ministers of both countries"), or of a
     * former one ("former President", "الرئيس الراحل", "бывший президент").
     */
    private static boolean notOneHolder(SentenceAnalysis a, int token) {
        for (int k = Math.max(0, token - 2); k < Math.min(a.tokens.size(), token + 3); k++) {
            String w = a.tokens.get(k).text();
            if (PLURAL_TITLES.contains(w)) {
                return true;
            }
            if (w.equals("former") || w.equals("late") || w.startsWith("бывш") || w.startsWith("покойн")
                    || w.equals("السابق") || w.equals("الراحل") || w.equals("الاسبق") || w.equals("both") || w.equals("two")
                    || w.equals("двух") || w.equals("оба") || w.equals("обоих")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A title with no country and no name ("وفي لقاء آخر، بحث جلالة الملك مع …", "the President
     * said") designates the one person of that office the article names with a country; with
     * none or several, nobody.
     */
    private static void bareTitles(List<SentenceAnalysis> analyses) {
        Map<String, Map<String, PersonRef>> byRole = new HashMap<>();
        for (SentenceAnalysis a : analyses) {
            for (PersonRef p : a.people) {
                if (p.country() != null && !a.byTitle.contains(p) && !(p.open() && p.nameEn() == null)) {
                    byRole.computeIfAbsent(p.role(), k -> new LinkedHashMap<>()).putIfAbsent(p.slug(), p);
                }
            }
        }
        Map<String, Integer> mentions = null; // counted when needed
        for (SentenceAnalysis a : analyses) {
            boolean added = false;
            for (SentenceAnalysis.BareTitle at : a.bareTitles) {
                Map<String, PersonRef> holders = byRole.getOrDefault(at.role(), Map.of());
                if (holders.isEmpty() && at.headOfTheReadout()) {
                    // "The Prime Minister spoke to the President of the United States, Joe Biden": a press service's
                    // own head, of the country the article is about, when it names no holder of that office
                    mentions = mentions != null ? mentions : countryMentions(analyses);
                    Set<String> present = new java.util.HashSet<>();
                    a.people.forEach(p -> present.add(p.country()));
                    String country = homeCountry(mentions, present);
                    if (!country.isEmpty() && !a.people.isEmpty()) {
                        a.people.add(new PersonRef(at.firstToken(), "~" + country + "|" + at.role(), at.role(), country));
                        added = true;
                    }
                    continue;
                }
                if (holders.size() != 1) {
                    continue;
                }
                PersonRef who = holders.values().iterator().next();
                boolean named = a.people.stream().anyMatch(p -> p.slug().equals(who.slug())
                        || p.token() >= at.firstToken() && p.token() <= at.endToken() + 1);
                if (!named) {
                    a.people.add(new PersonRef(at.firstToken(), who.slug(), who.role(), who.country(), who.nameEn(),
                            who.asWritten()));
                    added = true;
                }
            }
            if (added) {
                a.people.sort(Comparator.comparingInt(PersonRef::token));
            }
        }
    }

    /** How many times the article names each country. */
    private static Map<String, Integer> countryMentions(List<SentenceAnalysis> analyses) {
        Map<String, Integer> mentions = new HashMap<>();
        for (SentenceAnalysis a : analyses) {
            for (CountryRef c : a.countries) {
                mentions.merge(c.code(), 1, Integer::sum);
            }
        }
        return mentions;
    }

    /**
     * The other side of a readout: of the countries the article names and the sentence's people are not of,
     * the one it names most, at least twice and more often than any other ("UK-US cooperation", "the UK
     * remains America's closest ally"), or "" when none stands out.
     */
    private static String homeCountry(Map<String, Integer> mentions, Set<String> present) {
        return mostNamed(mentions, present, 2);
    }

    /** The country the article names most after those of {@code present}, at least {@code times}; "" on a tie. */
    private static String mostNamed(Map<String, Integer> mentions, Set<String> present, int times) {
        String best = "";
        int top = times - 1;
        boolean tie = false;
        for (Map.Entry<String, Integer> e : mentions.entrySet()) {
            if (present.contains(e.getKey())) {
                continue;
            }
            if (e.getValue() > top) {
                best = e.getKey();
                top = e.getValue();
                tie = false;
            } else if (e.getValue() == top) {
                tie = true;
            }
        }
        return tie ? "" : best;
    }

    /** The day a sentence speaks of, for resolving titles to office holders. */
    private static LocalDate dayOf(SentenceAnalysis a, LocalDate published) {
        for (DateMention d : a.dates) {
            LocalDate day = d.resolveDay(published);
            if (day != null) {
                return day;
            }
        }
        return published; // null: the article says nowhere when it is
    }

    private void resolvePeopleAndCountries(SentenceAnalysis a, Set<String> fullNames, LocalDate day, boolean undated, String lang,
            Map<String, String> recognized) {
        List<Match> ms = a.matches;
        Set<Integer> boundPersons = new java.util.HashSet<>();
        Set<Integer> honorificRoles = new java.util.HashSet<>();
        // tokens a name after a title may not run into: countries, titles, organizations, full names
        // (a surname of someone the reference data knows may be part of another person's name)
        boolean[] known = new boolean[a.tokens.size()];
        for (Match m : ms) {
            for (int k = m.firstToken(); k < m.endToken() && m.entry().type() != Type.SURNAME; k++) {
                known[k] = true;
            }
        }
        a.known = known;
        Map<Integer, Integer> chained = chainedTitles(a, ms);
        List<OpenNames.Name> openNames = a.openNames;
        for (int i = 0; i < ms.size(); i++) {
            Match m = ms.get(i);
            switch (m.entry().type()) {
                case COUNTRY -> a.countries.add(new CountryRef(m.firstToken(), m.entry().id(), m.entry().kind()));
                case ROLE -> {
                    if (honorificRoles.contains(i)) {
                        break; // "ولي العهد السعودي الأمير محمد بن سلمان": "الأمير" is the prince's honorific here
                    }
                    if (chained.containsValue(i)) {
                        break; // the first of two titles of one person: the second takes the name
                    }
                    boolean second = chained.containsKey(i);
                    String role = second ? chainedRole(ms.get(chained.get(i)).entry().id(), m.entry().id()) : m.entry().id();
                    int head = second ? chained.get(i) : i; // where the titles begin
                    String country = second && head < i - 1 ? ms.get(i - 1).entry().id() : null; // "… الإماراتي وزير الخارجية"
                    int after = i + 1;
                    int fieldCountry;
                    int fieldEnd = m.endToken(); // a ministry's field: "министр промышленности Белоруссии", "وزير الصناعة البيلاروسي"
                    while (role.equals("minister") && after + 1 < ms.size() && ms.get(after).entry().type() == Type.SECTOR
                            && ms.get(after).firstToken() - fieldEnd <= 1 && ms.get(after + 1).entry().type() == Type.COUNTRY) {
                        fieldEnd = ms.get(after).endToken();
                        after++;
                    }
                    // "رئيس وزراء جمهورية كازاخستان", "Prime Minister of Kazakhstan", "Премьер-министр Казахстана"
                    if (country != null) {
                        // the country stood between the two titles
                    } else if (after < ms.size() && ms.get(after).entry().type() == Type.COUNTRY
                            && ms.get(after).firstToken() - fieldEnd <= 2
                            && countryOfTitle(a, fieldEnd, ms.get(after))) {
                        country = ms.get(after).entry().id();
                        int afterCountry = ms.get(after).endToken();
                        if (role.equals("president") && afterCountry < a.tokens.size()
                                && GOVERNMENT.contains(a.tokens.get(afterCountry).text())) {
                            role = "prime_minister"; // "the President of the Spanish Government, Pedro Sánchez"
                        }
                        if (role.equals("president") && parliamentAt(a, ms.get(after).endToken())
                                || ms.get(after).entry().kind().equals("parliament") && PARLIAMENT_HEADS.contains(role)) {
                            // "President of the Italian Chamber of Deputies Roberto Fico", "спикер Госдумы", "رئيس الكنيست"
                            role = "speaker";
                        }
                        after++;
                        while (ms.get(after - 1).entry().kind().equals("parliament") && after < ms.size()
                                && ms.get(after).entry().type() == Type.COUNTRY && ms.get(after).entry().id().equals(country)
                                && ms.get(after).firstToken() - ms.get(after - 1).endToken() <= 8) {
                            after++; // "Speaker of the Lok Sabha (House of Representatives) of the India Om Birla"
                        }
                    } else if ((role.equals("speaker") || role.equals("other")) && after < ms.size()
                            && ms.get(after).entry().type() == Type.COUNTRY && parliamentOf(a, m.endToken(), ms.get(after))) {
                        // "Speaker of the Jatiya Sangsad of Bangladesh", "Speaker of the Federal National Council, UAE"
                        country = ms.get(after).entry().id();
                        after++;
                    } else if (head > 0 && ms.get(head - 1).entry().type() == Type.COUNTRY
                            && adjacentBefore(a, ms.get(head - 1), ms.get(head)) && !lang.equals("ar")) {
                        country = ms.get(head - 1).entry().id(); // "Kazakh President", "казахстанский президент"
                        if (ms.get(head - 1).entry().kind().equals("parliament") && PARLIAMENT_HEADS.contains(role)) {
                            role = "speaker"; // "Knesset Speaker Amir Ohana", "Bundestag President Julia Klöckner"
                        }
                    } else if (role.equals("minister") && lang.equals("en") && (fieldCountry = fieldCountryBefore(a, ms, head)) >= 0) {
                        country = ms.get(fieldCountry).entry().id(); // "Indonesian Defence Minister"
                    }
                    role = foreignSecretary(a, m, chancellor(a, m, role, country), country);
                    if (country == null) {
                        // "President Erdogan", "الرئيس السيسي", "президент Токаев": a title without a country
                        // and the surname of someone who holds that office ("ولي العهد الأمير سلمان": after an honorific)
                        int nextAt = honorificBeforeName(a, ms, after, m.endToken()) ? after + 1 : after;
                        Match next = nextAt < ms.size() ? ms.get(nextAt) : null;
                        if (next != null && (next.entry().type() == Type.SURNAME || next.entry().type() == Type.PERSON)
                                && !boundPersons.contains(nextAt) && (nextAt > after
                                || givenNamesBetween(a, nameStart(a, m.endToken()), next.firstToken()))
                                && (next.entry().type() == Type.PERSON || !capitalizedAt(a, next.endToken(), lang))) {
                            OfficeTermRow term = termAs(next.entry().id(), role, day);
                            if (term == null && second) {
                                term = termAs(next.entry().id(), m.entry().id(), day); // known as foreign minister
                            }
                            if (term != null) {
                                a.people.add(new PersonRef(next.firstToken(), next.entry().id(), role, term.countryCode()));
                                boundPersons.add(nextAt);
                                if (nextAt > after) {
                                    honorificRoles.add(after);
                                }
                                break;
                            }
                            String home = lastCountry(next.entry().id());
                            if (next.entry().type() == Type.PERSON && nextAt == after && next.firstToken() == m.endToken()
                                    && !undated && !role.equals("counterpart") && !role.equals("monarch") && home != null
                                    && termOn(next.entry().id(), day, false) == null) {
                                // "Met FM Jeremiah Manele of the Solomon Islands": a known person, in an office the
                                // reference data does not hold for him on that day (not "الأمير محمد بن نايف": a prince)
                                a.people.add(new PersonRef(next.firstToken(), next.entry().id(), role, home));
                                boundPersons.add(nextAt);
                                break;
                            }
                        }
                        int headStart = ms.get(head).firstToken();
                        if (head > 0 && ms.get(head - 1).entry().type() == Type.PERSON && !boundPersons.contains(head - 1)
                                && !organizationAfter(ms, i)) { // (not "Ван И, генсеком ООН Антониу Гутерришем")
                            // "Sheikh Abdullah bin Zayed Al Nahyan, Deputy Prime Minister and Minister of Foreign Affairs":
                            // a known person before his title, whose country the title leaves out
                            Match person = ms.get(head - 1);
                            int personEnd = familyNameEnd(a, person.endToken(), headStart);
                            String code = lastCountry(person.entry().id());
                            if (code != null && headStart - personEnd <= 1 && (headStart == personEnd
                                    || a.tokens.get(headStart - 1).text().equals(",") || a.tokens.get(headStart - 1).text().equals("،"))) {
                                a.people.add(new PersonRef(person.firstToken(), person.entry().id(), role, code));
                                boundPersons.add(head - 1);
                                break;
                            }
                        }
                        if (head > 0 && ms.get(head - 1).entry().type() == Type.SURNAME && !boundPersons.contains(head - 1)
                                && ms.get(head - 1).endToken() == headStart) {
                            // "معالي السيد بدر حمد البوسعيدي وزير الخارجية": a known person's name, in a form the
                            // reference data does not hold whole, before a title that leaves the country out
                            Match surname = ms.get(head - 1);
                            String code = lastCountry(surname.entry().id());
                            OpenNames.Name whole = names.before(a.nt, a.tokens, surname.endToken(), known, lang, caseWord(a, m));
                            if (code != null && whole != null && whole.endToken() - whole.firstToken() >= 2
                                    && surname.entry().id().equals(knownNames.partOf(List.of(surname.entry().id()), code,
                                    whole.asWritten(), lang))) {
                                a.people.add(new PersonRef(whole.firstToken(), surname.entry().id(), role, code));
                                boundPersons.add(head - 1);
                                break;
                            }
                        }
                        PersonRef shared = next == null || next.firstToken() != nameStart(a, m.endToken())
                                ? titleAndSharedSurname(a, nameStart(a, m.endToken()), role, day, lang) : null;
                        if (shared != null) {
                            a.people.add(shared);
                            break;
                        }
                        boolean comma = m.endToken() < a.tokens.size() && a.tokens.get(m.endToken()).text().equals(",");
                        // (in Arabic, where no capital tells a name, only after the titles a country's press names
                        // without the country: "رئيس مجلس الأمة مرزوق الغانم", "وزير الخارجية …")
                        OpenNames.Name unplaced = lang.equals("ar") && !UNPLACED_AFTER.contains(role)
                                || headline(a, lang) || comma
                                || notOneHolder(a, m.firstToken()) || formerAfter(a, m.endToken()) || envoyBefore(a, m.firstToken()) ? null
                                : names.after(a.nt, a.tokens, nameStart(a, m.endToken()), known, lang, caseWord(a, m));
                        if (unplaced == null && lang.equals("ar") && !headline(a, lang) && UNPLACED_BEFORE.contains(role)
                                && headStart > 1 && a.tokens.get(headStart - 1).text().equals("،")
                                && !(m.endToken() < a.tokens.size() && AR_BODIES.contains(a.tokens.get(m.endToken()).text()))) {
                            // "معالي محمد بن مبارك بن فاضل المزروعي، وزير الدولة لشؤون الدفاع،": the name before
                            unplaced = names.before(a.nt, a.tokens, headStart - 1, known, lang, caseWord(a, m));
                        }
                        if (unplaced == null && lang.equals("ar") && !headline(a, lang) && UNPLACED_BEFORE.contains(role)
                                && headStart > 1 && a.tokens.get(headStart - 1).isWord() && Triggers.attendance(a.tokens)
                                && !(m.endToken() < a.tokens.size() && AR_BODIES.contains(a.tokens.get(m.endToken()).text()))) {
                            // "بحضور سامح شكري وزير الخارجية، والمهندس طارق الملا وزير البترول": a list of who attended,
                            // each name before its title, no comma between
                            OpenNames.Name listed = names.before(a.nt, a.tokens, headStart, known, lang, caseWord(a, m));
                            if (listed != null && listedAt(a, listed.firstToken())) {
                                unplaced = listed;
                            }
                        }
                        if (unplaced != null && unplaced.endToken() < a.tokens.size()
                                && SPOKESPERSON.contains(a.tokens.get(unplaced.endToken()).text())) {
                            break; // "أعلن السفير بسام راضي المتحدث الرسمي": the spokesman who reports it
                        }
                        if (unplaced != null && unplaced.endToken() - unplaced.firstToken() >= 2
                                && a.tokens.get(unplaced.firstToken()).start() < a.bylineFrom) {
                            int again = titleAgainAfter(ms, i, unplaced.endToken(), role);
                            if (again >= 0) {
                                // "السفيرة مي طه خليل سفيرة مصر لدى البرازيل": the title again after the name, with its country
                                honorificRoles.add(again);
                                addOpen(a, unplaced, role, ms.get(again + 1).entry().id(), lang, m, recognized, openNames,
                                        fullNames, day, undated);
                                break;
                            }
                            // "National Assembly Chairman Vuong Dinh Hue": named, of a country the title leaves out
                            a.unplaced.add(new SentenceAnalysis.Unplaced(unplaced, role, m));
                            break;
                        }
                        if (BARE_TITLE_ROLES.contains(role) && !second && !notOneHolder(a, m.firstToken())
                                && (next == null || next.firstToken() > m.endToken() + 1 || next.entry().type() != Type.PERSON)) {
                            a.bareTitles.add(new SentenceAnalysis.BareTitle(m.firstToken(), m.endToken(), role,
                                    m.firstToken() == 0 || m.firstToken() == 1 && THE.contains(a.tokens.get(0).text())));
                        }
                        break;
                    }
                    if (honorificBeforeName(a, ms, after, after > i + 1 ? ms.get(after - 1).endToken() : m.endToken())) {
                        honorificRoles.add(after);
                        after++;
                    }
                    // "فوميو كيشيدا، رئيس الوزراء الياباني، وسيريل رامافوزا": a title right after a name
                    // (a comma between) describes that name, not the one that follows
                    int titleStart = countryBefore(a, ms, i, lang) ? ms.get(i - 1).firstToken() : m.firstToken();
                    int before = countryBefore(a, ms, i, lang) ? i - 2 : i - 1;
                    if (second && head < i) {
                        // "Abdullah bin Zayed, Deputy Prime Minister and Minister of Foreign Affairs": the name before the first title
                        titleStart = ms.get(head).firstToken();
                        before = head - 1;
                    }
                    int titleEnd = after > i + 1 ? ms.get(after - 1).endToken() : m.endToken();
                    boolean nameFollows = after < ms.size() && ms.get(after).entry().type() == Type.PERSON
                            && ms.get(after).firstToken() - titleEnd <= 1
                            && !a.tokens.get(Math.min(titleEnd, a.tokens.size() - 1)).text().matches("[,،]")
                            || titleEnd < a.tokens.size() && a.tokens.get(titleEnd).isWord() && !known[titleEnd]
                            && !lang.equals("ar") && capitalizedAt(a, titleEnd, lang)
                            && !OpenNames.notName(a.tokens.get(titleEnd).text(), lang);
                    int personEnd = before >= 0 ? familyNameEnd(a, ms.get(before).endToken(), titleStart) : 0;
                    if (!nameFollows && before >= 0 && ms.get(before).entry().type() == Type.PERSON && !boundPersons.contains(before)
                            // "الملك سلمان بن عبدالعزيز، رئيس وزراء نيوزيلندا، جون كي": not a title of another country
                            && (country == null || lastCountry(ms.get(before).entry().id()) == null
                                || country.equals(lastCountry(ms.get(before).entry().id())))
                            && titleStart - personEnd <= 1
                            && (titleStart == personEnd || a.tokens.get(titleStart - 1).text().equals(",")
                                || a.tokens.get(titleStart - 1).text().equals("،"))) {
                        Match person = ms.get(before);
                        a.people.add(new PersonRef(person.firstToken(), person.entry().id(), role, country));
                        boundPersons.add(before);
                        break;
                    }
                    OpenNames.Name name;
                    if (!nameFollows && titleStart > 1 && a.tokens.get(titleStart - 1).text().matches("[,،]")
                            && !headline(a, lang) && (name = names.before(a.nt, a.tokens, titleStart - 1, known, lang,
                            caseWord(a, m))) != null) {
                        // "Milton Dick, Speaker of the Australian House", "وسيريل رامافوزا، رئيس جمهورية جنوب إفريقيا"
                        addOpen(a, name, role, country, lang, m, recognized, openNames, fullNames, day, undated);
                        break;
                    }
                    if (lang.equals("ar") && before >= 0 && ms.get(before).entry().type() == Type.ROLE
                            && ms.get(before).entry().id().equals(role) && titleStart > ms.get(before).endToken()
                            && a.tokens.get(ms.get(before).firstToken()).text().startsWith("ال") // "الرئيس", not "رئيسة بعثة"
                            && (name = names.before(a.nt, a.tokens, titleStart, known, lang, caseWord(a, m))) != null
                            && name.firstToken() == ms.get(before).endToken()) {
                        // "استقبل الرئيس شوكت ميرزيائيف رئيس جمهورية أوزبكستان معالي السيد بدر …": the title after the
                        // name says whose president he is; the guest comes after it
                        int titleAt = ms.get(before).firstToken();
                        a.bareTitles.removeIf(t -> t.firstToken() == titleAt);
                        addOpen(a, name, role, country, lang, m, recognized, openNames, fullNames, day, undated);
                        break;
                    }
                    int nameFrom = after > i + 1 ? ms.get(after - 1).endToken() : m.endToken();
                    if (lang.equals("ar") && role.equals("ambassador") && nameFrom < a.tokens.size()
                            && NEW_ENVOY.contains(a.tokens.get(nameFrom).text())) {
                        nameFrom++; // "السفير الإندونيسي الجديد لدى ماليزيا": the new ambassador
                    }
                    if (role.equals("ambassador") && after < ms.size() && ms.get(after).entry().type() == Type.COUNTRY
                            && (ms.get(after).firstToken() - nameFrom == 1 && ACCREDITED.contains(a.tokens.get(nameFrom).text())
                            // "سفير خادم الحرمين الشريفين لدى جمهورية الأرجنتين حسين محمد العسيري": the state's style between
                            || ms.get(after).firstToken() - nameFrom == 2 && ACCREDITED.contains(a.tokens.get(nameFrom).text())
                            && STATE_STYLES.contains(a.tokens.get(nameFrom + 1).text())
                            // "سفير الجزائر بالصين السيد حسن رابحي": the host country with its "in" written onto it
                            || lang.equals("ar") && ms.get(after).firstToken() == nameFrom
                            && a.tokens.get(nameFrom).text().startsWith("ب"))) {
                        nameFrom = ms.get(after).endToken(); // "Посол Беларуси в Бразилии Сергей Лукашевич"
                        after++;
                    }
                    if (after < ms.size() && ms.get(after).entry().type() == Type.PERSON
                            && ms.get(after).firstToken() - ms.get(after - 1).endToken() <= 2
                            && !verbBetween(a, ms.get(after - 1).endToken(), ms.get(after).firstToken(), lang)
                            // "Receives Prime Minister of Malaysia, John Kerry, And …": a list, not Kerry's office
                            && (country == null || servedIn(ms.get(after).entry().id(), country))) {
                        Match person = ms.get(after);
                        a.people.add(new PersonRef(person.firstToken(), person.entry().id(), role, country));
                        boundPersons.add(after);
                    } else if (after < ms.size() && ms.get(after).entry().type() == Type.SURNAME
                            && ms.get(after).firstToken() == nameStart(a, nameFrom)
                            && !capitalizedAt(a, ms.get(after).endToken(), lang)
                            && (country == null || servedIn(ms.get(after).entry().id(), country))) {
                        // (a known surname after another country's title is a name of that country: "الرئيس الأوزبكي
                        // كريم …" is no Srgjan Kerim)
                        // "President Erdogan": the surname of someone the reference data knows, alone
                        Match person = ms.get(after);
                        a.people.add(new PersonRef(person.firstToken(), person.entry().id(), role, country));
                        boundPersons.add(after);
                    } else if (!headline(a, lang) && ((name = names.after(a.nt, a.tokens, nameFrom, known, lang,
                            caseWord(a, m))) != null || lang.equals("ar") && after > i + 1
                            && ms.get(after - 1).entry().type() == Type.COUNTRY
                            && ms.get(after - 1).entry().kind().equals("adjective")
                            && ms.get(after - 1).firstToken() == m.endToken() && ms.get(after - 1).endToken() == nameFrom
                            && (name = names.arabicFramed(a.nt, a.tokens, nameFrom, known)) != null)
                            && a.tokens.get(name.firstToken()).start() < a.bylineFrom) {
                        // (a foreign name in Arabic letters only right after "الرئيسة الأسبانية" and the like)
                        if (envoyBefore(a, titleStart)) {
                            role = "other"; // "спецпосланник президента США Стив Уиткофф": the envoy, not the president
                        }
                        addOpen(a, name, role, country, lang, m, recognized, openNames, fullNames, day, undated);
                    } else if (envoyBefore(a, titleStart)) {
                        // "المبعوث الخاص للرئيس الفرنسي": an envoy of that country the text does not name, not the president
                        a.people.add(new PersonRef(m.firstToken(), "~" + country + "|other", "other", country));
                    } else {
                        String holder = role.equals("counterpart") ? null : holder(country, role, day);
                        PersonRef ref = holder != null ? new PersonRef(m.firstToken(), holder, role, country)
                                : new PersonRef(m.firstToken(), "~" + country + "|" + role, role, country);
                        a.people.add(ref);
                        if (holder != null) {
                            a.byTitle.add(ref);
                        }
                    }
                }
                default -> { }
            }
        }
        for (int i = 0; i < ms.size(); i++) {
            Match m = ms.get(i);
            boolean person = m.entry().type() == Type.PERSON;
            // a surname alone: of someone the article names in full, or (in English and Russian, where a capital tells
            // a name) of someone in office on the day ("Путин провел телефонный разговор с …")
            boolean surname = m.entry().type() == Type.SURNAME && (fullNames.contains(m.entry().id())
                    || !undated && !lang.equals("ar") && capitalizedAt(a, m.firstToken(), lang)
                    && !capitalizedAt(a, m.endToken(), lang) && inOffice(m.entry().id(), day)
                    || titledHolder(a, ms, i, day, undated, lang) || afterInitial(a, m.firstToken(), lang));
            // (a name read after a title, placed later, counts: "со своим коллегой Араиком Саргсяном" is no Serzh Sargsyan)
            boolean insideName = openNames.stream().anyMatch(n -> m.firstToken() >= n.firstToken() && m.firstToken() < n.endToken())
                    || a.unplaced.stream().anyMatch(u -> m.firstToken() >= u.name().firstToken()
                    && m.firstToken() < u.name().endToken());
            if ((person || surname) && !boundPersons.contains(i) && !insideName) {
                String slug = m.entry().id();
                OfficeTermRow term = termOn(slug, day, undated);
                PersonRef ref = new PersonRef(m.firstToken(), slug, term == null ? "other" : term.role(),
                        term == null ? lastCountry(slug) : term.countryCode());
                a.people.add(ref);
                a.roleFromTerms.add(ref);
            }
        }
        if (!undated) {
            sharedSurnamesInOffice(a, day, lang);
        }
        pluralTitles(a, day);
        // "UN Secretary-General Antonio Guterres", "President of the New Development Bank Dilma Rousseff": an official
        // of an international body takes part for it, not for a country (EXTRACTION.md)
        a.people.removeIf(p -> officialOfOrganization(a, p.token()));
        // "أعلن السفير بسام راضي المتحدث الرسمي باسم رئاسة الجمهورية", "со ссылкой на официального представителя
        // президента Египта Бассама Рэди", "spokesman Ned Price said": who reports the meeting, not who took part
        a.people.removeIf(p -> p.open() && spokesperson(a, p));
        a.people.sort(Comparator.comparingInt(PersonRef::token));
        // "his Indian counterpart", "نظيره الهندي", "с индийским коллегой": the office of the other side
        for (int k = 0; k < a.people.size(); k++) {
            PersonRef p = a.people.get(k);
            if (p.role().equals("counterpart")) {
                String role = a.people.stream()
                        .filter(o -> !o.role().equals("counterpart") && o.country() != null && !o.country().equals(p.country()))
                        .map(PersonRef::role).findFirst().orElse(null);
                OfficeTermRow own = p.open() ? null : termOn(p.slug(), day, undated);
                if (own != null && !own.role().equals("other")) {
                    role = own.role(); // "his Japanese counterpart Shinzo Abe": a known person holds his own office
                }
                if (role == null) {
                    continue; // the other side is not in this sentence: settled for the whole article
                }
                String slug = p.slug().endsWith("|counterpart") ? "~" + p.country() + "|" + role : p.slug();
                String holder = p.open() && p.nameEn() == null ? holder(p.country(), role, day) : null;
                PersonRef ref = holder != null ? new PersonRef(p.token(), holder, role, p.country())
                        : new PersonRef(p.token(), slug, role, p.country(), p.nameEn(), p.asWritten());
                a.people.set(k, ref);
                if (holder != null) {
                    a.byTitle.add(ref);
                }
            }
        }
    }

    /** The word of a title that tells the case of the name after it (in Russian): "Посла" in "Чрезвычайного и Полномочного Посла". */
    private static String caseWord(SentenceAnalysis a, Match title) {
        List<String> words = new java.util.ArrayList<>();
        for (int t = title.firstToken(); t < title.endToken(); t++) {
            words.add(a.tokens.get(t).text());
        }
        return org.dyad.extract.people.RussianNames.headWord(words);
    }

    /** A person named with a title and a country: known under another spelling, or open. */
    private void addOpen(SentenceAnalysis a, OpenNames.Name name, String role, String country, String lang, Match title,
            Map<String, String> recognized, List<OpenNames.Name> openNames, Set<String> fullNames, LocalDate day,
            boolean undated) {
        String slug = knownNames.partOf(fullNames, country, name.asWritten(), lang);
        if (slug == null) {
            slug = known(country, title.entry().id(), role, name.asWritten(), lang, day, undated);
        }
        String key = "~" + country + "|" + OpenNames.surnameKey(name.asWritten(), lang);
        if (slug != null) {
            // a known person under a spelling or a form the reference data does not list
            a.people.add(new PersonRef(name.firstToken(), slug, role, country));
            recognized.put(key, slug);
            if (name.endToken() - name.firstToken() >= 2) {
                fullNames.add(slug); // named in full ("президентом Южной Кореи Ли Чжэ Мёном"): "Ли" later is he
            }
        } else {
            a.people.add(new PersonRef(name.firstToken(), key, role, country, name.latin(), name.asWritten()));
        }
        openNames.add(name);
    }

    /**
     * The known person a title of {@code country} and a name not listed in the reference data name, or null: the one
     * person of the country whose name fits ({@link KnownNames#find}); of several who fit ("لي كيانج" is Li Qiang's
     * skeleton and Li Keqiang's), the one in the office on the day; of none, the office's holder on the day when the
     * spelling is near one of his ("شوكت ميرزيانييف", "بارك كون هيه"), else the one holder of the office ever whose is.
     */
    private String known(String country, String titleRole, String role, String asWritten, String lang, LocalDate day,
            boolean undated) {
        Set<String> fit = knownNames.findAll(country, titleRole, asWritten, lang);
        if (fit.size() == 1) {
            return fit.iterator().next();
        }
        if (titleRole.equals("counterpart")) {
            return null;
        }
        if (fit.size() > 1) {
            List<String> onDay = undated ? List.of() : fit.stream().filter(s -> {
                OfficeTermRow t = termAs(s, role, day);
                return t != null && covers(t, day);
            }).toList();
            return onDay.size() == 1 ? onDay.getFirst() : null;
        }
        String holder = undated ? null : holder(country, role, day);
        if (holder != null && knownNames.near(country, holder, asWritten, lang)) {
            return holder;
        }
        // no day, or someone else in office on it: the one who ever held the office whose name is near
        Set<String> held = new java.util.HashSet<>();
        termsByOffice.getOrDefault(country + "|" + role, List.of()).forEach(t -> held.add(t.slug()));
        Set<String> near = knownNames.near(country, held, asWritten, lang);
        return near.size() == 1 ? near.iterator().next() : null;
    }

    /**
     * Whether the match at {@code k}, right after a title ending at {@code titleEnd}, is a one-word
     * title that is an honorific here because a known name follows it at once ("الأمير محمد بن سلمان").
     */
    private static boolean honorificBeforeName(SentenceAnalysis a, List<Match> ms, int k, int titleEnd) {
        if (k + 1 >= ms.size()) {
            return false;
        }
        Match role = ms.get(k);
        Match name = ms.get(k + 1);
        // (a word between only if it is a comma or an honorific: in "نقل السفير المصري تحيات الرئيس عبد الفتاح السيسي"
        // the president is not the envoy)
        return role.entry().type() == Type.ROLE && role.endToken() - role.firstToken() == 1
                && OpenNames.isHonorific(a.tokens.get(role.firstToken()).text(), a.lang)
                && name.entry().type() == Type.PERSON && name.firstToken() == role.endToken()
                && (role.firstToken() == titleEnd || role.firstToken() - titleEnd == 1 && titleEnd < a.tokens.size()
                && (!a.tokens.get(titleEnd).isWord() || OpenNames.isHonorific(a.tokens.get(titleEnd).text(), a.lang)));
    }

    /**
     * Whether the country after a speaker's title is the country of the parliament named between
     * them: "of the", a parliament's capitalised name, then "of" or a comma (English; other languages
     * put the country right after the title).
     */
    private static boolean parliamentOf(SentenceAnalysis a, int titleEnd, Match country) {
        if (!a.lang.equals("en") || country.firstToken() - titleEnd > 12 || country.firstToken() - titleEnd < 3
                || !a.tokens.get(titleEnd).text().equals("of")) {
            return false;
        }
        int linkAt = country.firstToken() - 1;
        if (a.tokens.get(linkAt).text().equals("the") && linkAt - 1 > titleEnd) {
            linkAt--; // "Speaker of the Lok Sabha (House of Representatives) of the India"
        }
        String link = a.tokens.get(linkAt).text();
        if (!link.equals("of") && !link.equals(",")) {
            return false;
        }
        for (int k = titleEnd + 1; k < linkAt; k++) {
            String w = a.tokens.get(k).text();
            if (!w.equals("the") && !w.equals("of") && !w.equals("(") && !w.equals(")") && !capitalizedAt(a, k, "en")) {
                return false;
            }
        }
        return true;
    }

    /** Titles that, before a legislature's name, make its speaker. */
    private static final Set<String> PARLIAMENT_HEADS = Set.of("speaker", "president", "other");

    private static final Set<String> PARLIAMENT_WORDS = Set.of("chamber", "senate", "parliament", "assembly", "house",
            "congress", "duma", "knesset", "majlis", "сената", "парламента", "палаты", "собрания", "думы", "меджлиса");

    /** Whether a chamber of parliament is named at {@code token} ("… Italian Chamber of Deputies", "… National Assembly"). */
    private static boolean parliamentAt(SentenceAnalysis a, int token) {
        for (int k = token; k < Math.min(a.tokens.size(), token + 2); k++) {
            if (PARLIAMENT_WORDS.contains(a.tokens.get(k).text())) {
                return true;
            }
        }
        return false;
    }

    /** The style of a state before its name: "جمهورية الأرجنتين" ("the Republic of …" is one name already). */
    private static final Set<String> STATE_STYLES = Set.of("جمهوريه", "المملكه", "مملكه", "دوله", "سلطنه", "الجمهوريه",
            "الامارات", "the");

    /** Words between an ambassador's country and the country he is accredited to ("to", "in", "لدى", "в"). */
    private static final Set<String> ACCREDITED = Set.of("to", "in", "в", "во", "при", "لدي", "في", "الي");

    /** Words that put a place after a title without making it the title's country ("counterpart at Cairo Airport"). */
    private static final Set<String> PLACE_WORDS = Set.of("at", "in", "to", "from", "on", "with", "for", "в", "во", "на",
            "из", "к", "ко", "с", "со", "у", "في", "الى", "من", "مع", "على", "عن");

    /**
     * Whether the country after a title is its country: right after it ("Премьер-министр Казахстана",
     * "ولي عهد أبوظبي") or after "of", "Republic" and the like ("Prime Minister of Kazakhstan"), not
     * after a word of place; a capital only right after the title or after "of".
     */
    private static boolean countryOfTitle(SentenceAnalysis a, int titleEnd, Match country) {
        boolean capital = country.entry().kind().equals("capital");
        for (int k = titleEnd; k < country.firstToken(); k++) {
            String w = a.tokens.get(k).text();
            boolean ofState = a.lang.equals("ar") && w.equals("في") && !capital && k + 1 < a.tokens.size()
                    && STATE_STYLES.contains(a.tokens.get(k + 1).text()); // "رئيس مجلس النواب في جمهورية الأرجنتين"
            if (PLACE_WORDS.contains(w) && !ofState || capital && !w.equals("of") && !w.equals("the")) {
                return false;
            }
            if (a.lang.equals("en") && a.tokens.get(k).isWord() && !w.equals("of") && !w.equals("the")
                    && !capitalizedAt(a, k, a.lang)) {
                return false; // "The President then met Chilean …": a verb between, not "of the Republic"
            } // (in Russian lower-case genitives belong to the title: "министр нефти Ирана")
        }
        return true;
    }

    /**
     * Where a name ends once the family name that may follow it is taken in: "محمد بن زايد آل نهيان"
     * is the name "محمد بن زايد" and the house "آل نهيان" (Al Nahyan, Al Thani, Al Khalifa).
     */
    private static int familyNameEnd(SentenceAnalysis a, int end, int limit) {
        if (a.lang.equals("ar") && end + 1 < limit && (a.tokens.get(end).text().equals("ال")
                || a.tokens.get(end).text().equals("آل")) && a.tokens.get(end + 1).isWord()) {
            return end + 2;
        }
        return end;
    }

    /** Whether the title at {@code i} has its country before it ("Kazakh President"; not in Arabic). */
    private static boolean countryBefore(SentenceAnalysis a, List<Match> ms, int i, String lang) {
        boolean after = i + 1 < ms.size() && ms.get(i + 1).entry().type() == Type.COUNTRY
                && ms.get(i + 1).firstToken() - ms.get(i).endToken() <= 2
                && countryOfTitle(a, ms.get(i).endToken(), ms.get(i + 1));
        return !after && i > 0 && ms.get(i - 1).entry().type() == Type.COUNTRY
                && adjacentBefore(a, ms.get(i - 1), ms.get(i)) && !lang.equals("ar");
    }

    /**
     * One title for several countries: "وزراء خارجية قرغيزستان وأذربيجان وطاجيكستان", "the foreign ministers of
     * Kyrgyzstan, Azerbaijan and Tajikistan", "the Kyrgyz and Tajik foreign ministers", "с министрами иностранных
     * дел Киргизии и Таджикистана": the office holder of each (by the office terms), or the title alone.
     */
    private void pluralTitles(SentenceAnalysis a, LocalDate day) {
        for (int i = 0; i < a.tokens.size(); i++) {
            String role = pluralTitleRole(a, i);
            if (role == null) {
                continue;
            }
            int length = pluralTitleLength(a, i);
            List<Match> countries = countryList(a, i + length, true);
            if (countries.size() < 2 && a.lang.equals("en")) {
                countries = countryList(a, i, false);
            }
            if (countries.size() < 2) {
                continue;
            }
            for (Match c : countries) {
                String code = c.entry().id();
                if (a.people.stream().anyMatch(p -> code.equals(p.country()) && p.role().equals(role))) {
                    continue;
                }
                String holder = holder(code, role, day);
                a.people.add(holder != null ? new PersonRef(c.firstToken(), holder, role, code)
                        : new PersonRef(c.firstToken(), "~" + code + "|" + role, role, code));
            }
        }
    }

    private static String pluralTitleRole(SentenceAnalysis a, int i) {
        String w = a.tokens.get(i).text();
        String next = i + 1 < a.tokens.size() ? a.tokens.get(i + 1).text() : "";
        String third = i + 2 < a.tokens.size() ? a.tokens.get(i + 2).text() : "";
        return switch (a.lang) {
            case "en" -> w.equals("foreign") && next.equals("ministers") ? "foreign_minister"
                    : w.equals("prime") && next.equals("ministers") ? "prime_minister"
                    : w.equals("presidents") ? "president" : null;
            case "ru" -> RU_MINISTERS.contains(w) && next.equals("иностранных") && third.equals("дел") ? "foreign_minister"
                    : RU_HEADS.contains(w) && next.equals("мид") ? "foreign_minister"
                    : RU_PRESIDENTS.contains(w) ? "president" : null;
            case "ar" -> (w.equals("وزراء") || w.equals("وزيري")) && (next.equals("خارجيه") || next.equals("الخارجيه"))
                    ? "foreign_minister"
                    : w.equals("رؤساء") && (next.equals("وزراء") || next.equals("حكومات")) ? "prime_minister"
                    : w.equals("رؤساء") ? "president" : null;
            default -> null;
        };
    }

    private static int pluralTitleLength(SentenceAnalysis a, int i) {
        String w = a.tokens.get(i).text();
        return a.lang.equals("ru") && RU_MINISTERS.contains(w) ? 3 : w.equals("presidents") || RU_PRESIDENTS.contains(w)
                || w.equals("رؤساء") && !(a.tokens.size() > i + 1 && (a.tokens.get(i + 1).text().equals("وزراء")
                || a.tokens.get(i + 1).text().equals("حكومات"))) ? 1 : 2;
    }

    private static final Set<String> RU_MINISTERS = Set.of("министры", "министров", "министрами", "министрам");
    private static final Set<String> RU_HEADS = Set.of("главы", "глав", "главами", "главам");
    private static final Set<String> RU_PRESIDENTS = Set.of("президенты", "президентов", "президентами", "президентам");
    private static final Set<String> LIST_JOINERS = Set.of(",", "and", "и", "و", "،");

    /**
     * The countries listed right after {@code at} ("of Kyrgyzstan, Azerbaijan and Tajikistan"), or, with
     * {@code after} false, right before it ("the Kyrgyz, Azerbaijani and Tajik").
     */
    private static List<Match> countryList(SentenceAnalysis a, int at, boolean after) {
        List<Match> countries = a.matches.stream().filter(m -> m.entry().type() == Type.COUNTRY).toList();
        List<Match> list = new ArrayList<>();
        if (after) {
            int expected = at < a.tokens.size() && (a.tokens.get(at).text().equals("of")) ? at + 1 : at;
            expected = expected < a.tokens.size() && a.tokens.get(expected).text().equals("the") ? expected + 1 : expected;
            for (Match c : countries) {
                if (c.firstToken() == expected || !list.isEmpty() && joiners(a, expected, c.firstToken())) {
                    list.add(c);
                    expected = c.endToken();
                } else if (c.firstToken() > expected) {
                    break;
                }
            }
        } else {
            int expected = at;
            for (int k = countries.size() - 1; k >= 0; k--) {
                Match c = countries.get(k);
                if (c.endToken() == expected || !list.isEmpty() && joiners(a, c.endToken(), expected)) {
                    list.add(0, c);
                    expected = c.firstToken();
                } else if (c.endToken() < expected) {
                    break;
                }
            }
        }
        return list;
    }

    /** Whether the one or two tokens from {@code from} to {@code to} join a list: ",", "and", ", and", "و". */
    private static boolean joiners(SentenceAnalysis a, int from, int to) {
        if (to - from < 1 || to - from > 2) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (!LIST_JOINERS.contains(a.tokens.get(k).text())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the name at {@code token} follows an organization and an office in it: "UN Secretary-General
     * Antonio Guterres", "генеральный секретарь ООН Антониу Гутерриш", "الأمين العام لجامعة الدول العربية أحمد أبو
     * الغيط", "President of the New Development Bank Dilma Rousseff".
     */
    private static boolean officialOfOrganization(SentenceAnalysis a, int token) {
        Match org = null;
        for (Match m : a.matches) {
            if (m.entry().type() == Type.ORGANIZATION && m.endToken() <= token && token - m.endToken() <= 3) {
                org = m;
            }
        }
        if (org == null) {
            return false;
        }
        boolean office = false;
        for (int k = org.endToken(); k < token; k++) {
            String w = a.tokens.get(k).text();
            if (officeWord(w)) {
                office = true;
            } else if (!w.equals("-") && !w.equals("of") && !w.equals("the")) {
                return false;
            }
        }
        for (int k = Math.max(0, org.firstToken() - 4); k < org.firstToken() && !office && token == org.endToken(); k++) {
            office = officeWord(a.tokens.get(k).text());
        }
        return office;
    }

    private static final Set<String> ORG_OFFICES = Set.of("secretary-general", "secretary", "general", "president",
            "chairman", "chairperson", "chair", "director-general", "director", "head", "chief", "commissioner", "envoy",
            "الامين", "العام", "رئيس", "الرئيس", "مدير", "المدير", "امين");

    private static boolean officeWord(String w) {
        return ORG_OFFICES.contains(w) || w.startsWith("генсек") || w.startsWith("генеральн") || w.startsWith("секретар")
                || w.startsWith("председател") || w.startsWith("президент") || w.startsWith("директор")
                || w.startsWith("гендиректор");
    }

    /**
     * Whether a lower-case word of more than three letters stands between a title and a known name:
     * "Egyptian President Sisi received King Abdullah II" (the title is Sisi's, the king is the guest).
     * Never in Arabic, which has no capitals to tell.
     */
    private static boolean verbBetween(SentenceAnalysis a, int from, int to, String lang) {
        if (lang.equals("ar")) {
            return false;
        }
        for (int k = from; k < to; k++) {
            Token t = a.tokens.get(k);
            if (t.isWord() && t.end() - t.start() > 3 && !capitalizedAt(a, k, lang)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The match of the country before an English minister's field: "Indonesian Defence Minister", "Malaysia's
     * Trade and Industry Minister" (one to four capitalised words, "and", "&"), or -1.
     */
    private static int fieldCountryBefore(SentenceAnalysis a, List<Match> ms, int title) {
        int j = title - 1;
        while (j >= 0 && ms.get(j).entry().type() == Type.SECTOR) {
            j--;
        }
        if (j < 0 || ms.get(j).entry().type() != Type.COUNTRY || ms.get(j).entry().kind().equals("capital")) {
            return -1;
        }
        int from = ms.get(j).endToken();
        int to = ms.get(title).firstToken();
        if (to - from < 1 || to - from > 5) {
            return -1;
        }
        for (int k = from; k < to; k++) {
            String w = a.tokens.get(k).text();
            boolean possessive = k == from && (w.equals("'s") || w.equals("’s") || w.equals("'") || w.equals("’"))
                    || k == from + 1 && w.equals("s") && (a.tokens.get(from).text().equals("'") || a.tokens.get(from).text().equals("’"));
            boolean field = capitalizedAt(a, k, "en")
                    || k > from && (w.equals("and") || w.equals("&"));
            if (!possessive && !field) {
                return -1;
            }
        }
        return j;
    }

    /**
     * Whether a country right before a title is the title's ("Kazakh President", "Kazakhstan's
     * President"): at most one word between, no punctuation, and not a dateline's capital ("TOKYO –
     * President Marcos").
     */
    private static boolean adjacentBefore(SentenceAnalysis a, Match country, Match title) {
        int gap = title.firstToken() - country.endToken();
        if (gap > 1 || gap == 1 && !a.tokens.get(country.endToken()).isWord()) {
            return false;
        }
        if (gap == 1 && (!country.entry().kind().equals("adjective") || a.dates.stream()
                .anyMatch(d -> d.start() <= a.tokens.get(country.endToken()).start() && d.end() > a.tokens.get(country.endToken()).start()))) {
            return false; // "in Labuan Bajo, Indonesia today Prime Minister Anwar Ibrahim": the place, not his country
        }
        return !country.entry().kind().equals("capital");
    }

    /**
     * Whether the tokens from {@code from} to {@code to} are nothing, or given names and initials before a
     * surname: "Secretary of State Antony J. Blinken" (at most three, capitalised; not in Arabic, which has
     * no capitals to tell them).
     */
    private static boolean givenNamesBetween(SentenceAnalysis a, int from, int to) {
        if (to == from) {
            return true;
        }
        if (to < from || to - from > 3 || a.lang.equals("ar")) {
            return false;
        }
        for (int i = from; i < to; i++) {
            Token t = a.tokens.get(i);
            boolean initialDot = t.text().equals(".") && i > from && a.tokens.get(i - 1).text().length() == 1;
            if (!initialDot && !capitalizedAt(a, i, a.lang)) {
                return false;
            }
        }
        return true;
    }

    /** Where a name after a title would start: past a comma and honorific words. */
    private static int nameStart(SentenceAnalysis a, int from) {
        int i = from;
        if (i < a.tokens.size() && a.tokens.get(i).text().equals(",")) {
            i++;
        }
        while (i < a.tokens.size() && OpenNames.isHonorific(a.tokens.get(i).text(), a.lang)) {
            i++;
        }
        return i;
    }

    /** Whether the word at {@code i} could continue a name (a capitalised word; in Arabic, any word). */
    private static boolean capitalizedAt(SentenceAnalysis a, int i, String lang) {
        if (i >= a.tokens.size() || !a.tokens.get(i).isWord()) {
            return false;
        }
        if (lang.equals("ar")) {
            return false;
        }
        Token t = a.tokens.get(i);
        return Character.isUpperCase(a.nt.originalText(t.start(), t.end()).charAt(0));
    }

    /**
     * An English line in title case ("Uzbek President Highlights Regional Integration"): its capitals
     * say nothing about names.
     */
    private static boolean headline(SentenceAnalysis a, String lang) {
        if (!lang.equals("en") || a.sentence.text().strip().endsWith(".")) {
            return false; // a sentence of the body, however many names it has
        }
        int words = 0;
        int capitals = 0;
        for (Token t : a.tokens) {
            if (t.isWord() && t.text().length() > 3) {
                words++;
                if (Character.isUpperCase(a.nt.originalText(t.start(), t.end()).charAt(0))) {
                    capitals++;
                }
            }
        }
        return words >= 4 && capitals * 10 >= words * 7;
    }

    private static final Set<String> TITLE_KEYS = Set.of("president", "monarch", "crown_prince", "vice_president",
            "prime_minister", "deputy_prime_minister", "foreign_minister", "minister", "speaker", "ambassador", "other");

    /**
     * Joins the mentions of people the reference data does not know: a title alone ("the Egyptian
     * president") becomes the one person of that country and office the article names, and a
     * surname alone ("Sisi said", "السيسي", "Сиси") the person named in full elsewhere in the article.
     */
    private void linkOpenPeople(List<SentenceAnalysis> analyses, String lang) {
        // "لقاء الوزير مع نظيره القيرغيزي": the counterpart holds the office of the article's other side
        for (SentenceAnalysis a : analyses) {
            for (int k = 0; k < a.people.size(); k++) {
                PersonRef p = a.people.get(k);
                if (!p.role().equals("counterpart")) {
                    continue;
                }
                String role = analyses.stream().flatMap(x -> x.people.stream())
                        .filter(o -> !o.role().equals("counterpart") && o.country() != null && !o.country().equals(p.country()))
                        .map(PersonRef::role).findFirst().orElse("other");
                String slug = p.slug().endsWith("|counterpart") ? "~" + p.country() + "|" + role : p.slug();
                a.people.set(k, new PersonRef(p.token(), slug, role, p.country(), p.nameEn(), p.asWritten()));
            }
        }
        Map<String, PersonRef> bySurname = new LinkedHashMap<>();
        Map<String, Set<String>> byOffice = new HashMap<>();
        Map<String, PersonRef> identity = new HashMap<>();
        for (SentenceAnalysis a : analyses) {
            for (PersonRef p : a.people) {
                boolean titleOnly = p.open() && TITLE_KEYS.contains(p.slug().substring(p.slug().indexOf('|') + 1))
                        || a.byTitle.contains(p);
                if (titleOnly || p.country() == null) {
                    continue;
                }
                identity.putIfAbsent(p.slug(), p);
                byOffice.computeIfAbsent(p.country() + "|" + p.role(), k -> new LinkedHashSet<>()).add(p.slug());
                if (p.open()) {
                    String surname = p.slug().substring(p.slug().indexOf('|') + 1);
                    if (surname.length() >= 3) {
                        bySurname.putIfAbsent(surname, p);
                    }
                }
            }
        }
        for (SentenceAnalysis a : analyses) {
            for (int k = 0; k < a.people.size(); k++) {
                PersonRef p = a.people.get(k);
                boolean titleOnly = p.open() && p.slug().endsWith("|" + p.role()) && p.nameEn() == null;
                if (titleOnly || a.byTitle.contains(p)) {
                    // "the Crown Prince of Abu Dhabi" in an undated article: the one the article names so,
                    // not whoever holds the office today
                    Set<String> holders = byOffice.getOrDefault(p.country() + "|" + p.role(), Set.of());
                    if (holders.size() == 1 && !holders.contains(p.slug())) {
                        a.people.set(k, p.as(identity.get(holders.iterator().next())));
                    } else if (holders.isEmpty() && p.role().equals("minister") && titleOnly) {
                        // "الوزير القطري", "the Qatari minister": the one minister of that country the article names
                        Set<String> ministers = new LinkedHashSet<>();
                        for (String office : List.of("foreign_minister", "deputy_prime_minister")) {
                            ministers.addAll(byOffice.getOrDefault(p.country() + "|" + office, Set.of()));
                        }
                        if (ministers.size() == 1) {
                            PersonRef who = identity.get(ministers.iterator().next());
                            a.people.set(k, new PersonRef(p.token(), who.slug(), who.role(), who.country(), who.nameEn(),
                                    who.asWritten()));
                        }
                    }
                }
            }
            if (bySurname.isEmpty()) {
                continue;
            }
            boolean[] taken = a.known.clone();
            for (OpenNames.Name n : a.openNames) {
                for (int t = n.firstToken(); t < n.endToken(); t++) {
                    taken[t] = true;
                }
            }
            boolean added = false;
            for (int t = 0; t < a.tokens.size(); t++) {
                Token tok = a.tokens.get(t);
                if (taken[t] || !tok.isWord()) {
                    continue;
                }
                PersonRef who = surnameMention(a, tok, bySurname, lang);
                if (who != null) {
                    a.people.add(new PersonRef(t, who.slug(), who.role(), who.country(), who.nameEn(), who.asWritten()));
                    added = true;
                }
            }
            if (added) {
                a.people.sort(Comparator.comparingInt(PersonRef::token));
            }
        }
    }

    private static final List<String> AR_NAME_PREFIXES = List.of("وال", "بال", "لل", "ال", "و", "ب", "ل", "ف");

    private static PersonRef surnameMention(SentenceAnalysis a, Token tok, Map<String, PersonRef> bySurname, String lang) {
        String w = tok.text();
        if (lang.equals("ar")) {
            PersonRef p = bySurname.get(w);
            for (int i = 0; p == null && i < AR_NAME_PREFIXES.size(); i++) {
                String prefix = AR_NAME_PREFIXES.get(i);
                if (w.startsWith(prefix) && w.length() > prefix.length() + 2) {
                    p = bySurname.get(w.substring(prefix.length()));
                }
            }
            return p;
        }
        String original = a.nt.originalText(tok.start(), tok.end());
        if (!Character.isUpperCase(original.codePointAt(0))) {
            return null;
        }
        int dash = w.indexOf('-');
        String bare = dash > 0 && dash < w.length() - 2 ? w.substring(dash + 1) : w;
        bare = bare.endsWith("'s") || bare.endsWith("’s") ? bare.substring(0, bare.length() - 2) : bare;
        PersonRef p = bySurname.get(bare);
        if (p == null && lang.equals("ru")) {
            for (int cut = 1; cut <= 2 && p == null && bare.length() - cut >= 3; cut++) {
                p = bySurname.get(bare.substring(0, bare.length() - cut)); // "Эрдогана", "Эрдоганом"
            }
        }
        return p;
    }

    private String holder(String country, String role, LocalDate day) {
        List<OfficeTermRow> terms = termsByOffice.getOrDefault(country + "|" + role, List.of());
        List<OfficeTermRow> covering = terms.stream().filter(t -> covers(t, day)).toList();
        return covering.size() == 1 ? covering.getFirst().slug() : null;
    }

    /** States whose "Foreign Secretary" is the foreign ministry's senior civil servant, not its minister. */
    private static final Set<String> SECRETARY_OFFICIAL = Set.of("IN", "PK", "LK", "BD", "NP", "BT", "MV");

    /**
     * "Foreign Secretary Aruni Wijewardane" of Sri Lanka, India's Foreign Secretary: an official of the ministry (the
     * minister is "External Affairs Minister"); Britain's Foreign Secretary is its minister.
     */
    private static String foreignSecretary(SentenceAnalysis a, Match title, String role, String country) {
        if (!role.equals("foreign_minister") || country == null || !SECRETARY_OFFICIAL.contains(country)) {
            return role;
        }
        for (int t = title.firstToken(); t < title.endToken(); t++) {
            if (a.tokens.get(t).text().equalsIgnoreCase("secretary")) {
                return "other";
            }
        }
        return role;
    }

    /** "the President of the Spanish Government": the government's head, not the state's. */
    private static final Set<String> GOVERNMENT = Set.of("government", "правительства");

    /** Heads of government titled chancellor. */
    private static final Set<String> CHANCELLORS = Set.of("DE", "AT");
    /** States whose foreign minister the press (translating "canciller") calls chancellor. */
    private static final Set<String> CANCILLER = Set.of("AR", "BO", "BR", "CL", "CO", "CR", "CU", "DO", "EC", "GT", "HN",
            "MX", "NI", "PA", "PE", "PY", "SV", "UY", "VE");

    /**
     * "Chancellor", "المستشار", "канцлер" by the title's country: Germany's and Austria's head of government, a Latin
     * American foreign minister ("canciller"), else another office (an adviser: "المستشار والمبعوث الخاص لخادم
     * الحرمين الشريفين").
     */
    private static String chancellor(SentenceAnalysis a, Match title, String role, String country) {
        String word = a.tokens.get(title.firstToken()).text().toLowerCase(java.util.Locale.ROOT);
        boolean chancellor = title.endToken() - title.firstToken() <= 2 && (word.equals("chancellor") || word.equals("المستشار")
                || word.startsWith("канцлер") || word.equals("federal") || word.startsWith("федеральн"));
        if (!chancellor || !role.equals("prime_minister") || country == null || CHANCELLORS.contains(country)) {
            return role;
        }
        return CANCILLER.contains(country) ? "foreign_minister" : "other";
    }

    /** A surname after a given name's initial ("В.Путин и А.Теббун", "V. Putin"): a name, in any article. */
    private static boolean afterInitial(SentenceAnalysis a, int token, String lang) {
        if (lang.equals("ar") || token < 2 || !a.tokens.get(token - 1).text().equals(".")) {
            return false;
        }
        String initial = a.tokens.get(token - 2).text();
        return initial.length() == 1 && Character.isLetter(initial.charAt(0)) && capitalizedAt(a, token - 2, lang)
                && capitalizedAt(a, token, lang);
    }

    /**
     * A surname with its title next to it, the title one the person holds (on the day; undated, ever):
     * "الوزير أرياسا", "أرياسا وزير السلطة الشعبية للعلاقات الخارجية الفنزويلي". A generic "minister" fits
     * any ministry.
     */
    /** Offices a generic "minister" title may stand for. */
    private static final Set<String> MINISTRIES = Set.of("foreign_minister", "deputy_prime_minister");

    private boolean titledHolder(SentenceAnalysis a, List<Match> ms, int i, LocalDate day, boolean undated, String lang) {
        Match m = ms.get(i);
        if (!lang.equals("ar") && (!capitalizedAt(a, m.firstToken(), lang) || capitalizedAt(a, m.endToken(), lang))) {
            return false; // "Finance Minister Fernando Haddad": a given name
        }
        if (m.firstToken() > 0 && Gazetteer.PATRONYMIC
                .contains(a.tokens.get(m.firstToken() - 1).text().toLowerCase(java.util.Locale.ROOT))) {
            return false; // "فيصل بن فرحان بن عبدالله وزير الخارجية": a father's name, not Abdullah Abdullah
        }
        List<Match> titles = new ArrayList<>();
        if (i > 0 && ms.get(i - 1).entry().type() == Type.ROLE && ms.get(i - 1).endToken() == m.firstToken()) {
            titles.add(ms.get(i - 1));
        }
        if (i + 1 < ms.size() && ms.get(i + 1).entry().type() == Type.ROLE && (ms.get(i + 1).firstToken() == m.endToken()
                || ms.get(i + 1).firstToken() == m.endToken() + 1 && a.tokens.get(m.endToken()).text().equals(","))) {
            titles.add(ms.get(i + 1));
        }
        for (Match title : titles) {
            String role = title.entry().id();
            boolean held = termsByPerson.getOrDefault(m.entry().id(), List.of()).stream()
                    .filter(t -> undated || covers(t, day))
                    .anyMatch(t -> t.role().equals(role) || role.equals("minister")
                            && MINISTRIES.contains(t.role()));
            if (held) {
                return true;
            }
        }
        return false;
    }

    /** Whether the person holds an office of the vocabulary's top ranks on the day (not "other"). */
    /** Whether the person held any office of the country, or the reference data gives him none. */
    private boolean servedIn(String slug, String country) {
        List<OfficeTermRow> terms = termsByPerson.getOrDefault(slug, List.of());
        return terms.isEmpty() || terms.stream().anyMatch(t -> t.countryCode().equals(country));
    }

    private boolean inOffice(String slug, LocalDate day) {
        return topTermOn(slug, day) != null;
    }

    /** The person's first term of an office of the top ranks (not "other") that covers the day, or null. */
    private OfficeTermRow topTermOn(String slug, LocalDate day) {
        return termsByPerson.getOrDefault(slug, List.of()).stream().filter(t -> covers(t, day) && !t.role().equals("other"))
                .findFirst().orElse(null);
    }

    private OfficeTermRow termOn(String slug, LocalDate day, boolean undated) {
        List<OfficeTermRow> terms = termsByPerson.getOrDefault(slug, List.of());
        List<String> order = List.of("president", "monarch", "crown_prince", "prime_minister", "vice_president",
                "deputy_prime_minister", "foreign_minister", "speaker", "minister",
                "ambassador", "other");
        OfficeTermRow current = terms.stream().filter(t -> covers(t, day))
                .min(Comparator.comparingInt(t -> order.indexOf(t.role())))
                .orElse(null);
        if (current != null || !undated) {
            return current;
        }
        // an article with no date at all: the office the person held last (the press names
        // leaders mostly while in office)
        return terms.stream().filter(t -> !t.from().first().isAfter(day))
                .max(Comparator.comparing(t -> t.from().first())).orElse(null);
    }

    /** The person's term in that office on the day, else their latest term in it (none: they never held it). */
    private OfficeTermRow termAs(String slug, String role, LocalDate day) {
        List<OfficeTermRow> terms = termsByPerson.getOrDefault(slug, List.of()).stream()
                .filter(t -> t.role().equals(role)).toList();
        return terms.stream().filter(t -> covers(t, day)).findFirst()
                .orElse(terms.stream().max(Comparator.comparing(t -> t.from().first())).orElse(null));
    }

    private String lastCountry(String slug) {
        return termsByPerson.getOrDefault(slug, List.of()).stream()
                .max(Comparator.comparing(t -> t.from().first()))
                .map(OfficeTermRow::countryCode).orElse(null);
    }

    private static boolean covers(OfficeTermRow t, LocalDate day) {
        return !day.isBefore(t.from().first()) && (t.to() == null || !day.isAfter(t.to().last()));
    }

    private static final Set<String> TITLE_LINKS = Set.of("and", "و", ",", "،", "и", "-", "–");

    /** Two titles one person holds at once, in either order. */
    private static final Set<Set<String>> CHAINED_PAIRS = Set.of(Set.of("deputy_prime_minister", "foreign_minister"),
            Set.of("deputy_prime_minister", "minister"), Set.of("crown_prince", "prime_minister"),
            Set.of("prime_minister", "foreign_minister"), Set.of("vice_president", "prime_minister"),
            // "نائبة الرئيس الأرجنتيني، ورئيسة مجلس الشيوخ": a vice-president who presides over the senate
            Set.of("vice_president", "speaker"));

    /**
     * The office two titles of one person are recorded by: deputy prime minister beside a ministry, else the
     * first ("Crown Prince and Prime Minister Mohammed bin Salman" is the crown prince).
     */
    private static String chainedRole(String first, String second) {
        Set<String> roles = Set.of(first, second);
        if (roles.contains("deputy_prime_minister") && (roles.contains("foreign_minister") || roles.contains("minister"))) {
            return "deputy_prime_minister";
        }
        if (roles.contains("vice_president") && roles.contains("speaker")) {
            return "vice_president";
        }
        return first;
    }

    /**
     * The second of two titles of one person, of the heads of state, government and ministries ("Deputy
     * Prime Minister and Foreign Minister Ayman Safadi", "نائب رئيس مجلس الوزراء وزير الخارجية",
     * "вице-премьер, министр иностранных дел", "Crown Prince and Prime Minister Mohammed bin Salman"): the
     * person is recorded by {@link #chainedRole}, as the corpus's annotators do.
     */
    private static Map<Integer, Integer> chainedTitles(SentenceAnalysis a, List<Match> ms) {
        Map<Integer, Integer> out = new HashMap<>();
        for (int i = 0; i + 1 < ms.size(); i++) {
            Match x = ms.get(i);
            int next = i + 1;
            // "نائب رئيس مجلس الوزراء الإماراتي وزير الخارجية": the country's adjective between the titles
            boolean comma = false;
            if (a.lang.equals("ar") && ms.get(next).entry().type() == Type.COUNTRY && next + 1 < ms.size()
                    && (ms.get(next + 1).firstToken() == ms.get(next).endToken()
                    || (comma = ms.get(next + 1).firstToken() == ms.get(next).endToken() + 1
                    && TITLE_LINKS.contains(a.tokens.get(ms.get(next).endToken()).text())))) {
                next++;
            }
            Match y = ms.get(next);
            if (x.entry().type() != Type.ROLE || y.entry().type() != Type.ROLE || x.entry().id().equals(y.entry().id())) {
                continue;
            }
            // (with a comma after the country only a vice-president's senate: "رئيس الوزراء الأردني، ووزير
            // الخارجية" are two people)
            boolean pair = CHAINED_PAIRS.contains(Set.of(x.entry().id(), y.entry().id()))
                    && (!comma || Set.of(x.entry().id(), y.entry().id()).equals(Set.of("vice_president", "speaker")));
            int from = ms.get(next - 1).endToken();
            boolean linked = y.firstToken() - from <= 1
                    && (y.firstToken() == from || TITLE_LINKS.contains(a.tokens.get(from).text()));
            if (pair && linked) {
                out.put(next, i);
            }
        }
        return out;
    }
}
