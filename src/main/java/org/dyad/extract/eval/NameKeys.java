package org.dyad.extract.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether two Latin spellings name the same person, for scoring: "Abdel Fattah el-Sisi", "Abdel
 * Fattah al-Sisi", "Abd Alftah Alsysy" (ICU's Arabic-Latin, no short vowels) and "Abdel Fattakh
 * as-Sisi" (Russian BGN) all reduce to the consonant skeleton of the surname, "ss". Two names are
 * the same when their surnames' skeletons are equal and not empty, or their whole skeletons are.
 */
final class NameKeys {

    private static final Set<String> PARTICLES = Set.of("al", "el", "as", "ad", "ash", "ar", "at", "az", "an",
            "bin", "ibn", "ben", "bint", "de", "da", "van", "von", "der", "la", "le", "abu");

    private NameKeys() {
    }

    static boolean same(String a, String b) {
        if (a.equalsIgnoreCase(b)) {
            return true;
        }
        List<String> x = words(a);
        List<String> y = words(b);
        if (x.isEmpty() || y.isEmpty()) {
            return false;
        }
        String sx = skeleton(x.getLast());
        String sy = skeleton(y.getLast());
        if (!sx.isEmpty() && sx.equals(sy)) {
            return true;
        }
        // the surname of one among the other's words: family name first ("Ishiba Shigeru", "Batmunkhiin
        // Battsetseg") or a monarch's name and lineage ("Salman of Saudi Arabia", "Salman bin Abdulaziz")
        if (sx.length() >= 3 && y.stream().anyMatch(w -> skeleton(w).equals(sx))
                || sy.length() >= 3 && x.stream().anyMatch(w -> skeleton(w).equals(sy))) {
            return true;
        }
        return skeleton(String.join("", x)).equals(skeleton(String.join("", y)));
    }

    /** Lower-case ASCII words, particles and the article prefix ("al-", "as-") dropped. */
    static List<String> words(String name) {
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
    static String skeleton(String w) {
        String s = w.replace("dzh", "j").replace("zh", "j").replace("kh", "h").replace("sh", "s").replace("ch", "c")
                .replace("th", "t").replace("ph", "f").replace("gh", "g").replace('q', 'k').replace('w', 'v')
                .replace('c', 'k').replace('x', 'k').replace('f', 'v');
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
}
