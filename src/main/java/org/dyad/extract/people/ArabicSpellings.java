package org.dyad.extract.people;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.dyad.extract.text.NormalizedText;
import org.dyad.reference.files.ReferenceData;

/**
 * The press's English spelling of Arabic name words, learnt from the reference data: every known person
 * whose Arabic and English names have as many words pairs them word by word ("محمد بن سلمان" / "Mohammed
 * bin Salman"; "عبد" and "أبو" joined to the next word where that makes the counts agree), and a word
 * takes the English spelling it has most often, when it has it at least twice and half as often again as
 * any other ("عبدالله": Abdullah 12 times, Abdoulaye 5, Abdulla 4). A name the reference data does not
 * know is then written "Hussein Mohamed Al-Syry" rather than ICU's "Hsyn Mhmd Alsyry": each word the
 * press spells the same way in other names takes that spelling, the others ICU's Arabic-Latin (Arabic
 * writes no short vowels, so ICU cannot restore them), a family name's article written "Al-".
 */
public final class ArabicSpellings {

    private static final int MIN_PAIRS = 2;

    /** Words written apart from or joined to the next: "عبد الله" and "عبدالله", "أبو بكر" and "أبوبكر". */
    private static final java.util.Set<String> COMPOUNDED = java.util.Set.of("عبد", "ابو");

    /** Folded Arabic word → English spelling. */
    private final Map<String, String> spelling;

    private ArabicSpellings(Map<String, String> spelling) {
        this.spelling = Map.copyOf(spelling);
    }

    /** Spellings learnt from the people of the reference data. */
    public static ArabicSpellings of(ReferenceData data) {
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        for (var p : data.people()) {
            if (p.nameAr() == null || p.nameEn() == null) {
                continue;
            }
            String[] ar = NormalizedText.of(p.nameAr()).text().trim().split("\\s+");
            String[] en = p.nameEn().trim().replace('-', ' ').split("\\s+");
            if (ar.length != en.length) {
                ar = compounded(ar); // "عبد الله بن زايد" / "Abdullah bin Zayed"
            }
            if (ar.length != en.length || ar.length < 2) {
                continue;
            }
            for (int i = 0; i < ar.length; i++) {
                if (en[i].chars().allMatch(c -> c < 128 && (Character.isLetter(c) || c == '\''))) {
                    counts.computeIfAbsent(ar[i], k -> new HashMap<>()).merge(en[i], 1, Integer::sum);
                }
            }
        }
        Map<String, String> spelling = new HashMap<>();
        counts.forEach((word, byEnglish) -> {
            List<Map.Entry<String, Integer>> ranked = byEnglish.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .toList();
            int best = ranked.getFirst().getValue();
            int second = ranked.size() > 1 ? ranked.get(1).getValue() : 0;
            if (best >= MIN_PAIRS && best * 2 >= second * 3) {
                spelling.put(word, ranked.getFirst().getKey());
            }
        });
        return new ArabicSpellings(spelling);
    }

    /** The words with "عبد" and "أبو" joined to the next, as the English spelling joins them. */
    private static String[] compounded(String[] words) {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            if (COMPOUNDED.contains(words[i]) && i + 1 < words.length) {
                out.add(words[i] + words[++i]);
            } else {
                out.add(words[i]);
            }
        }
        return out.toArray(String[]::new);
    }

    /** No spellings: ICU's transliteration for every word (for tests of other parts). */
    public static ArabicSpellings none() {
        return new ArabicSpellings(Map.of());
    }

    /** The Latin form of an Arabic name as written. */
    public String latin(String arabic) {
        if (spelling.isEmpty()) {
            return Transliteration.arabic(arabic);
        }
        StringBuilder out = new StringBuilder();
        String[] words = arabic.trim().split("\\s+");
        for (int w = 0; w < words.length; w++) {
            String word = words[w];
            if (word.isEmpty()) {
                continue;
            }
            String known = spelling.get(NormalizedText.of(word).text());
            if (COMPOUNDED.contains(word) && w + 1 < words.length) {
                // "عبد الله" is spelt as the press spells "عبدالله": Abdullah
                String joined = spelling.get(NormalizedText.of(word + words[w + 1]).text());
                if (joined != null) {
                    known = joined;
                    w++;
                }
            }
            String latin;
            if (known != null) {
                latin = known;
            } else if (word.startsWith("ال") && word.length() > 4) {
                latin = "Al-" + Transliteration.arabic(word.substring(2));
            } else {
                latin = Transliteration.arabic(word);
            }
            if (!latin.isBlank()) {
                out.append(out.isEmpty() ? "" : " ").append(latin);
            }
        }
        return out.isEmpty() ? Transliteration.arabic(arabic) : out.toString();
    }

    /** How many words have a learnt spelling. */
    public int size() {
        return spelling.size();
    }

    /** The learnt spelling of one word, or null. */
    String of(String word) {
        return spelling.get(NormalizedText.of(word).text());
    }
}
