package org.dyad.extract.people;

/**
 * The nominative of a Russian name read in another case, guessed from the case of the title before
 * it: "с президентом Египта Абдель Фаттахом ас-Сиси" is instrumental, so "Фаттахом" → "Фаттах".
 * Only masculine consonant-final names are changed (most heads of state and ministers in the
 * corpus); indeclinable names ("Моди", "Сиси", "Эрдоган" in the nominative) stay as written.
 */
public final class RussianNames {

    private RussianNames() {
    }

    enum Case { NOMINATIVE, GENITIVE, DATIVE, INSTRUMENTAL, PREPOSITIONAL }

    /**
     * The word of a title that carries its case: the first that is not an adjective or "и"
     * ("Чрезвычайного и Полномочного Посла" → "Посла"), else the first.
     */
    public static String headWord(java.util.List<String> titleWords) {
        for (String w : titleWords) {
            String x = w.toLowerCase(java.util.Locale.ROOT);
            boolean adjective = x.length() > 4 && ADJECTIVE_ENDINGS.stream().anyMatch(x::endsWith);
            if (!adjective && !x.equals("и")) {
                return w;
            }
        }
        return titleWords.isEmpty() ? null : titleWords.getFirst();
    }

    private static final java.util.List<String> ADJECTIVE_ENDINGS = java.util.List.of("ого", "его", "ому", "ему", "ым",
            "им", "ый", "ий", "ой", "ая", "яя", "ую", "юю", "ое", "ее");

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
        // "со спецпосланником президента США Стивом Уиткоффом": the nearest title is in another case than the name
        Case c = instrumental(name) ? Case.INSTRUMENTAL : caseOf(titleWord);
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

    /**
     * A name of two words or more each of which ends as a masculine instrumental ("Стивом Уиткоффом",
     * "Касым-Жомартом Токаевым"): no nominative name ends so in all its words.
     */
    static boolean instrumental(String name) {
        String[] parts = name.split(" ");
        if (parts.length < 2) {
            return false;
        }
        int declined = 0;
        for (String part : parts) {
            String w = part.substring(part.lastIndexOf('-') + 1).toLowerCase(java.util.Locale.ROOT);
            boolean om = w.length() >= 4 && w.endsWith("ом") && isConsonant(w.charAt(w.length() - 3));
            boolean ym = w.length() >= 5 && w.endsWith("ым") && "вн".indexOf(w.charAt(w.length() - 3)) >= 0;
            // "Мигелем", "Диас-Канелем": the soft declension
            boolean em = w.length() >= 5 && w.endsWith("ем") && "лрн".indexOf(w.charAt(w.length() - 3)) >= 0;
            // "Марио", "Моди": a foreign name that does not decline
            boolean fixed = w.length() >= 3 && "оиеу".indexOf(w.charAt(w.length() - 1)) >= 0;
            if (om || ym || em) {
                declined++;
            } else if (!fixed) {
                return false;
            }
        }
        return declined >= 2;
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
        // a surname declined as an adjective: "Деревинского", "Заболоцкому", "Вишневским" → "Деревинский"
        String adjective = switch (c) {
            case GENITIVE -> "ого";
            case DATIVE -> "ому";
            case INSTRUMENTAL -> "им";
            case PREPOSITIONAL -> "ом";
            default -> null;
        };
        if (adjective != null && w.length() >= 7 && w.endsWith(adjective)) {
            String stem = w.substring(0, w.length() - adjective.length());
            if (stem.endsWith("ск") || stem.endsWith("цк")) {
                return stem + "ий";
            }
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
        // the soft declension: "Андрея", "Сергеем" → "Андрей", "Сергей"; "Игоря", "Рафаэлем" → "Игорь", "Рафаэль"
        String soft = switch (c) {
            case GENITIVE -> "я";
            case DATIVE -> "ю";
            case INSTRUMENTAL -> "ем";
            default -> null;
        };
        if (soft != null && w.endsWith(soft) && w.length() - soft.length() >= 3) {
            String stem = w.substring(0, w.length() - soft.length());
            char last = Character.toLowerCase(stem.charAt(stem.length() - 1));
            if ("аеиоуэюя".indexOf(last) >= 0) {
                return stem + "й";
            }
            if ("жшчщц".indexOf(last) >= 0) {
                return c == Case.INSTRUMENTAL ? stem : w; // "Куртулмушем" → "Куртулмуш"
            }
            if (isConsonant(last) && last != 'й') {
                return stem + "ь";
            }
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
