package org.dyad.extract.gazetteer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Matches Russian case forms of gazetteer words without a dictionary: a word is split into a stem
 * and an inflection class by its ending, and a text word matches when it is the stem plus one of
 * that class's endings ("Таджикистан" → "Таджикистаном", "Россия" → "России", "Мирзиёев" →
 * "Мирзиёева", "таджикский" → "таджикской"). Short words (three letters or fewer) match exactly.
 */
final class RussianForms {

    enum Inflection {
        /** Adjectives, and given names in -ий, which decline as nouns: "Дмитрий" → "Дмитрия", "Дмитрием". */
        ADJECTIVE(Set.of("ий", "ый", "ой", "ая", "яя", "ое", "ее", "ие", "ые", "ого", "его", "ому", "ему", "ым", "им",
                "ую", "юю", "ых", "их", "ыми", "ими", "ом", "ем", "ия", "ию", "ием", "ии")),
        /** Nouns in -а, -я; "й" for the genitive plural of those in -ия: "инвестиция" → "инвестиций". */
        FEMININE(Set.of("а", "я", "ы", "и", "е", "у", "ю", "ой", "ей", "ою", "ею", "ам", "ям", "ами", "ями", "ах", "ях", "", "й")),
        SOFT(Set.of("й", "ь", "я", "ю", "ем", "е", "и", "ей", "ям", "ями", "ях", "ев", "ом")),
        NEUTER(Set.of("о", "е", "а", "у", "ом", "ем", "ами", "ах", "")),
        /** Nouns in -ние, -тие: "образование" → "образования", "здравоохранении". */
        NEUTER_IE(Set.of("е", "я", "ю", "ем", "и", "й", "ям", "ями", "ях")),
        HARD(Set.of("", "а", "у", "ом", "ым", "ем", "е", "ы", "и", "ов", "ам", "ами", "ах", "ой"));

        final Set<String> endings;

        Inflection(Set<String> endings) {
            this.endings = endings;
        }
    }

    /** Key under which a gazetteer word is stored. */
    static String key(String word) {
        if (word.length() <= 3 || !isCyrillic(word)) {
            return word;
        }
        if ((word.endsWith("ние") || word.endsWith("тие")) && word.length() > 5) {
            return word.substring(0, word.length() - 1) + "|" + Inflection.NEUTER_IE;
        }
        for (String ending : List.of("ий", "ый", "ой", "ая", "ое", "ие", "ые")) {
            if (word.endsWith(ending) && word.length() >= 5) { // "Южная" → "Южной", "Новая" → "Новой"
                return word.substring(0, word.length() - 2) + "|" + Inflection.ADJECTIVE;
            }
        }
        char last = word.charAt(word.length() - 1);
        return switch (last) {
            case 'а', 'я' -> word.substring(0, word.length() - 1) + "|" + Inflection.FEMININE;
            case 'й', 'ь' -> word.substring(0, word.length() - 1) + "|" + Inflection.SOFT;
            case 'о', 'е' -> word.substring(0, word.length() - 1) + "|" + Inflection.NEUTER;
            default -> isVowel(last) ? word : word + "|" + Inflection.HARD;
        };
    }

    /** As {@link #key}, for a noun: a name in -ой or -ий declines as "Ханой" → "Ханоя", "Ханое", not as an adjective. */
    static String nounKey(String word) {
        if (word.length() > 3 && isCyrillic(word) && (word.endsWith("ой") || word.endsWith("ий"))) {
            return word.substring(0, word.length() - 1) + "|" + Inflection.SOFT;
        }
        return key(word);
    }

    /** Words far more often themselves than a case form: "после" is "after", not "о после" (of "посол"). */
    private static final Set<String> NOT_FORMS = Set.of("после");

    /** Keys a text word may match: itself, and every stem|class its ending allows. */
    static List<String> candidates(String token) {
        List<String> keys = new ArrayList<>(6);
        keys.add(token);
        if (token.length() <= 3 || !isCyrillic(token) || NOT_FORMS.contains(token)) {
            return keys;
        }
        for (int cut = 0; cut <= 3 && token.length() - cut >= 3; cut++) {
            String stem = token.substring(0, token.length() - cut);
            String ending = token.substring(token.length() - cut);
            for (Inflection inflection : Inflection.values()) {
                if (inflection.endings.contains(ending)) {
                    keys.add(stem + "|" + inflection);
                }
            }
            if (!ending.isEmpty() && Inflection.HARD.endings.contains(ending) && stem.length() >= 4
                    && !isVowel(stem.charAt(stem.length() - 1)) && !isVowel(stem.charAt(stem.length() - 2))) {
                // a vowel that drops in the oblique cases: "Египта", "Египтом" are of "Египет"
                String head = stem.substring(0, stem.length() - 1);
                char last = stem.charAt(stem.length() - 1);
                keys.add(head + "е" + last + "|" + Inflection.HARD);
                keys.add(head + "о" + last + "|" + Inflection.HARD);
            }
        }
        return keys;
    }

    private static boolean isCyrillic(String s) {
        return Character.UnicodeScript.of(s.charAt(0)) == Character.UnicodeScript.CYRILLIC;
    }

    private static boolean isVowel(char c) {
        return "аеиоуыэюяё".indexOf(c) >= 0;
    }

    private RussianForms() {
    }
}
