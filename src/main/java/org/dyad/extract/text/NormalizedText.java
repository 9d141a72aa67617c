package org.dyad.extract.text;

import java.text.Normalizer;

/**
 * An article's text folded for matching, with a map back to the original offsets. Each original
 * code point is normalized on its own (NFKC, then folding), so every folded character knows the
 * original character it came from and evidence spans always index the text as it was read.
 *
 * <p>Folding: lower case (ё as е); Arabic alef forms (أ إ آ ٱ) to ا, ى to ي, ة to ه, tatweel and
 * vowel marks removed (the set Lucene's ArabicNormalizer folds; done here because Lucene's keeps no
 * offsets), Persian yeh and keheh to their Arabic letters; Arabic-Indic and Persian digits to ASCII,
 * the Arabic decimal and thousands separators to '.' and ','; every kind of space to ' '; Latin
 * letters without their accents ("Piñera" as "pinera", "Sơn" as "son").
 */
public final class NormalizedText {

    private final String original;
    private final String text;
    private final int[] toOriginal;

    private NormalizedText(String original, String text, int[] toOriginal) {
        this.original = original;
        this.text = text;
        this.toOriginal = toOriginal;
    }

    public static NormalizedText of(String original) {
        StringBuilder out = new StringBuilder(original.length());
        int[] map = new int[original.length() + 1];
        int[] buffer = new int[8];
        for (int i = 0; i < original.length(); ) {
            int cp = original.codePointAt(i);
            int width = Character.charCount(cp);
            String piece = nfkcStable(cp) ? null : Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKC);
            if (piece == null) {
                int folded = fold(cp);
                if (out.length() + 2 >= map.length) {
                    map = java.util.Arrays.copyOf(map, map.length * 2 + 2);
                }
                if (folded >= 0) {
                    map[out.length()] = i;
                    out.append((char) folded); // stable code points are all in the BMP
                }
                i += width;
                continue;
            }
            int n = 0;
            for (int j = 0; j < piece.length(); ) {
                int c = piece.codePointAt(j);
                j += Character.charCount(c);
                int folded = fold(c);
                if (folded >= 0) {
                    if (n == buffer.length) {
                        buffer = java.util.Arrays.copyOf(buffer, n * 2);
                    }
                    buffer[n++] = folded;
                }
            }
            for (int k = 0; k < n; k++) {
                if (out.length() + 2 >= map.length) {
                    map = java.util.Arrays.copyOf(map, map.length * 2 + 2);
                }
                int before = out.length();
                out.appendCodePoint(buffer[k]);
                for (int p = before; p < out.length(); p++) {
                    map[p] = i;
                }
            }
            i += width;
        }
        int length = out.length();
        if (map.length < length + 1) {
            map = java.util.Arrays.copyOf(map, length + 1);
        }
        map[length] = original.length();
        return new NormalizedText(original, out.toString(), java.util.Arrays.copyOf(map, length + 1));
    }

    /**
     * Code points NFKC leaves alone, checked without calling the normalizer: ASCII, basic Cyrillic,
     * and the Arabic block but for the four letters with compatibility forms (U+0675–U+0678).
     */
    private static boolean nfkcStable(int cp) {
        return cp < 0xA0 || (cp >= 0x0400 && cp <= 0x04FF) || (cp >= 0x0600 && cp <= 0x0674)
                || (cp >= 0x0679 && cp <= 0x06FF);
    }

    private static final int LATIN_FROM = 0x00C0;
    private static final int LATIN_TO = 0x024F;
    private static final int VIETNAMESE_FROM = 0x1E00;
    private static final int VIETNAMESE_TO = 0x1EFF;
    private static final char[] LATIN_BASE = new char[LATIN_TO - LATIN_FROM + 1 + VIETNAMESE_TO - VIETNAMESE_FROM + 1];

    static {
        for (int c = LATIN_FROM; c <= VIETNAMESE_TO; c++) {
            if (c > LATIN_TO && c < VIETNAMESE_FROM) {
                continue;
            }
            String d = Normalizer.normalize(String.valueOf((char) c), Normalizer.Form.NFD);
            char base = d.charAt(0) < 0x80 && Character.isLetter(d.charAt(0)) ? d.charAt(0) : (char) c;
            base = switch (c) {
                case 0x0141, 0x0142 -> c == 0x0141 ? 'L' : 'l'; // Ł ł
                case 0x00D8, 0x00F8 -> c == 0x00D8 ? 'O' : 'o'; // Ø ø
                case 0x0110, 0x0111 -> c == 0x0110 ? 'D' : 'd'; // Đ đ
                case 0x0131 -> 'i'; // dotless ı
                default -> base;
            };
            LATIN_BASE[c <= LATIN_TO ? c - LATIN_FROM : LATIN_TO - LATIN_FROM + 1 + c - VIETNAMESE_FROM] = base;
        }
    }

    /** A Latin letter without its accents: its canonical decomposition's base letter, or the letter itself. */
    private static char latinBase(int c) {
        return LATIN_BASE[c <= LATIN_TO ? c - LATIN_FROM : LATIN_TO - LATIN_FROM + 1 + c - VIETNAMESE_FROM];
    }

    /** The folded form of one code point, or -1 to drop it. */
    static int fold(int c) {
        switch (c) {
            case 0x0640: // tatweel
                return -1;
            case 0x0622: case 0x0623: case 0x0625: case 0x0671:
                return 0x0627; // alef with madda / hamza above / hamza below / wasla -> alef
            case 0x0649:
                return 0x064A; // alef maksura -> yeh
            case 0x0629:
                return 0x0647; // teh marbuta -> heh
            case 0x06CC:
                return 0x064A; // Persian yeh
            case 0x06A9:
                return 0x0643; // keheh -> kaf
            case 0x066B:
                return '.'; // Arabic decimal separator
            case 0x066C:
                return ','; // Arabic thousands separator
            case 0x0451:
                return 0x0435; // ё -> е
            case 0x0401:
                return 0x0435; // Ё -> е
            default:
                break;
        }
        if ((c >= 0x064B && c <= 0x065F) || c == 0x0670) {
            return -1; // harakat, superscript alef
        }
        if (c >= 0x0300 && c <= 0x036F) {
            return -1; // a combining accent written apart ("Tu\u0308rkiye")
        }
        if (c >= LATIN_FROM && c <= LATIN_TO || c >= VIETNAMESE_FROM && c <= VIETNAMESE_TO) {
            return Character.toLowerCase(latinBase(c)); // "Piñera", "Fernández", "Bùi Thanh Sơn", "Çavuşoğlu"
        }
        if (c >= 0x0660 && c <= 0x0669) {
            return '0' + (c - 0x0660);
        }
        if (c >= 0x06F0 && c <= 0x06F9) {
            return '0' + (c - 0x06F0);
        }
        if (c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029 || c == 0x0085) {
            return '\n'; // line breaks end sentences: keep them
        }
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
            return ' ';
        }
        if (Character.getType(c) == Character.FORMAT) {
            return -1; // zero-width joiners, bidi marks, BOM
        }
        return Character.toLowerCase(c);
    }

    public String original() {
        return original;
    }

    /** The folded text. */
    public String text() {
        return text;
    }

    public int length() {
        return text.length();
    }

    /** Original offset of the folded character at {@code index}; {@code length()} maps to the end. */
    public int originalStart(int index) {
        return toOriginal[index];
    }

    /** Original offset just after the folded character at {@code index - 1} (an exclusive end). */
    public int originalEnd(int endExclusive) {
        if (endExclusive <= 0) {
            return 0;
        }
        int last = toOriginal[endExclusive - 1];
        return last + Character.charCount(original.codePointAt(last));
    }

    /** The original text of the folded span [start, end). */
    public String originalText(int start, int end) {
        return original.substring(originalStart(start), originalEnd(end));
    }
}
