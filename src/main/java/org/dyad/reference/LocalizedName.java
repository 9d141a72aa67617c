package org.dyad.reference;

import java.util.Locale;

/** A name in the three languages Dyad speaks; English stands in for any other language. */
public record LocalizedName(String en, String ar, String ru) {

    public String in(Locale locale) {
        return switch (locale == null ? "en" : locale.getLanguage()) {
            case "ar" -> ar;
            case "ru" -> ru;
            default -> en;
        };
    }
}
