package org.dyad.extract.eval;

import java.util.List;
import org.dyad.extract.people.NameSkeleton;

/**
 * Whether two Latin spellings name the same person, for scoring: "Abdel Fattah el-Sisi", "Abdel
 * Fattah al-Sisi", "Abd Alftah Alsysy" (ICU's Arabic-Latin, no short vowels) and "Abdel Fattakh
 * as-Sisi" (Russian BGN) all reduce to the consonant skeleton of the surname, "ss". Two names are
 * the same when their surnames' skeletons are equal and not empty, or their whole skeletons are.
 */
final class NameKeys {

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

    static List<String> words(String name) {
        return NameSkeleton.words(name);
    }

    static String skeleton(String w) {
        return NameSkeleton.skeleton(w);
    }
}
