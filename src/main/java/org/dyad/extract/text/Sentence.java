package org.dyad.extract.text;

/**
 * A sentence: its span in the folded text ({@code start}, {@code end}) and in the original text
 * ({@link #evidence()}), which is what facts cite.
 */
public record Sentence(int index, int start, int end, Span evidence, String text) {
}
