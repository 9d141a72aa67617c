package org.dyad.chart.svg;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;

/**
 * Right-to-left text prepared for the PDF's SVG renderer, which neither joins Arabic letters nor
 * orders mixed-direction text reliably: the letters are shaped into their joined forms, the text put
 * into display order (the direction of its first strong character decides the paragraph's), and the
 * result wrapped in a left-to-right override so that nothing reorders it again. Text without
 * right-to-left characters is returned as it is.
 */
public final class VisualText {

    private static final char LRO = '\u202D';
    private static final char PDF = '\u202C';

    private VisualText() {
    }

    public static String of(String text) {
        if (text == null || text.isEmpty() || !Bidi.requiresBidi(text.toCharArray(), 0, text.length())) {
            return text;
        }
        String shaped;
        try {
            shaped = new ArabicShaping(ArabicShaping.LETTERS_SHAPE | ArabicShaping.TEXT_DIRECTION_LOGICAL).shape(text);
        } catch (ArabicShapingException e) {
            shaped = text; // cannot happen with these options (no length change); ordering still helps
        }
        StringBuilder out = new StringBuilder(shaped.length() + 2).append(LRO);
        String[] lines = shaped.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                out.append('\n');
            }
            out.append(new Bidi(lines[i], Bidi.LEVEL_DEFAULT_LTR).writeReordered(Bidi.DO_MIRRORING));
        }
        return out.append(PDF).toString();
    }
}
