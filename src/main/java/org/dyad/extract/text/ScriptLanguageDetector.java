package org.dyad.extract.text;

import java.util.Optional;

/**
 * Tells Arabic, Russian and English apart by the script of the letters: the three languages Dyad
 * reads use three scripts, so counting letters is both fast and reliable.
 */
public final class ScriptLanguageDetector {

    private ScriptLanguageDetector() {
    }

    /** "ar", "ru" or "en"; empty when the text has no letters of these scripts. */
    public static Optional<String> detect(CharSequence text) {
        long arabic = 0;
        long cyrillic = 0;
        long latin = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isLetter(c)) {
                continue;
            }
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            switch (script) {
                case ARABIC -> arabic++;
                case CYRILLIC -> cyrillic++;
                case LATIN -> latin++;
                default -> { }
            }
        }
        if (arabic == 0 && cyrillic == 0 && latin == 0) {
            return Optional.empty();
        }
        if (arabic >= cyrillic && arabic >= latin) {
            return Optional.of("ar");
        }
        return Optional.of(cyrillic >= latin ? "ru" : "en");
    }
}
