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

    public OpenNames(java.util.Collection<String> arabicNames) {
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

    private static final int MAX_WORDS = 5;

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
            "from", "met", "held", "received", "welcomed", "hosted", "spoke", "discussed", "arrived", "told", "that");

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
            "الجنرال", "العقيد", "العميد", "الاستاذ", "الاستاذه", "القاضي", "الحاج");
    /** Words that end an Arabic name: prepositions, conjunctions, pronouns and the verbs of readouts. */
    private static final Set<String> AR_STOP = Set.of("في", "علي", "من", "الي", "مع", "عن", "خلال", "ان", "انه",
            "الذي", "التي", "الذين", "اليوم", "امس", "لدي", "حيث", "وذلك", "كما", "بعد", "قبل", "منذ", "نحو", "بين",
            "حول", "عبر", "وفي", "ومن", "وعلي", "اثناء", "ضمن", "بحضور", "بمقر", "بقصر", "بالعاصمه", "لبحث", "لمناقشه",
            "استقبل", "يستقبل", "بحث", "يبحث", "اجري", "يجري", "تلقي", "يتلقي", "اكد", "يؤكد", "قال", "يقول", "اعرب",
            "وصل", "يصل", "التقي", "يلتقي", "عقد", "يعقد", "شارك", "يشارك", "يزور", "زار", "هنا", "بعث", "وقع", "يوقع",
            "اتصالا", "اتصال", "هاتفيا", "رساله", "برقيه", "جلسه", "مباحثات", "محادثات", "لقاء", "اجتماع", "وزير",
            "نظيره", "نظيرته", "ونظيره", "الاربعاء", "الخميس", "الجمعه", "السبت", "الاحد", "الاثنين", "الثلاثاء",
            "هذا", "هذه", "ذلك", "تلك", "غدا", "الجاري", "الماضي", "والوفد", "الوفد", "المرافق", "له", "لها",
            "مساء", "صباح", "ظهر", "امام", "عقب", "اول", "الاول", "رئيس", "نائب", "ولي", "سفير", "وكيل", "مستشار");

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
        while (i < tokens.size() && tokens.get(i).isWord() && honorifics.contains(tokens.get(i).text())
                && !known[i]) {
            i++;
            if (i < tokens.size() && tokens.get(i).text().equals(".")) {
                i++; // "Dr. Ahmed"
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
        int i = from;
        while (i < tokens.size() && tokens.get(i).isWord() && AR_HONORIFICS.contains(tokens.get(i).text())) {
            i++;
        }
        int first = i;
        int words = 0;
        int content = 0;
        while (i < tokens.size() && words < MAX_WORDS + 2) {
            Token t = tokens.get(i);
            if (!t.isWord() || known[i] || t.text().length() < 2 || AR_STOP.contains(t.text())
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
        return new Name(first, end, written, Transliteration.arabic(written));
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
