package org.dyad.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits folded text into sentences with their offsets. A sentence ends at a line break, or at
 * '.', '!', '?', '؟', '…' followed by a space and no lower-case Latin or Cyrillic letter — except
 * after a number (1.4), a known abbreviation (млн., г., U.S.) or a single-letter initial — or
 * followed with no space by the next sentence's first word, as pages that lost their line breaks
 * run on ("…الكويت.بحث", "…Isabela.The").
 */
public final class SentenceSplitter {

    private static final Set<String> ABBREVIATIONS = Set.of(
            "млн", "млрд", "трлн", "тыс", "руб", "долл", "г", "гг", "т", "д", "др", "пр", "см", "им", "ул",
            "mr", "mrs", "ms", "dr", "st", "no", "vs", "etc", "inc", "ltd", "jr", "sr", "u.s", "u.n", "e.g", "i.e",
            // titles before a name: "Hon. Enrique A. Manalo", "Gen. Asim Munir", "Amb. Sanjay Verma"
            "hon", "gen", "lt", "col", "maj", "capt", "adm", "brig", "prof", "sen", "rep", "gov", "amb", "rt",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");

    private SentenceSplitter() {
    }

    public static List<Sentence> split(NormalizedText text) {
        String s = text.text();
        List<Sentence> sentences = new ArrayList<>();
        int start = 0;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            boolean end = false;
            int cut = i + 1;
            if (c == '•' || c == '●' || c == '▪' || c == '■') {
                // "… Syrian ceasefire • Israel PM plays down …": a ticker's items, each its own
                add(text, sentences, start, i);
                start = i + 1;
                continue;
            }
            if ((c == '\n' || c == '\r' || c == '\u2029') && !wrapped(text, i)) {
                end = true;
                cut = i;
            } else if (c == '!' || c == '?' || c == '؟' || c == '…' || c == '.') {
                int j = i + 1;
                while (j < n && (s.charAt(j) == '.' || s.charAt(j) == '!' || s.charAt(j) == '?'
                        || s.charAt(j) == '"' || s.charAt(j) == '»' || s.charAt(j) == '”' || s.charAt(j) == '\''
                        || s.charAt(j) == ')')) {
                    j++;
                }
                if (j >= n) {
                    end = true;
                    cut = n;
                } else if (c != '…' && glued(text, i, j)) {
                    // "… بيونغ يانغ».بحث النائب …", "… and Isabela.The PNP …": a page that lost the space
                    // (or the line break) after a sentence
                    end = true;
                    cut = j;
                    i = j - 1;
                } else if (s.charAt(j) == ' ' || s.charAt(j) == '\n') {
                    int k = j;
                    while (k < n && s.charAt(k) == ' ') {
                        k++;
                    }
                    boolean nextLower = k < n && Character.isLowerCase(s.charAt(k))
                            && isLatinOrCyrillic(s.charAt(k)) && !text.original().isEmpty()
                            && !Character.isUpperCase(text.original().charAt(text.originalStart(k)));
                    if (!nextLower && !(c == '.' && abbreviationBefore(s, i))) {
                        end = true;
                        cut = j;
                        i = j - 1;
                    }
                }
            }
            if (end) {
                add(text, sentences, start, cut);
                start = cut;
            }
        }
        add(text, sentences, start, n);
        return sentences;
    }

    /**
     * Whether the mark at {@code mark}, with no space before the next sentence at {@code next},
     * still ends a sentence: an Arabic word follows a word (not a number: "1.5"), or a capitalised
     * Latin or Cyrillic word follows a lower-case word of two letters or more (not "U.S.", "kazinform.kz").
     */
    private static boolean glued(NormalizedText text, int mark, int next) {
        String s = text.text();
        boolean quoted = mark > 0 && "»\"”)".indexOf(s.charAt(mark - 1)) >= 0; // "…الأخيرة».وأشار"
        int last = quoted ? mark - 2 : mark - 1;
        if (last < 1 || next + 1 >= s.length() || !Character.isLetter(s.charAt(last))) {
            return false;
        }
        char after = s.charAt(next);
        if (Character.UnicodeScript.of(after) == Character.UnicodeScript.ARABIC && Character.isLetter(after)) {
            // a word, not an initial ("د.محمد")
            return Character.UnicodeScript.of(s.charAt(last)) == Character.UnicodeScript.ARABIC
                    && (quoted || Character.isLetter(s.charAt(last - 1)));
        }
        if (text.original().isEmpty() || !isLatinOrCyrillic(after)) {
            return false;
        }
        String o = text.original();
        return Character.isLowerCase(o.charAt(text.originalStart(mark - 1)))
                && Character.isLowerCase(o.charAt(text.originalStart(mark - 2)))
                && Character.isUpperCase(o.charAt(text.originalStart(next)))
                && Character.isLowerCase(o.charAt(text.originalStart(next + 1)));
    }

    /**
     * Whether the line break at {@code i} only wraps a line ("… hosted Ghana’s\noutgoing High Commissioner"): one
     * break, after a word, a number ("$15\nbillion") or a comma, before a lower-case Latin or Cyrillic letter.
     */
    private static boolean wrapped(NormalizedText text, int i) {
        String s = text.text();
        if (i == 0 || i + 1 >= s.length() || text.original().isEmpty()) {
            return false;
        }
        char before = s.charAt(i - 1);
        char after = s.charAt(i + 1);
        return (Character.isLetterOrDigit(before) || before == ',') && isLatinOrCyrillic(after) && Character.isLowerCase(after)
                && Character.isLowerCase(text.original().charAt(text.originalStart(i + 1)));
    }

    private static boolean isLatinOrCyrillic(char c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.LATIN || script == Character.UnicodeScript.CYRILLIC;
    }

    /** True when the '.' at {@code dot} closes an abbreviation or an initial rather than a sentence. */
    private static boolean abbreviationBefore(String s, int dot) {
        int k = dot;
        while (k > 0 && (Character.isLetter(s.charAt(k - 1)) || s.charAt(k - 1) == '.')) {
            k--;
        }
        String word = s.substring(k, dot);
        if (word.isEmpty()) {
            return false;
        }
        if (word.length() == 1 && Character.isLetter(word.charAt(0))
                && Character.UnicodeScript.of(word.charAt(0)) != Character.UnicodeScript.ARABIC) {
            return true; // an initial: "V. Putin", "А. Иванов"
        }
        // letters between dots: "H.H. Sheikh Abdullah", "H.E.", "H.R.H." (honorifics before a name), "U.S.", "e.g."
        return ABBREVIATIONS.contains(word) || DOTTED_LETTERS.matcher(word).matches()
                && Character.UnicodeScript.of(word.charAt(0)) != Character.UnicodeScript.ARABIC;
    }

    private static final java.util.regex.Pattern DOTTED_LETTERS = java.util.regex.Pattern.compile("(\\p{L}\\.)+\\p{L}");

    /**
     * Longest sentence kept whole. Real sentences are far shorter; text without sentence marks (a
     * table, garbage) is cut at the next space after this many characters, so that work per sentence
     * stays bounded whatever the input.
     */
    static final int MAX_SENTENCE = 2000;

    private static void add(NormalizedText text, List<Sentence> sentences, int from, int to) {
        String s = text.text();
        while (to - from > MAX_SENTENCE) {
            int cut = from + MAX_SENTENCE;
            while (cut < to && !Character.isWhitespace(s.charAt(cut))) {
                cut++;
            }
            if (cut - from > 2 * MAX_SENTENCE) {
                cut = from + MAX_SENTENCE; // no space at all: cut anyway
            }
            addTrimmed(text, sentences, from, cut);
            from = cut;
        }
        addTrimmed(text, sentences, from, to);
    }

    private static void addTrimmed(NormalizedText text, List<Sentence> sentences, int from, int to) {
        String s = text.text();
        while (from < to && Character.isWhitespace(s.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(s.charAt(to - 1))) {
            to--;
        }
        if (from >= to) {
            return;
        }
        Span evidence = new Span(text.originalStart(from), text.originalEnd(to));
        sentences.add(new Sentence(sentences.size(), from, to, evidence, s.substring(from, to)));
    }
}
