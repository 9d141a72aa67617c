package org.dyad.article.upload;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;

/**
 * Bytes to text: a byte-order mark decides; else UTF-16 without a mark is recognised by the
 * high bytes of its characters; else text that is valid UTF-8 is UTF-8; else ICU's detector chooses among the legacy
 * encodings of Dyad's languages (Windows-1256 for Arabic, Windows-1251 and KOI8-R for Russian,
 * Windows-1252 for English), by the statistics of each language.
 */
public final class Encodings {

    /** The legacy encodings Dyad accepts, as ICU names them. */
    static final List<String> LEGACY = List.of("windows-1256", "windows-1251", "KOI8-R", "windows-1252", "ISO-8859-1");

    /** Text with the name of the encoding it was read in. */
    public record Decoded(String text, String encoding) {}

    private Encodings() {
    }

    public static Decoded decode(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return strict(bytes, 3, StandardCharsets.UTF_8, "UTF-8");
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return strict(bytes, 2, StandardCharsets.UTF_16LE, "UTF-16LE");
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return strict(bytes, 2, StandardCharsets.UTF_16BE, "UTF-16BE");
        }
        // before UTF-8: Arabic or Cyrillic in UTF-16 is made of bytes that are also valid (control) ASCII
        Charset utf16 = utf16WithoutMark(bytes);
        if (utf16 != null) {
            String text = tryStrict(bytes, 0, utf16);
            if (text != null) {
                return new Decoded(text, utf16.name());
            }
        }
        String utf8 = tryStrict(bytes, 0, StandardCharsets.UTF_8);
        if (utf8 != null) {
            return new Decoded(utf8, "UTF-8");
        }
        if (zeroBytes(bytes) > 0) {
            throw new UploadException("upload.error.binary");
        }
        CharsetDetector detector = new CharsetDetector();
        detector.enableInputFilter(true); // ignore markup when the text is HTML
        detector.setText(bytes);
        CharsetMatch[] matches = detector.detectAll();
        for (CharsetMatch match : matches == null ? new CharsetMatch[0] : matches) {
            if (LEGACY.stream().anyMatch(name -> name.equalsIgnoreCase(match.getName()))) {
                String name = match.getName().equalsIgnoreCase("ISO-8859-1") ? "windows-1252" : match.getName();
                String text = new String(bytes, Charset.forName(name));
                if (name.equals("windows-1252") && !mostlyAscii(text)) {
                    continue; // English in a Western encoding is nearly all ASCII; this is something else
                }
                return new Decoded(text, name);
            }
        }
        throw new UploadException("upload.error.encoding");
    }

    private static Decoded strict(byte[] bytes, int offset, Charset charset, String name) {
        String text = tryStrict(bytes, offset, charset);
        if (text == null) {
            throw new UploadException("upload.error.badEncoding", name);
        }
        return new Decoded(text, name);
    }

    private static String tryStrict(byte[] bytes, int offset, Charset charset) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /**
     * UTF-16 without a mark: the high byte of nearly every character is one of the few blocks of
     * Dyad's scripts (Latin 00, Cyrillic 04, Arabic 06, punctuation 20, presentation forms FB/FE),
     * and spaces and digits put zeros among them.
     */
    private static Charset utf16WithoutMark(byte[] bytes) {
        if (bytes.length < 4 || bytes.length % 2 != 0) {
            return null;
        }
        if (looksLikeHighBytes(bytes, 1)) {
            return StandardCharsets.UTF_16LE;
        }
        if (looksLikeHighBytes(bytes, 0)) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static boolean looksLikeHighBytes(byte[] bytes, int start) {
        int pairs = bytes.length / 2;
        int blocks = 0;
        int zeros = 0;
        for (int i = start; i < bytes.length; i += 2) {
            int b = bytes[i] & 0xFF;
            if (b == 0x00 || b == 0x04 || b == 0x05 || b == 0x06 || b == 0x20 || b == 0xFB || b == 0xFE) {
                blocks++;
            }
            if (b == 0) {
                zeros++;
            }
        }
        return blocks >= pairs * 0.95 && zeros >= pairs * 0.05;
    }

    private static boolean mostlyAscii(String text) {
        long visible = text.codePoints().filter(c -> !Character.isWhitespace(c)).count();
        long ascii = text.codePoints().filter(c -> c > 32 && c < 127).count();
        return visible > 0 && ascii >= visible * 0.95;
    }

    private static int zeroBytes(byte[] bytes) {
        int n = 0;
        for (byte b : bytes) {
            if (b == 0) {
                n++;
            }
        }
        return n;
    }

    static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
