package org.dyad.extract.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits folded text into words (letters, with inner hyphens and apostrophes: "кассым-жомарт"),
 * numbers (digits with inner '.', ',' or '/': "1,15", "9/483") and single punctuation marks.
 * Spaces are dropped; offsets index the folded text.
 */
public final class Tokenizer {

    private Tokenizer() {
    }

    public static List<Token> tokenize(String s, int from, int to) {
        List<Token> tokens = new ArrayList<>();
        int i = from;
        while (i < to) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (Character.isDigit(c)) {
                int j = i + 1;
                while (j < to && (Character.isDigit(s.charAt(j))
                        || ((s.charAt(j) == '.' || s.charAt(j) == ',' || s.charAt(j) == '/')
                        && j + 1 < to && Character.isDigit(s.charAt(j + 1))))) {
                    j++;
                }
                tokens.add(new Token(i, j, s.substring(i, j), Token.Kind.NUMBER));
                i = j;
            } else if (Character.isLetter(c)) {
                int j = i + 1;
                while (j < to && (Character.isLetter(s.charAt(j)) || Character.getType(s.charAt(j)) == Character.NON_SPACING_MARK
                        || ((s.charAt(j) == '-' || s.charAt(j) == '\'' || s.charAt(j) == '’')
                        && j + 1 < to && Character.isLetter(s.charAt(j + 1))))) {
                    j++;
                }
                tokens.add(new Token(i, j, s.substring(i, j), Token.Kind.WORD));
                i = j;
            } else {
                tokens.add(new Token(i, i + 1, String.valueOf(c), Token.Kind.PUNCT));
                i++;
            }
        }
        return tokens;
    }

    public static List<Token> tokenize(String s) {
        return tokenize(s, 0, s.length());
    }
}
