package org.dyad.extract.people;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.dyad.extract.text.NormalizedText;
import org.dyad.extract.text.Token;

/**
 * Reads the name that follows an office title when the reference data does not know the person:
 * "Egyptian President <b>Abdel Fattah al-Sisi</b>", "الرئيس المصري <b>عبد الفتاح السيسي</b>",
 * "президентом Египта <b>Абдель Фаттахом ас-Сиси</b>". In English and Russian a name is a run of
 * capitalised words (with the particles al-, bin, de…); in Arabic, which has no capitals, it is a
 * run of words up to a function word, a verb of the readout, a known name or punctuation, at most
 * a few words long. Honorifics (Sheikh, Prince, الشيخ, الأمير…) before the name are skipped.
 */
public final class OpenNames {

    /**
     * Words of the Arabic names the reference data knows (given names, family names, foreign names
     * as the Arabic press writes them). Arabic has no capitals, so a run of words after a title is
     * taken for a name only when one of its words is a known name word ("قاعة القمة العربية" after
     * "الملك السعودي" is a place, not a name).
     */
    private final Set<String> arabicNameWords;

    private final ArabicSpellings spellings;

    public OpenNames(java.util.Collection<String> arabicNames, ArabicSpellings spellings) {
        this.spellings = spellings;
        Set<String> words = new java.util.HashSet<>();
        for (String name : arabicNames) {
            if (name == null || name.isBlank()) {
                continue;
            }
            for (String w : NormalizedText.of(name).text().split("\\s+")) {
                String bare = w.startsWith("ال") && w.length() > 4 ? w.substring(2) : w;
                if (bare.length() >= 3 && !AR_PARTICLES.contains(w)) {
                    words.add(w);
                    words.add(bare);
                }
            }
        }
        this.arabicNameWords = Set.copyOf(words);
    }

    /** A name found in the text: its tokens [first, end), the original text, and a Latin form. */
    public record Name(int firstToken, int endToken, String asWritten, String latin) {}

    private static final int MAX_WORDS = 6;

    private static final Set<String> EN_PARTICLES = Set.of("al", "el", "bin", "ibn", "bint", "ben", "abu", "de", "da",
            "dos", "das", "do", "van", "von", "der", "den", "la", "le", "du", "di", "del", "y");
    private static final Set<String> EN_HONORIFICS = Set.of("sheikh", "shaikh", "sheik", "prince", "princess", "mr",
            "mrs", "ms", "dr", "his", "her", "highness", "majesty", "excellency", "royal", "h.e", "he", "hrh", "sultan",
            "emir", "king", "queen", "general", "gen", "marshal", "field", "sir", "lord", "madam");
    /** Capitalised words after a title that are not a name ("President On Monday", "Minister Of"). */
    private static final Set<String> EN_NOT_NAMES = Set.of("on", "in", "of", "the", "and", "at", "for", "with", "to",
            "said", "says", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
            "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
            "december", "who", "has", "had", "was", "is", "also", "during", "after", "before", "a", "an", "as", "by",
            "from", "met", "held", "received", "welcomed", "hosted", "spoke", "discussed", "arrived", "told", "that",
            // institutions after a title ("Speaker of the Australian House of Representatives")
            "house", "parliament", "senate", "assembly", "council", "chamber", "congress", "ministry", "embassy",
            "government", "office", "cabinet", "republic", "kingdom", "state", "federal", "national", "foreign", "affairs",
            // bodies: "Secretary-General of Japan-Qatar Parliamentary Friendship Association Tadahiko Ito"
            "association", "parliamentary", "friendship", "committee", "commission", "party", "union", "league",
            "federation", "organization", "organisation", "foundation", "institute", "university", "agency", "bank",
            "company", "corporation", "group", "society", "department", "central");

    private static final Set<String> RU_PARTICLES = Set.of("бен", "бин", "ибн", "де", "да", "дос", "ван", "фон", "дер",
            "ди", "дель", "ле", "ла", "аль", "эль", "ас", "ад", "ат", "ар", "аш", "абу");
    private static final Set<String> RU_HONORIFICS = Set.of("шейх", "принц", "господин", "госпожа", "эмир", "султан",
            "король", "его", "ее", "высочество", "величество", "превосходительство", "маршал", "генерал");
    private static final Set<String> RU_NOT_NAMES = Set.of("в", "на", "и", "с", "по", "во", "со", "о", "об", "к",
            "понедельник", "вторник", "среду", "четверг", "пятницу", "субботу", "воскресенье", "республики",
            "республика", "федерации", "королевства", "государства", "мид", "рф", "кнр", "оаэ", "сша", "ес");

    private static final Set<String> AR_PARTICLES = Set.of("بن", "ابن", "بنت", "ال", "عبد", "ابو", "ابي", "اب", "ولد");
    private static final Set<String> AR_HONORIFICS = Set.of("الشيخ", "الامير", "الاميره", "السيد", "السيده", "الدكتور",
            "الدكتوره", "المشير", "الفريق", "اللواء", "السلطان", "الملك", "الملكه", "سمو", "معالي", "فخامه", "جلاله",
            "صاحب", "السمو", "الجلاله", "الفخامه", "المعالي", "دوله", "سعاده", "حضره", "السفير", "المهندس", "الرئيس",
            "الجنرال", "العقيد", "العميد", "الاستاذ", "الاستاذه", "القاضي", "الحاج", "الملكي");
    /** Words that end an Arabic name: prepositions, conjunctions, pronouns and the verbs of readouts. */
    private static final Set<String> AR_STOP = Set.of("في", "علي", "من", "الي", "مع", "عن", "خلال", "ان", "انه",
            "الذي", "التي", "الذين", "اليوم", "امس", "لدي", "حيث", "وذلك", "كما", "بعد", "قبل", "منذ", "نحو", "بين",
            "حول", "عبر", "وفي", "ومن", "وعلي", "اثناء", "ضمن", "بحضور", "بمقر", "بقصر", "بالعاصمه", "لبحث", "لمناقشه",
            "استقبل", "يستقبل", "بحث", "يبحث", "اجري", "يجري", "تلقي", "يتلقي", "اكد", "يؤكد", "قال", "يقول", "اعرب",
            "وصل", "يصل", "التقي", "يلتقي", "عقد", "يعقد", "شارك", "يشارك", "يزور", "زار", "هنا", "بعث", "وقع", "يوقع",
            "اتصالا", "اتصال", "هاتفيا", "رساله", "برقيه", "جلسه", "مباحثات", "محادثات", "لقاء", "اجتماع", "وزير",
            "نظيره", "نظيرته", "ونظيره", "الاربعاء", "الخميس", "الجمعه", "السبت", "الاحد", "الاثنين", "الثلاثاء",
            "هذا", "هذه", "ذلك", "تلك", "غدا", "الجاري", "الماضي", "والوفد", "الوفد", "المرافق", "له", "لها",
            "مساء", "صباح", "ظهر", "امام", "عقب", "اول", "الاول", "رئيس", "نائب", "ولي", "سفير", "وكيل", "مستشار",
            // "للسفير الإندونيسي بمناسبة بدء مهامه": on the occasion of, about, in order to, as
            "بمناسبه", "بشان", "بهدف", "بصفته", "بصفتها", "بخصوص", "بدء", "بدايه", "الجديد", "الجديده",
            "المتحدث", "المتحدثه", "الناطق"); // "السفير بسام راضي المتحدث الرسمي": the spokesman's title after his name

    /** The name that starts at token {@code from} (after honorifics), or null. */
    public Name after(NormalizedText text, List<Token> tokens, int from, boolean[] known, String lang) {
        return after(text, tokens, from, known, lang, null);
    }

    /**
     * As {@link #after(NormalizedText, List, int, boolean[], String)}; in Russian the title's word
     * ("президентом") tells the case the name is in, and the Latin form is made from the
     * nominative ("Фаттахом" → "Fattakh").
     */
    public Name after(NormalizedText text, List<Token> tokens, int from, boolean[] known, String lang,
                      String titleWord) {
        return switch (lang) {
            case "ar" -> arabic(text, tokens, from, known);
            case "ru" -> {
                Name n = cased(text, tokens, from, known, RU_PARTICLES, RU_HONORIFICS, RU_NOT_NAMES, "ru");
                yield n == null ? null : new Name(n.firstToken(), n.endToken(), n.asWritten(),
                        Transliteration.russian(RussianNames.nominative(n.asWritten(), titleWord)));
            }
            default -> cased(text, tokens, from, known, EN_PARTICLES, EN_HONORIFICS, EN_NOT_NAMES, "en");
        };
    }

    private static Name cased(NormalizedText text, List<Token> tokens, int from, boolean[] known, Set<String> particles,
                              Set<String> honorifics, Set<String> notNames, String lang) {
        int i = from;
        if (i < tokens.size() && tokens.get(i).text().equals(",")) {
            i++; // "the President of Ghana, John Dramani Mahama,"
        }
        while (i < tokens.size() && !known[i] && (tokens.get(i).isWord() && honorifics.contains(tokens.get(i).text())
                || lang.equals("en") && styleAt(tokens, i))) {
            i++;
            while (i < tokens.size() && (tokens.get(i).text().equals(".") || tokens.get(i).text().equals("'")
                    || tokens.get(i).text().equals("’"))) {
                i++; // "Dr. Ahmed", "Dato' Seri"
            }
        }
        int first = i;
        int words = 0;
        int lastCapital = -1;
        while (i < tokens.size() && words < MAX_WORDS) {
            Token t = tokens.get(i);
            if (t.text().equals(".") && i > first && i + 1 < tokens.size() && tokens.get(i - 1).text().length() == 1
                    && Character.isUpperCase(text.originalText(tokens.get(i - 1).start(), tokens.get(i - 1).end()).charAt(0))) {
                i++; // an initial: "Ferdinand R. Marcos Jr."
                continue;
            }
            if (!t.isWord() || known[i]) {
                break;
            }
            String original = text.originalText(t.start(), t.end());
            String lower = t.text();
            boolean capital = Character.isUpperCase(original.codePointAt(0));
            boolean particle = particles.contains(lower) || hasParticlePrefix(lower, particles);
            if (notNames.contains(lower) || !(capital || particle)) {
                break;
            }
            if (lang.equals("ru") && lastCapital >= first && instrumental(tokens.get(lastCapital).text())
                    && hardConsonantEnd(lower) && !instrumental(lower) && !particle) {
                break; // "со спикером Госдумы Вячеславом Володиным Хасан сообщил": the next sentence's subject
            }
            if (capital && !particles.contains(lower)) {
                lastCapital = i;
            }
            words++;
            i++;
        }
        if (lastCapital < first) {
            return null;
        }
        int end = lastCapital + 1; // a name does not end on a particle
        String written = text.originalText(tokens.get(first).start(), tokens.get(end - 1).end());
        written = stripPossessive(written);
        return new Name(first, end, written, written);
    }

    /**
     * A Russian name word in the instrumental ("Володиным", "Вячеславом", "Путиным"); not "-им", which ends names in the
     * nominative too ("Тамим", "Ибрагим", "Максим").
     */
    private static boolean instrumental(String w) {
        return w.length() > 4 && (w.endsWith("ом") || w.endsWith("ем") || w.endsWith("ым"));
    }

    /**
     * A Russian word ending in a hard consonant: a declinable man's name in the nominative ("Хасан"), which in a name of
     * the instrumental would read "Хасаном" (indeclinable names end in vowels: "ас-Сиси", "Моди").
     */
    private static boolean hardConsonantEnd(String w) {
        char c = w.isEmpty() ? 'а' : w.charAt(w.length() - 1);
        return "бвгджзклмнпрстфхцчшщ".indexOf(c) >= 0;
    }

    /** Malaysian and Bruneian styles before a name, and "H.E.", "the Honourable". */
    private static final Set<String> EN_STYLES = Set.of("dato", "datuk", "datin", "seri", "sri", "tun", "toh", "puan",
            "honourable", "honorable", "pehin", "dr");

    /**
     * Whether the English token at {@code i} is a style that precedes a name: "the Honourable Dato' Seri Dr Ahmad Zahid
     * Hamidi", "H.E. Tan Sri Dato' Dr Johari bin Abdul" ("Tan" only before "Sri": it is a family name too).
     */
    private static boolean styleAt(List<Token> tokens, int i) {
        String w = tokens.get(i).text();
        String next = i + 1 < tokens.size() ? tokens.get(i + 1).text() : "";
        String next2 = i + 2 < tokens.size() ? tokens.get(i + 2).text() : "";
        return EN_STYLES.contains(w) || w.equals("tan") && next.equals("sri")
                || w.equals("the") && EN_STYLES.contains(next)
                || w.equals("h") && next.equals(".") && next2.equals("e") || w.equals("e") && next.equals(".")
                && i > 1 && tokens.get(i - 1).text().equals(".") && tokens.get(i - 2).text().equals("h");
    }

    private static boolean hasParticlePrefix(String word, Set<String> particles) {
        int dash = word.indexOf('-');
        return dash > 0 && particles.contains(word.substring(0, dash));
    }

    private static String stripPossessive(String s) {
        if (s.endsWith("'s") || s.endsWith("’s")) {
            return s.substring(0, s.length() - 2);
        }
        return s;
    }

    private Name arabic(NormalizedText text, List<Token> tokens, int from, boolean[] known) {
        Name quoted = arabicQuoted(text, tokens, from, known);
        if (quoted != null) {
            return quoted;
        }
        int i = from;
        while (i < tokens.size() && tokens.get(i).isWord() && AR_HONORIFICS.contains(tokens.get(i).text())) {
            i++;
        }
        int first = i;
        int words = 0;
        int content = 0;
        while (i < tokens.size() && words < MAX_WORDS + 2) {
            Token t = tokens.get(i);
            // "خالد بن سلمان بن عبد العزيز": a known name after "بن" is the father's, part of this name
            boolean patronym = known[i] && i > first && (tokens.get(i - 1).text().equals("بن")
                    || tokens.get(i - 1).text().equals("بنت"));
            if (!t.isWord() || known[i] && !patronym || t.text().length() < 2 || AR_STOP.contains(t.text())
                    && !(t.text().equals("علي") && text.originalText(t.start(), t.end()).endsWith("ي"))) {
                break; // "على" is a preposition, "علي" the name Ali: the folded forms are one
            }
            if (!AR_PARTICLES.contains(t.text())) {
                // three words make a name ("رجب طيب أردوغان"); more only in a chain "بن …", "آل …"
                boolean chained = i > first && AR_PARTICLES.contains(tokens.get(i - 1).text());
                if (content >= 3 && !chained || content >= MAX_WORDS) {
                    break;
                }
                content++;
            }
            words++;
            i++;
        }
        int end = i;
        while (end > first && AR_PARTICLES.contains(tokens.get(end - 1).text())) {
            end--;
        }
        if (end <= first || content == 0) {
            return null;
        }
        boolean knownWord = false;
        for (int k = first; k < end && !knownWord; k++) {
            String w = tokens.get(k).text();
            knownWord = arabicNameWords.contains(w) || w.startsWith("ال") && arabicNameWords.contains(w.substring(2));
        }
        if (!knownWord) {
            return null;
        }
        String written = text.originalText(tokens.get(first).start(), tokens.get(end - 1).end());
        return new Name(first, end, written, spellings.latin(written));
    }

    /**
     * An Arabic name of no name word the project knows (a foreign one: "ميريتشيل باتيت"), read only where the
     * frame leaves no doubt: right after a title and its country's adjective, two or three words with no
     * article, then a comma, a full stop, a word that opens a clause or the end. Null otherwise.
     */
    private static final Set<String> OPENING_QUOTES = Set.of("«", "\"", "“");
    private static final Set<String> CLOSING_QUOTES = Set.of("»", "\"", "”");

    /**
     * A name in quotation marks right after a title: "السفير الإندونيسي الجديد لدى ماليزيا «رادين محمد إيمان
     * هسكاريا كوسومو»" — two to six words and nothing else up to the closing mark.
     */
    private Name arabicQuoted(NormalizedText text, List<Token> tokens, int from, boolean[] known) {
        if (from >= tokens.size() || !OPENING_QUOTES.contains(tokens.get(from).text())) {
            return null;
        }
        int first = from + 1;
        int i = first;
        while (i < tokens.size() && i - first <= 6 && tokens.get(i).isWord() && !known[i] && tokens.get(i).text().length() >= 2
                && !AR_STOP.contains(tokens.get(i).text())) {
            i++;
        }
        if (i - first < 2 || i - first > 6 || i >= tokens.size() || !CLOSING_QUOTES.contains(tokens.get(i).text())) {
            return null;
        }
        String written = text.originalText(tokens.get(first).start(), tokens.get(i - 1).end());
        return new Name(first, i, written, spellings.latin(written));
    }

    public Name arabicFramed(NormalizedText text, List<Token> tokens, int from, boolean[] known) {
        int i = from;
        while (i < tokens.size() && tokens.get(i).isWord() && AR_HONORIFICS.contains(tokens.get(i).text())) {
            i++;
        }
        int first = i;
        while (i < tokens.size() && i - first < 3) {
            Token t = tokens.get(i);
            if (!t.isWord() || known[i] || t.text().length() < 2 || AR_STOP.contains(t.text()) || t.text().startsWith("ال")
                    || t.text().startsWith("لل") || t.text().startsWith("بال") // "للقيام بزيارة": "to pay a visit"
                    || AR_PARTICLES.contains(t.text()) || Character.isDigit(t.text().charAt(0))) {
                break;
            }
            i++;
        }
        if (i - first < 2) {
            return null;
        }
        boolean closed = i >= tokens.size() || !tokens.get(i).isWord() && !tokens.get(i).text().equals("-")
                || AR_STOP.contains(tokens.get(i).text())
                || tokens.get(i).text().startsWith("و") && AR_STOP.contains(tokens.get(i).text().substring(1));
        if (!closed) {
            return null;
        }
        String written = text.originalText(tokens.get(first).start(), tokens.get(i - 1).end());
        return new Name(first, i, written, spellings.latin(written));
    }

    /**
     * The name that ends at token {@code end} (exclusive) and stands before a title that describes it,
     * a comma between: "Milton Dick, Speaker of …", "Сергей Лавров, министр иностранных дел России",
     * "وسيريل رامافوزا، رئيس جمهورية جنوب إفريقيا" (a list's "و" is not part of the name). Two words
     * at least in English and Russian (one capitalised word may be any sentence's first); in Arabic,
     * a known name word or a list's boundary before it. Null if none.
     */
    public Name before(NormalizedText text, List<Token> tokens, int end, boolean[] known, String lang, String titleWord) {
        if (end <= 0) {
            return null;
        }
        if (lang.equals("ar")) {
            return arabicBefore(text, tokens, end, known);
        }
        Set<String> particles = lang.equals("ru") ? RU_PARTICLES : EN_PARTICLES;
        Set<String> honorifics = lang.equals("ru") ? RU_HONORIFICS : EN_HONORIFICS;
        Set<String> notNames = lang.equals("ru") ? RU_NOT_NAMES : EN_NOT_NAMES;
        int i = end - 1;
        int capitals = 0;
        int first = end;
        while (i >= 0 && end - i <= MAX_WORDS) {
            Token t = tokens.get(i);
            if (!t.isWord() || known[i] || notNames.contains(t.text()) || honorifics.contains(t.text())) {
                break;
            }
            boolean capital = Character.isUpperCase(text.originalText(t.start(), t.end()).codePointAt(0));
            boolean particle = particles.contains(t.text()) || hasParticlePrefix(t.text(), particles);
            if (!capital && !particle) {
                break;
            }
            if (capital && !particles.contains(t.text())) {
                capitals++;
            }
            first = i;
            i--;
        }
        while (first < end && particles.contains(tokens.get(first).text())) {
            first++; // a name does not begin with a particle
        }
        if (capitals < 2 || first >= end) {
            return null;
        }
        String written = text.originalText(tokens.get(first).start(), tokens.get(end - 1).end());
        String latin = lang.equals("ru") ? Transliteration.russian(RussianNames.nominative(written, titleWord)) : written;
        return new Name(first, end, written, latin);
    }

    private Name arabicBefore(NormalizedText text, List<Token> tokens, int end, boolean[] known) {
        int i = end - 1;
        int content = 0;
        int particles = 0;
        int first = end;
        while (i >= 0 && content < 6) {
            Token t = tokens.get(i);
            if (!t.isWord() || known[i] || t.text().length() < 2 || AR_STOP.contains(t.text())
                    || arabicHonorific(t.text())
                    // "بالفريق أول ذاكر حسنوف": the rank's "first"
                    || t.text().equals("اول") && i > 0 && arabicHonorific(tokens.get(i - 1).text())) {
                break;
            }
            if (!AR_PARTICLES.contains(t.text())) {
                content++;
            } else {
                particles++;
            }
            first = i;
            i--;
        }
        if (content > 3 && particles == 0) {
            return null; // four words without "bin" are no name
        }
        // a Gulf name of four or five with "bin" ("محمد بن مبارك بن فاضل المزروعي")
        int most = particles > 0 ? 5 : 3;
        boolean listAnd = false;
        if (i > 0 && content < 3 && tokens.get(i).isWord() && !known[i] && !tokens.get(i - 1).isWord()) {
            // "…، ولي كيانج، رئيس الوزراء الصيني": "و" + a name that reads as a word of the stop list
            String w = tokens.get(i).text();
            if (w.startsWith("و") && w.length() >= 3 && !AR_STOP.contains(w.substring(1)) && !arabicHonorific(w)) {
                first = i;
                content++;
                listAnd = true;
                i--;
            }
        }
        if (content == 0 || content > most || AR_PARTICLES.contains(tokens.get(first).text())) {
            return null;
        }
        // a title right before counts too: "السفيرة أمل سلامة، سفيرة مصر لدى فيتنام"
        boolean boundary = i < 0 || !tokens.get(i).isWord() || tokens.get(i).text().equals("من")
                || tokens.get(i).text().equals("مع") || arabicHonorific(tokens.get(i).text()) || known[i]
                || tokens.get(i).text().equals("اول") && i > 0 && arabicHonorific(tokens.get(i - 1).text());
        int from = tokens.get(first).start();
        String firstWord = tokens.get(first).text();
        if (listAnd || firstWord.startsWith("و") && firstWord.length() > 3 && !arabicNameWords.contains(firstWord)
                && i >= 0 && !tokens.get(i).isWord()) {
            from++; // "…، وسيريل رامافوزا، رئيس …": the list's "and"
        }
        boolean knownWord = false;
        for (int k = first; k < end && !knownWord; k++) {
            String w = k == first ? text.text().substring(from, tokens.get(k).end()) : tokens.get(k).text();
            knownWord = arabicNameWords.contains(w) || w.startsWith("ال") && arabicNameWords.contains(w.substring(2));
        }
        if (!knownWord && !(boundary && content >= 2)) {
            return null;
        }
        String written = text.originalText(from, tokens.get(end - 1).end());
        return new Name(first, end, written, spellings.latin(written));
    }

    /** An Arabic honorific or rank, with a preposition or "and" written onto it: "الفريق", "بالفريق", "والسيد". */
    public static boolean arabicHonorific(String w) {
        return AR_HONORIFICS.contains(w) || w.length() > 4 && (w.startsWith("ب") || w.startsWith("و") || w.startsWith("ل"))
                && AR_HONORIFICS.contains(w.substring(1));
    }

    /** A capitalised word that does not begin a name after a title ("On", "House", "Республики"). */
    public static boolean notName(String folded, String lang) {
        return switch (lang) {
            case "ru" -> RU_NOT_NAMES.contains(folded);
            case "ar" -> AR_STOP.contains(folded);
            default -> EN_NOT_NAMES.contains(folded);
        };
    }

    /** An honorific skipped before a name ("Sheikh", "الشيخ", "шейх"). */
    public static boolean isHonorific(String folded, String lang) {
        return switch (lang) {
            case "ar" -> AR_HONORIFICS.contains(folded);
            case "ru" -> RU_HONORIFICS.contains(folded);
            default -> EN_HONORIFICS.contains(folded);
        };
    }

    /** A key under which the mentions of one unknown person meet: the folded last word of the name. */
    public static String surnameKey(String asWritten, String lang) {
        String folded = NormalizedText.of(asWritten).text();
        String[] parts = folded.split("[\\s]+");
        String last = parts[parts.length - 1];
        if (lang.equals("ar") && last.startsWith("ال") && last.length() > 4) {
            last = last.substring(2);
        }
        int dash = last.indexOf('-');
        if (dash > 0 && dash < last.length() - 2) {
            last = last.substring(dash + 1); // "al-sisi", "ас-сиси"
        }
        return last.toLowerCase(Locale.ROOT);
    }
}
