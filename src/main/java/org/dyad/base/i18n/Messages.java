package org.dyad.base.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every word Dyad prints, in English, Arabic and Russian, from {@code i18n/dyad*.properties}
 * (UTF-8). Plain Java, so the views, the chart options and the reports share one vocabulary.
 * <p>
 * Patterns are {@link MessageFormat}s; numbers passed in are printed as they are (Latin digits, no
 * grouping), so a year never comes out as "2,015". A key missing in a language falls back to
 * English, then to the key itself; never to the JVM's default locale.
 */
public final class Messages {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale ARABIC = Locale.forLanguageTag("ar");
    public static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    /** The UI languages, in the order the language menu lists them. */
    public static final List<Locale> LANGUAGES = List.of(ENGLISH, ARABIC, RUSSIAN);

    static final String BUNDLE = "i18n/dyad";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Messages() {
    }

    /** The supported language closest to the given locale: its language if Dyad speaks it, else English. */
    public static Locale supported(Locale locale) {
        if (locale == null) {
            return ENGLISH;
        }
        return LANGUAGES.stream().filter(l -> l.getLanguage().equals(locale.getLanguage())).findFirst().orElse(ENGLISH);
    }

    /** Whether text in this language runs right to left (the whole layout turns with it). */
    public static boolean rightToLeft(Locale locale) {
        return locale != null && locale.getLanguage().equals("ar");
    }

    public static String get(String key, Locale locale, Object... args) {
        Locale language = supported(locale);
        String pattern = pattern(key, language);
        if (pattern == null && language != ENGLISH) {
            pattern = pattern(key, ENGLISH);
        }
        if (pattern == null) {
            return key;
        }
        Object[] plain = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            plain[i] = args[i] instanceof Number n ? n.toString() : args[i];
        }
        return new MessageFormat(pattern, language).format(plain);
    }

    /** Whether the key exists in the English bundle (which every other language must match). */
    public static boolean has(String key) {
        return pattern(key, ENGLISH) != null;
    }

    private static String pattern(String key, Locale language) {
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, language == ENGLISH ? Locale.ROOT : language,
                    Messages.class.getClassLoader(), NO_FALLBACK);
            return bundle.containsKey(key) ? bundle.getString(key) : null;
        } catch (MissingResourceException e) {
            return null;
        }
    }
}
