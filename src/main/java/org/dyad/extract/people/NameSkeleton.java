package org.dyad.extract.people;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The consonant skeleton of Latin spellings of a name, which stays the same across the press's and
 * the transliterators' spellings ("el-Sisi", "al-Sisi", "Alsysy", "as-Sisi" → "ss"). Used to score
 * names ({@code NameKeys}) and to recognize a person the reference data knows under a spelling it
 * does not list ({@link KnownNames}).
 */
public final class NameSkeleton {

    private static final Set<String> PARTICLES = Set.of("al", "el", "as", "ad", "ash", "ar", "at", "az", "an",
            "bin", "ibn", "ben", "bint", "de", "da", "van", "von", "der", "la", "le", "abu");

    private NameSkeleton() {
    }

    /** Lower-case ASCII words, particles and the article prefix ("al-", "as-") dropped. */
    public static List<String> words(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z\\s-]", "")
                .replaceAll("\\s+of\\s.*$", "") // "Abdullah II of Jordan", "Salman of Saudi Arabia"
                .replaceAll("\\s+(i|ii|iii|iv|v|vi)$", ""); // a regnal number
        List<String> out = new ArrayList<>();
        for (String w : ascii.split("[\\s-]+")) {
            if (w.isEmpty() || PARTICLES.contains(w)) {
                continue;
            }
            if (w.length() > 4 && w.startsWith("al")) {
                w = w.substring(2); // "alsysy": Arabic-Latin joins the article
            }
            out.add(w);
        }
        return out;
    }

    /**
     * Consonants only, digraphs and near letters merged (kh→h, q→k, j/zh/dzh→j), no doubles; w, v and f
     * inside a word are dropped like vowels (Arabic و is a vowel as often as not, Russian -ев is written يف).
     */
    public static String skeleton(String w) {
        String s = letters(w);
        StringBuilder out = new StringBuilder();
        for (char ch : s.toCharArray()) {
            if ("aeiouyhv".indexOf(ch) >= 0 && !(ch == 'v' && out.isEmpty())) {
                continue;
            }
            if (out.isEmpty() || out.charAt(out.length() - 1) != ch) {
                out.append(ch);
            }
        }
        return out.toString();
    }

    /** Digraphs and near letters merged (dzh/zh→j, kh→h, sh→s, ch/c/q/x→k, th→t, ph/f/w→v, gh→g). */
    public static String letters(String w) {
        return w.replace("dzh", "j").replace("zh", "j").replace("kh", "h").replace("sh", "s").replace("ch", "c")
                .replace("th", "t").replace("ph", "f").replace("gh", "g").replace('q', 'k').replace('w', 'v')
                .replace('c', 'k').replace('x', 'k').replace('f', 'v');
    }
}
