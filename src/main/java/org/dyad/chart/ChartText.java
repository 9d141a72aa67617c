package org.dyad.chart;

import java.util.Locale;

import org.dyad.base.i18n.Messages;

/** The words the charts print themselves: the {@code chart.*} keys of Dyad's messages, in the UI language. */
final class ChartText {

    private ChartText() {
    }

    static String get(String key, Locale locale, Object... args) {
        return Messages.get("chart." + key, locale, args);
    }
}
