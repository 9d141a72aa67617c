package org.dyad.chart;

import java.util.Locale;
import java.util.Map;

/** The few words the charts print themselves, in the three languages of the UI. */
final class ChartText {

    private static final Map<String, Map<String, String>> TEXT = Map.of(
            "member", Map.of("en", "Member", "ar", "عضو", "ru", "Член"),
            "associate", Map.of("en", "Associate member", "ar", "عضو منتسب", "ru", "Ассоциированный член"),
            "observer", Map.of("en", "Observer", "ar", "مراقب", "ru", "Наблюдатель"),
            "dialogue_partner", Map.of("en", "Dialogue partner", "ar", "شريك في الحوار", "ru", "Партнёр по диалогу"),
            "suspended", Map.of("en", "Suspended", "ar", "معلقة", "ru", "Приостановлено"),
            "today", Map.of("en", "today", "ar", "اليوم", "ru", "по сей день"),
            "shared", Map.of("en", "shared", "ar", "مشتركة", "ru", "общая"),
            "noMemberships", Map.of(
                    "en", "No memberships of %s and %s recorded for %d–%d",
                    "ar", "لا توجد عضويات مسجلة لـ%s و%s في %d–%d",
                    "ru", "Нет данных о членстве %s и %s за %d–%d"));

    private ChartText() {
    }

    static String get(String key, Locale locale) {
        Map<String, String> byLang = TEXT.get(key);
        if (byLang == null) {
            return key;
        }
        String lang = locale == null ? "en" : locale.getLanguage();
        return byLang.getOrDefault(lang, byLang.get("en"));
    }
}
