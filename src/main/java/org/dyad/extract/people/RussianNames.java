package org.dyad.extract.people;

/**
 * The nominative of a Russian name read in another case, guessed from the case of the title before
 * it: "с президентом Египта Абдель Фаттахом ас-Сиси" is instrumental, so "Фаттахом" → "Фаттах".
 * Only masculine consonant-final names are changed (most heads of state and ministers in the
 * corpus); indeclinable names ("Моди", "Сиси", "Эрдоган" in the nominative) stay as written.
 */
final class RussianNames {

    private RussianNames() {
    }

    enum Case { NOMINATIVE, GENITIVE, DATIVE, INSTRUMENTAL, PREPOSITIONAL }

    static Case caseOf(String titleWord) {
        if (titleWord == null) {
            return Case.NOMINATIVE;
        }
        String w = titleWord.toLowerCase(java.util.Locale.ROOT);
        if (w.endsWith("ом") || w.endsWith("ем") || w.endsWith("ой")) {
            return Case.INSTRUMENTAL;
        }
        if (w.endsWith("а") || w.endsWith("я")) {
            return Case.GENITIVE;
        }
        if (w.endsWith("у") || w.endsWith("ю")) {
            return Case.DATIVE;
        }
        if (w.endsWith("е")) {
            return Case.PREPOSITIONAL;
        }
        return Case.NOMINATIVE;
    }

    static String nominative(String name, String titleWord) {
        Case c = caseOf(titleWord);
        if (c == Case.NOMINATIVE) {
            return name;
        }
        StringBuilder out = new StringBuilder();
        for (String part : name.split(" ")) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(word(part, c));
        }
        return out.toString();
    }

    private static String word(String w, Case c) {
        int dash = w.indexOf('-');
        if (dash >= 0) {
            // "Франком-Вальтером": each part is declined; a particle ("ас-Сиси") is not
            return word(w.substring(0, dash), c) + "-" + word(w.substring(dash + 1), c);
        }
        if (w.length() < 4) {
            return w;
        }
        String ending = switch (c) {
            case GENITIVE -> "а";
            case DATIVE -> "у";
            case INSTRUMENTAL -> "ом";
            case PREPOSITIONAL -> "е";
            default -> "";
        };
        if (w.endsWith(ending) && isConsonant(w.charAt(w.length() - ending.length() - 1))) {
            return w.substring(0, w.length() - ending.length());
        }
        if (c == Case.INSTRUMENTAL && w.endsWith("ым") && "вн".indexOf(w.charAt(w.length() - 3)) >= 0) {
            return w.substring(0, w.length() - 2); // "Токаевым" → "Токаев"
        }
        return w;
    }

    private static boolean isConsonant(char c) {
        return "бвгджзйклмнпрстфхцчшщ".indexOf(Character.toLowerCase(c)) >= 0;
    }
}
