package org.dyad.reference;

import java.util.Locale;

/** A country as the pickers show it: ISO code and its name in the three languages. */
public record CountryName(String code, LocalizedName name) {

    public String name(Locale locale) {
        return name.in(locale);
    }
}
