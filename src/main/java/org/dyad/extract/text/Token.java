package org.dyad.extract.text;

/** A word, number or punctuation mark of the folded text, [start, end). */
public record Token(int start, int end, String text, Kind kind) {

    public enum Kind { WORD, NUMBER, PUNCT }

    public boolean isWord() {
        return kind == Kind.WORD;
    }

    public boolean isNumber() {
        return kind == Kind.NUMBER;
    }
}
