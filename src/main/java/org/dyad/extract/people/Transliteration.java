package org.dyad.extract.people;

import com.ibm.icu.text.Transliterator;

/**
 * Latin forms of names the reference data does not know, by ICU's transforms: Russian by the BGN/PCGN
 * romanization ("Абдель Фаттах ас-Сиси" → "Abdel' Fattakh as-Sisi"), Arabic by ICU's Arabic-Latin,
 * which writes no short vowels ("عبد الفتاح السيسي" → "Abd Alftah Alsysy"); both reduced to ASCII and
 * capitalised per word. They are labels to show and to compare, not the press's English spelling.
 * ICU transliterators are not safe for concurrent use, so each thread has its own.
 */
public final class Transliteration {

    private static final ThreadLocal<Transliterator> RUSSIAN = ThreadLocal.withInitial(
            () -> Transliterator.getInstance("Russian-Latin/BGN; Latin-ASCII"));
    private static final ThreadLocal<Transliterator> ARABIC = ThreadLocal.withInitial(
            () -> Transliterator.getInstance("Arabic-Latin; Latin-ASCII"));

    private Transliteration() {
    }

    public static String russian(String name) {
        return capitalize(RUSSIAN.get().transliterate(name).replace("'", "").replace("\"", ""));
    }

    public static String arabic(String name) {
        // a name's final ة is said (and spelt in English) as "a": "سلامة" is Salama, not Slamt
        String said = name.replaceAll("ة(?=$|[\\s،,.\\-])", "ا");
        return capitalize(ARABIC.get().transliterate(said).replaceAll("[`'\"ʿʾ]", ""));
    }

    /** Each word capitalised, particles (al, bin, de) left lower case unless first. */
    static String capitalize(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean start = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                out.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
                start = false;
            } else {
                out.append(c);
                start = c == ' ' || c == '-';
            }
        }
        return out.toString().trim().replaceAll("\\s+", " ");
    }
}
