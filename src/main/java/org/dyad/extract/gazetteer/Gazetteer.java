package org.dyad.extract.gazetteer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dyad.extract.text.NormalizedText;
import org.dyad.extract.text.Token;
import org.dyad.extract.text.Tokenizer;
import org.dyad.reference.files.ReferenceData;

/**
 * Finds the names Dyad knows in folded text: countries (names, formal names, adjectives, capitals),
 * people, organizations, sectors and office titles, per language. Longest match wins, left to
 * right, without overlaps, so "منظمة معاهدة الأمن الجماعي" is the CSTO and not the security sector.
 *
 * <p>Arabic words may carry clitics (و ف ب ل ك, the article ال and their combinations): a text word
 * matches an entry word when peeling them yields it. Russian words match in any case form
 * ({@link RussianForms}). In Russian and English a proper name must be capitalised in the original,
 * and an abbreviation written in capitals, so "turkey" or "un" do not match.
 */
public final class Gazetteer {

    /** The Arabic article written before a family name in Latin or Cyrillic letters: "el-Sisi", "аль-Судани". */
    private static final java.util.regex.Pattern ARABIC_ARTICLE =
            java.util.regex.Pattern.compile("(?i)(?:al|el|as|ad|ash|an|ar|at|az|аль|ас|ад|ан|ар|аш|ат|эль)-(\\p{L}{4,})");

    public enum Type { COUNTRY, PERSON, SURNAME, ORGANIZATION, SECTOR, ROLE }

    /** What a phrase names: type, identifier (ISO code, person slug, org code, sector or role code), kind. */
    public record Entry(Type type, String id, String kind, Casing casing) {}

    /** How the original text must be written for a match. */
    public enum Casing { ANY, CAPITALIZED, UPPER }

    public record Match(int firstToken, int endToken, int start, int end, Entry entry) {}

    private static final class Node {
        final Map<String, Node> next = new HashMap<>();
        Entry entry;
    }

    private static final List<String> ARABIC_PREFIXES = List.of(
            "وبال", "وال", "بال", "فال", "كال", "ولل", "لل", "و", "ف", "ب", "ل", "ك", "ال");
    private static final Set<String> ARABIC_STOP = Set.of("مالي", "عمان", "جزر", "السلام", "الامل");

    private static final Set<String> ORDINALS = Set.copyOf(List.of(
            "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
            "الاول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع", "العاشر",
            "الاولي", "الثانيه", "الثالثه", "الرابعه", "الخامسه", "السادسه", "السابعه", "الثامنه", "التاسعه", "العاشره",
            "первая", "вторая", "третья", "четвертая", "пятая", "шестая", "седьмая", "восьмая", "девятая", "десятая",
            "первой", "второй", "третьей", "четвертой", "пятой", "шестой", "седьмой", "восьмой", "девятой", "десятой",
            "первый", "третий", "четвертый", "пятый", "седьмой", "девятый", "десятый",
            "первого", "второго", "третьего", "четвертого", "пятого", "шестого", "седьмого", "восьмого", "девятого"));

    /** Words skipped inside one match (an ordinal, a detached "و"): a few, so work stays linear. */
    private static final int MAX_SKIPS = 3;

    private final Map<String, Node> roots = new HashMap<>();
    /**
     * Arabic countries by the consonants of their one-word names and adjectives: the press spells a
     * foreign name's long vowels as it hears it ("السينغالي" / "السنغالي", "أوزباكستان" / "أوزبكستان").
     * A skeleton two countries share is left out.
     */
    private final Map<String, List<Object[]>> arabicSkeletons = new HashMap<>();

    private Gazetteer() {
    }

    /** Words that join a father's name to a given name ("bin", "ибн", "بن"): what follows is no family name. */
    public static final Set<String> PATRONYMIC = Set.of("bin", "ibn", "bint", "бин", "ибн", "бен", "بن", "ابن", "بنت");

    /** A person's family name from one written form of the name (with and without an Arabic article). */
    private static void addSurnames(String lang, String fullName, String slug, boolean familyFirst,
            Map<String, Set<String>> surnameSlugs, List<String[]> surnames) {
        String[] parts = fullName.split(" ");
        // "Yoon Suk Yeol", "Pham Binh Minh": the family name comes first
        String family = familyFirst ? parts[0] : parts[parts.length - 1];
        // "Abdel Fattah el-Sisi" is "President Sisi" too, "аль-Судани" "Судани"
        java.util.regex.Matcher article = ARABIC_ARTICLE.matcher(family);
        for (String last : article.matches() && !lang.equals("ar") ? List.of(family, article.group(1)) : List.of(family)) {
            if (parts.length > 1 && last.length() >= 4 && !CALENDAR_WORDS.contains(last.toLowerCase(java.util.Locale.ROOT))
                    && !ORDINALS.contains(NormalizedText.of(last).text().toLowerCase(java.util.Locale.ROOT))
                    && !(lang.equals("ar") && ARABIC_NOT_SURNAMES.contains(NormalizedText.of(last).text()))) {
                String surname = lang + "|" + NormalizedText.of(last).text();
                surnameSlugs.computeIfAbsent(surname, k -> new java.util.HashSet<>()).add(slug);
                surnames.add(new String[]{lang, last, slug, surname});
            }
        }
    }

    public static Gazetteer of(ReferenceData data) {
        Gazetteer g = new Gazetteer();
        for (var c : data.countries()) {
            g.add("en", c.nameEn(), new Entry(Type.COUNTRY, c.code(), "name", Casing.CAPITALIZED));
            g.add("ru", c.nameRu(), new Entry(Type.COUNTRY, c.code(), "name", Casing.CAPITALIZED));
            if (!ARABIC_STOP.contains(NormalizedText.of(c.nameAr()).text())) {
                g.add("ar", c.nameAr(), new Entry(Type.COUNTRY, c.code(), "name", Casing.ANY));
            }
        }
        for (var a : data.countryAliases()) {
            Casing casing = a.kind().equals("adjective") ? Casing.ANY : casingOf(a.alias());
            g.add(a.lang(), a.alias(), new Entry(Type.COUNTRY, a.countryCode(), a.kind(), casing));
        }
        Map<String, Set<String>> surnameSlugs = new HashMap<>();
        List<String[]> surnames = new ArrayList<>();
        Set<String> familyFirst = familyNameFirst(data);
        for (var p : data.people()) {
            for (String[] name : List.of(new String[]{"en", p.nameEn()}, new String[]{"ru", p.nameRu()},
                    new String[]{"ar", p.nameAr()})) {
                if (name[1] == null || name[1].isBlank()) {
                    continue;
                }
                for (String form : personForms(name[0], name[1])) {
                    g.add(name[0], form, new Entry(Type.PERSON, p.slug(), "name", casingOf(name[1])));
                }
                String hyphened = name[0].equals("ru") ? hyphenedAs(p.nameEn(), name[1]) : null;
                if (hyphened != null) {
                    g.add("ru", hyphened, new Entry(Type.PERSON, p.slug(), "name", casingOf(name[1])));
                }
                addSurnames(name[0], name[1], p.slug(), familyFirst.contains(p.slug()), surnameSlugs, surnames);
            }
        }
        for (var a : data.personAliases()) {
            for (String form : personForms(a.lang(), a.alias())) {
                g.add(a.lang(), form, new Entry(Type.PERSON, a.slug(), "alias", casingOf(a.alias())));
            }
            // the press's other spelling ("أولاف شولتز") gives its surname too ("كيشيدا وشولتز"), but not a father's
            // name ("محمد بن سلمان" is no "Salman"), nor a name written in the other order ("William Lai")
            String[] parts = a.alias().split(" ");
            if (parts.length > 1 && !PATRONYMIC.contains(parts[parts.length - 2].toLowerCase(java.util.Locale.ROOT))
                    && !familyFirst.contains(a.slug())) {
                addSurnames(a.lang(), a.alias(), a.slug(), false, surnameSlugs, surnames);
            }
        }
        // a title before a surname that is the same word: "King" is Jordan's king far more often than Stephenson King
        RoleWords.forEach((lang, phrase, role) -> g.addIfAbsent(lang, phrase, new Entry(Type.ROLE, role, "title",
                phrase.equals(phrase.toUpperCase(java.util.Locale.ROOT)) && isLatin(phrase) ? Casing.UPPER : Casing.ANY)));
        for (String[] s : surnames) {
            if (surnameSlugs.get(s[3]).size() == 1) {
                g.addIfAbsent(s[0], s[1], new Entry(Type.SURNAME, s[2], "surname", casingOf(s[1])));
                if (!s[0].equals("ar") && s[1].contains("-")) {
                    // "Amir Abdollahian also underlined": not the title "Amir"
                    g.addIfAbsent(s[0], s[1].replace('-', ' '), new Entry(Type.SURNAME, s[2], "surname", casingOf(s[1])));
                }
            }
        }
        for (var o : data.organizations()) {
            // "a group of seven South American countries" is no Group of Seven: a capitalized English name as written
            // (an acronym in any case: "Brics", "Nato")
            Casing english = casingOf(o.nameEn()) == Casing.CAPITALIZED ? Casing.CAPITALIZED : Casing.ANY;
            g.add("en", o.nameEn(), new Entry(Type.ORGANIZATION, o.code(), "name", english));
            g.add("ru", o.nameRu(), new Entry(Type.ORGANIZATION, o.code(), "name", Casing.ANY));
            g.add("ar", o.nameAr(), new Entry(Type.ORGANIZATION, o.code(), "name", Casing.ANY));
        }
        for (var a : data.organizationAliases()) {
            Entry e = new Entry(Type.ORGANIZATION, a.orgCode(), "alias", casingOf(a.alias()));
            g.add(a.lang(), a.alias(), e);
            if (e.casing() == Casing.UPPER && isLatin(a.alias())) {
                // Latin abbreviations (SCO, CSTO, BRICS) appear in Russian and Arabic text too
                g.addIfAbsent("ru", a.alias(), e);
                g.addIfAbsent("ar", a.alias(), e);
            }
        }
        for (var t : data.sectorTerms()) {
            g.addIfAbsent(t.lang(), t.term(), new Entry(Type.SECTOR, t.code(), "term", casingOf(t.term())));
        }
        for (var c : data.countries()) {
            g.addSkeleton(c.nameAr(), new Entry(Type.COUNTRY, c.code(), "name", Casing.ANY));
        }
        for (var a : data.countryAliases()) {
            if (a.lang().equals("ar")) {
                g.addSkeleton(a.alias(), new Entry(Type.COUNTRY, a.countryCode(), a.kind(), Casing.ANY));
            }
        }
        g.arabicSkeletons.values().removeIf(l -> l.stream().map(o -> ((Entry) o[1]).id()).distinct().count() > 1);
        return g;
    }

    /** Words of the calendar that are also surnames ("Godwin Friday"): never a surname alone. */
    /**
     * Arabic words that end a known person's name but are, alone, words of every text: a day or a month ("الخميس",
     * Imad Khamis; "الجمعة", Mehdi Jomaa), peace ("السلام"), one ("واحد"), Arab ("العربي"), main ("رئيسي"), a billion,
     * the league, cinema, an honorific ("مولاي"). (Ordinals, "خوان كارلوس الأول", are left out by {@code ORDINALS}.)
     */
    private static final Set<String> ARABIC_NOT_SURNAMES = Set.of("السبت", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء",
            "الخميس", "الجمعه", "يناير", "فبراير", "مارس", "ابريل", "مايو", "يونيو", "يوليو", "اغسطس", "سبتمبر", "اكتوبر",
            "نوفمبر", "ديسمبر", "كانون", "شباط", "اذار", "نيسان", "ايار", "حزيران", "تموز", "ايلول", "تشرين", "رمضان",
            "السلام", "للسلام", "واحد", "عربي", "العربي", "رئيسي", "الرئيسي", "بليون", "مليون", "مليار", "النشيد", "الدوري",
            "دوري", "سيما", "مولاي");

    private static final Set<String> CALENDAR_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "june", "july", "august", "september",
            "october", "november", "december");

    /** Countries whose people's names are written family name first, in every script of the press. */
    private static final Set<String> FAMILY_NAME_FIRST = Set.of("CN", "TW", "KR", "KP", "VN", "KH");

    /** The people who held an office of a country that writes the family name first. */
    public static Set<String> familyNameFirst(ReferenceData data) {
        Set<String> out = new java.util.HashSet<>();
        data.officeTerms().stream().filter(t -> FAMILY_NAME_FIRST.contains(t.countryCode())).forEach(t -> out.add(t.slug()));
        return out;
    }

    private void addSkeleton(String phrase, Entry entry) {
        if (phrase == null) {
            return;
        }
        String w = NormalizedText.of(phrase).text().strip();
        if (w.contains(" ") || ARABIC_STOP.contains(w)) {
            return;
        }
        String skeleton = skeleton(w);
        if (skeleton.length() >= 4) {
            arabicSkeletons.computeIfAbsent(skeleton, k -> new ArrayList<>()).add(new Object[] {w.length(), entry,
                    ending(w), vowels(w)});
        }
    }

    /** Words that share a country's consonants: "الألبان" is dairy as often as Albanians. */
    private static final Set<String> SKELETON_STOP = Set.of("الالبان", "البان");

    private static String withoutArticle(String w) {
        return w.startsWith("ال") && w.length() > 4 ? w.substring(2) : w;
    }

    /** A folded Arabic word without its article and without the long vowels after its first letter. */
    static String skeleton(String w) {
        String bare = withoutArticle(w);
        StringBuilder b = new StringBuilder(bare.length());
        for (int i = 0; i < bare.length(); i++) {
            char c = bare.charAt(i);
            if (i == 0 || c != 'ا' && c != 'و' && c != 'ي' && c != 'ه') {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** The long vowels {@link #skeleton} leaves out, in order. */
    static String vowels(String w) {
        String bare = withoutArticle(w);
        StringBuilder b = new StringBuilder();
        for (int i = 1; i < bare.length(); i++) {
            char c = bare.charAt(i);
            if (c == 'ا' || c == 'و' || c == 'ي') {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Whether one vowel sequence is the other with letters added: spellings add long vowels, not swap them. */
    private static boolean addedVowels(String a, String b) {
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        int k = 0;
        for (int i = 0; i < longer.length() && k < shorter.length(); i++) {
            if (longer.charAt(i) == shorter.charAt(k)) {
                k++;
            }
        }
        return k == shorter.length();
    }

    /** The last letter of a folded Arabic word before a final nisba ي and feminine ة (folded to ه). */
    private static char ending(String w) {
        int end = w.length() - 1;
        if (end > 2 && w.charAt(end) == 'ه') {
            end--; // "الإسبانية"
        }
        if (end > 2 && w.charAt(end) == 'ي') {
            end--; // "الإسباني"
        }
        return w.charAt(end);
    }

    /** A country whose name the Arabic word spells with other long vowels, or null. */
    private Entry arabicVariant(String word) {
        for (String w : arabicCandidates(word, true)) {
            if (SKELETON_STOP.contains(w)) {
                return null;
            }
            List<Object[]> found = arabicSkeletons.get(skeleton(w));
            if (found == null) {
                continue;
            }
            char end = ending(w);
            String vowels = vowels(w);
            for (Object[] f : found) {
                // the same ending too, but for a nisba's ي or ة ("البنجلاديشي" beside "بنجلاديش", "الألمان" beside
                // "الألماني"): "ارتورو", Arturo, is no "إريتريا", "الأجندة" no "أوغندا"
                // (and the long vowels of one are the other's with some added: "أنجيلا", Angela, is no "أنجولا")
                if (Math.abs((Integer) f[0] - w.length()) <= 2 && (Character) f[2] == end
                        && addedVowels((String) f[3], vowels)) {
                    return (Entry) f[1];
                }
            }
        }
        return null;
    }

    private static Casing casingOf(String original) {
        String letters = original.replaceAll("[^\\p{L}]", "");
        if (letters.isEmpty() || !(isLatin(letters) || isCyrillicText(letters))) {
            return Casing.ANY;
        }
        if (letters.length() <= 6 && letters.equals(letters.toUpperCase()) && letters.length() >= 2) {
            return Casing.UPPER;
        }
        return Character.isUpperCase(letters.charAt(0)) ? Casing.CAPITALIZED : Casing.ANY;
    }

    private static boolean isLatin(String s) {
        return !s.isEmpty() && Character.UnicodeScript.of(s.codePointAt(0)) == Character.UnicodeScript.LATIN;
    }

    private static boolean isCyrillicText(String s) {
        return !s.isEmpty() && Character.UnicodeScript.of(s.codePointAt(0)) == Character.UnicodeScript.CYRILLIC;
    }

    private static final java.util.regex.Pattern ABD_SPACED = java.util.regex.Pattern.compile("(^|\\s)عبد\\s+ال");
    private static final java.util.regex.Pattern ABD_JOINED = java.util.regex.Pattern.compile("(^|\\s)عبدال");

    /**
     * A name and the spellings the Arabic press uses for it interchangeably: "عبد الفتاح" and
     * "عبدالفتاح", "عبد الله" and "عبدالله".
     */
    /**
     * The Russian name with hyphens where the English one has them ("Hossein Amir-Abdollahian": "Хосейн
     * Амир Абдоллахиан" is "Хосейн Амир-Абдоллахиан" too), when both have as many words; else null.
     */
    static String hyphenedAs(String english, String russian) {
        if (english == null || !english.contains("-") || russian.contains("-")) {
            return null;
        }
        String[] en = english.split("[ -]");
        String[] ru = russian.split(" ");
        if (en.length != ru.length) {
            return null;
        }
        StringBuilder out = new StringBuilder(ru[0]);
        int at = en[0].length();
        for (int k = 1; k < ru.length; k++) {
            out.append(english.charAt(at)).append(ru[k]);
            at += 1 + en[k].length();
        }
        return out.toString();
    }

    static List<String> personForms(String lang, String name) {
        if (lang.equals("ru") || lang.equals("en")) {
            // "Тамим бин Хамад" and "Тамим бен Хамад", "Mohammed bin Salman" and "Mohammed ben Salman"
            String[] links = lang.equals("ru") ? new String[]{" бин ", " бен ", " ибн "} : new String[]{" bin ", " ben "};
            List<String> forms = new ArrayList<>(List.of(name));
            for (String from : links) {
                if (name.contains(from)) {
                    for (String to : links) {
                        forms.add(name.replace(from, to));
                    }
                }
            }
            // "Hossein Amir-Abdollahian" is often "Hossein Amir Abdollahian", "Kassym-Jomart" "Kassym Jomart"
            if (name.contains("-")) {
                List.copyOf(forms).forEach(f -> forms.add(f.replace('-', ' ')));
            }
            return forms.stream().distinct().toList();
        }
        if (!lang.equals("ar")) {
            return List.of(name);
        }
        String joined = ABD_SPACED.matcher(name).replaceAll("$1عبدال");
        String spaced = ABD_JOINED.matcher(name).replaceAll("$1عبد ال");
        List<String> forms = new ArrayList<>(List.of(name, joined, spaced));
        // "عبد الحميد الدبيبة" is "عبدالحميد دبيبة" too: the family name without its article
        for (String f : List.copyOf(forms)) {
            int last = f.lastIndexOf(' ');
            if (last > 0 && f.startsWith("ال", last + 1) && f.length() - last - 3 >= 3) {
                forms.add(f.substring(0, last + 1) + f.substring(last + 3));
            }
        }
        return forms.stream().distinct().toList();
    }

    private void add(String lang, String phrase, Entry entry) {
        insert(lang, phrase, entry, true);
    }

    private void addIfAbsent(String lang, String phrase, Entry entry) {
        insert(lang, phrase, entry, false);
    }

    private void insert(String lang, String phrase, Entry entry, boolean replace) {
        List<Token> words = Tokenizer.tokenize(NormalizedText.of(phrase).text()).stream()
                .filter(t -> t.kind() != Token.Kind.PUNCT || t.text().equals("+")).toList();
        if (words.isEmpty()) {
            return;
        }
        Node node = roots.computeIfAbsent(lang, l -> new Node());
        for (int i = 0; i < words.size(); i++) {
            // "People's Republic of China": the text's words are looked up without their possessive (candidates)
            String key = key(lang, stripPossessive(words.get(i).text()), i, placeName(entry));
            if (key == null) {
                continue;
            }
            node = node.next.computeIfAbsent(key, k -> new Node());
        }
        if (replace || node.entry == null) {
            // a person's full name wins over a surname, a name over a sector term
            if (node.entry == null || replace && rank(entry) >= rank(node.entry)) {
                node.entry = entry;
            }
        }
    }

    /** A country's or capital's name, a noun whatever its ending ("Ханой" → "Ханое", not "Ханом"). */
    private static boolean placeName(Entry entry) {
        return entry.type() == Type.COUNTRY && !entry.kind().equals("adjective");
    }

    /**
     * The trie key of an entry word. Inside an Arabic phrase the conjunction "و" is written joined or
     * apart ("واتخاذ" / "و اتخاذ"): it is dropped from keys and skipped in the text.
     */
    private static String key(String lang, String word, int position, boolean placeName) {
        return switch (lang) {
            case "ru" -> placeName ? RussianForms.nounKey(word) : RussianForms.key(word);
            case "ar" -> {
                if (position > 0 && word.equals("و")) {
                    yield null;
                }
                yield position > 0 && word.length() > 3 && word.charAt(0) == 'و' ? word.substring(1) : word;
            }
            default -> word;
        };
    }

    private static int rank(Entry e) {
        return switch (e.type()) {
            case SURNAME, ROLE, SECTOR -> 0;
            default -> 1;
        };
    }

    /** Non-overlapping longest matches in the tokens of the folded text of {@code text}. */
    public List<Match> match(NormalizedText text, List<Token> tokens, String lang) {
        Node root = roots.get(lang);
        List<Match> found = new ArrayList<>();
        if (root == null) {
            return found;
        }
        int i = 0;
        while (i < tokens.size()) {
            Match best = longestAt(root, text, tokens, i, lang);
            if (best == null && lang.equals("ar") && tokens.get(i).isWord() && tokens.get(i).text().length() >= 5) {
                Entry variant = arabicVariant(tokens.get(i).text());
                if (variant != null) {
                    best = new Match(i, i + 1, tokens.get(i).start(), tokens.get(i).end(), variant);
                }
            }
            if (best == null && !lang.equals("ar") && tokens.get(i).isWord() && tokens.get(i).text().indexOf('-') > 0) {
                int before = found.size();
                hyphenedCountries(root, text, tokens.get(i), i, lang, found);
                if (found.size() > before) {
                    i++;
                    continue;
                }
            }
            if (best != null) {
                found.add(best);
                i = best.endToken();
            } else {
                i++;
            }
        }
        return found;
    }

    /** The country a single word names (not a capital), or null. */
    private Entry countryWord(Node root, String word, String lang) {
        Entry country = null;
        for (String key : candidates(word, lang, true)) {
            Node n = root.next.get(key);
            if (n != null && n.entry != null && n.entry.type() == Type.COUNTRY && !n.entry.kind().equals("capital")) {
                country = n.entry;
            }
        }
        return country;
    }

    /**
     * The countries of a hyphened pair ("UK-US cooperation", "India-Egypt ties", "Россия-Китай",
     * "российско-китайских переговоров"), each a
     * match of the one token with its own span, when every part is a country's one-word name; otherwise none
     * ("Kassym-Jomart", "Guinea-Bissau" is a name of its own and matched whole before this is tried).
     */
    private void hyphenedCountries(Node root, NormalizedText text, Token token, int index, String lang, List<Match> found) {
        String[] parts = token.text().split("-");
        if (parts.length < 2 || parts.length > 3) {
            return;
        }
        List<Match> out = new ArrayList<>(parts.length);
        int at = token.start();
        for (int p = 0; p < parts.length; p++) {
            String part = parts[p];
            Entry country = countryWord(root, part, lang);
            boolean compound = false;
            if (country == null && lang.equals("ru") && p < parts.length - 1 && part.endsWith("о") && part.length() > 3) {
                // "российско-китайских переговоров": the compound's first parts are adjectives' stems
                String stem = part.substring(0, part.length() - 1);
                country = countryWord(root, stem.endsWith("к") ? stem + "ий" : stem + "ский", lang);
                compound = country != null && "adjective".equals(country.kind());
            }
            String original = text.originalText(at, at + part.length());
            boolean adjective = lang.equals("ru") && country != null && "adjective".equals(country.kind());
            if (country == null || original.isEmpty() || !adjective && !compound && !Character.isUpperCase(original.codePointAt(0))) {
                return;
            }
            out.add(new Match(index, index + 1, at, at + part.length(), country));
            at += part.length() + 1;
        }
        found.addAll(out);
    }

    private static final Set<String> DASHES = Set.of("-", "–", "—");

    private Match longestAt(Node root, NormalizedText text, List<Token> tokens, int i, String lang) {
        Match best = null;
        // depth-first over the candidate keys of each word; phrases are short, so this stays cheap
        List<Object[]> frontier = new ArrayList<>();
        frontier.add(new Object[]{root, i, 0});
        while (!frontier.isEmpty()) {
            Object[] state = frontier.removeLast();
            Node node = (Node) state[0];
            int k = (Integer) state[1];
            int skipped = (Integer) state[2];
            if (k >= tokens.size()) {
                continue;
            }
            Token t = tokens.get(k);
            if (t.kind() == Token.Kind.PUNCT && !t.text().equals("+")) {
                if (t.text().equals(".") && k > i && tokens.get(k - 1).end() == t.start() && tokens.get(k - 1).text().length() == 1
                        && k + 1 < tokens.size() && tokens.get(k + 1).start() == t.end()) {
                    frontier.add(new Object[]{node, k + 1, skipped}); // "U.S.": the dots of an abbreviation
                }
                if (k > i && DASHES.contains(t.text())) {
                    frontier.add(new Object[]{node, k + 1, skipped}); // "Папуа — Новая Гвинея": a dash inside a name
                }
                continue;
            }
            boolean skippable = k > i && skipped < MAX_SKIPS;
            if (skippable && ORDINALS.contains(t.text())) {
                frontier.add(new Object[]{node, k + 1, skipped + 1}); // "the fifth Consultative Meeting"
            }
            if (lang.equals("ar") && k > i && t.text().equals("و")) {
                if (skippable) {
                    frontier.add(new Object[]{node, k + 1, skipped + 1}); // "و اتخاذ": the conjunction apart
                }
                continue;
            }
            for (String key : candidates(t.text(), lang, k == i)) {
                Node next = node.next.get(key);
                if (next == null) {
                    continue;
                }
                if (next.entry != null && casingOk(next.entry, text, tokens, i, k + 1)
                        && !(lang.equals("ar") && next.entry.type() == Type.SURNAME && k == i && !articleFree(t.text(), key))
                        && (best == null || k + 1 > best.endToken())) {
                    best = new Match(i, k + 1, tokens.get(i).start(), t.end(), next.entry);
                }
                if (!next.next.isEmpty()) {
                    frontier.add(new Object[]{next, k + 1, skipped});
                }
            }
        }
        return best;
    }

    /**
     * Whether an Arabic word reads as the key without an article the text writes onto it: a family name alone is never
     * written with one it does not have ("الخميس", Thursday, is no Khamis; "الأولى" no Oli), nor a "billion" ("بليون")
     * a Leon with "ب".
     */
    private static boolean articleFree(String word, String key) {
        if (word.equals(key)) {
            return true;
        }
        String prefix = word.endsWith(key) ? word.substring(0, word.length() - key.length()) : "";
        return !prefix.endsWith("ال") && !prefix.equals("لل") && !word.equals("بليون") && !word.equals("مليون");
    }

    private static List<String> candidates(String word, String lang, boolean first) {
        String w = stripPossessive(word);
        return switch (lang) {
            case "ru" -> RussianForms.candidates(w);
            case "ar" -> arabicCandidates(w, first);
            default -> englishCandidates(w);
        };
    }

    /** The word, and its singular when it looks like a regular plural ("corridors", "textiles"). */
    private static List<String> englishCandidates(String w) {
        if (w.length() > 4 && w.endsWith("s") && !w.endsWith("ss")) {
            return List.of(w, w.substring(0, w.length() - 1));
        }
        return List.of(w);
    }

    private static String stripPossessive(String w) {
        if (w.endsWith("'s") || w.endsWith("’s")) {
            return w.substring(0, w.length() - 2);
        }
        return w;
    }

    private static List<String> arabicCandidates(String w, boolean first) {
        List<String> out = new ArrayList<>(4);
        out.add(w);
        for (String p : ARABIC_PREFIXES) {
            if (w.length() > p.length() + 1 && w.startsWith(p)) {
                String rest = w.substring(p.length());
                out.add(rest);
                if (p.endsWith("ال") || p.equals("لل")) {
                    out.add("ال" + rest); // "للتعاون" is "ل" + "التعاون"
                }
            }
        }
        if (!w.startsWith("ال") && (w.endsWith("ي") || w.endsWith("يه")) && w.length() >= 4) {
            out.add("ال" + w); // an adjective without the article: "ريال سعودي", "وفد مصري", "جانب أوزبكي"
        }
        return out;
    }

    private static boolean casingOk(Entry entry, NormalizedText text, List<Token> tokens, int from, int to) {
        if (entry.casing() == Casing.ANY) {
            return true;
        }
        String original = text.originalText(tokens.get(from).start(), tokens.get(to - 1).end());
        String letters = original.replaceAll("[^\\p{L}]", "");
        if (letters.isEmpty()) {
            return false;
        }
        if (entry.casing() == Casing.UPPER) {
            return letters.equals(letters.toUpperCase());
        }
        return Character.isUpperCase(letters.charAt(0));
    }
}
