package org.dyad.chart;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** The words the charts print themselves, in the three languages of the UI. */
final class ChartText {

    private static final Map<String, String[]> TEXT = new HashMap<>();

    private static void put(String key, String en, String ar, String ru) {
        TEXT.put(key, new String[]{en, ar, ru});
    }

    static {
        put("member", "Member", "عضو", "Член");
        put("associate", "Associate member", "عضو منتسب", "Ассоциированный член");
        put("observer", "Observer", "مراقب", "Наблюдатель");
        put("dialogue_partner", "Dialogue partner", "شريك في الحوار", "Партнёр по диалогу");
        put("suspended", "Suspended", "معلقة", "Приостановлено");
        put("today", "today", "اليوم", "по сей день");
        put("noMemberships", "No memberships of %s and %s recorded for %d–%d",
                "لا توجد عضويات مسجلة لـ%s و%s في %d–%d", "Нет данных о членстве %s и %s за %d–%d");
        put("noMeetings", "No meetings of %s and %s found in %d–%d",
                "لم يُعثر على لقاءات بين %s و%s في %d–%d", "Встреч %s и %s в %d–%d не найдено");
        put("noTrade", "No trade figures of %s and %s found in %d–%d",
                "لم يُعثر على أرقام تجارية بين %s و%s في %d–%d", "Торговых показателей %s и %s за %d–%d не найдено");
        put("noSectors", "No sectors named in articles on %s and %s in %d–%d",
                "لم تُذكر قطاعات في مقالات عن %s و%s في %d–%d", "В статьях о %s и %s за %d–%d отрасли не названы");
        put("headOfState", "of which head of state", "منها على مستوى رؤساء الدول", "из них на уровне глав государств");
        put("state_visit", "State visit", "زيارة دولة", "Государственный визит");
        put("official_visit", "Official visit", "زيارة رسمية", "Официальный визит");
        put("working_visit", "Working visit", "زيارة عمل", "Рабочий визит");
        put("talks", "Talks", "محادثات", "Переговоры");
        put("phone_call", "Phone call", "اتصال هاتفي", "Телефонный разговор");
        put("video_call", "Video call", "اتصال مرئي", "Видеосвязь");
        put("summit", "Summit", "قمة", "Саммит");
        put("sidelines_meeting", "Sidelines meeting", "لقاء على الهامش", "Встреча на полях");
        put("reception", "Reception", "استقبال", "Приём");
        put("other", "Other meeting", "لقاء آخر", "Другая встреча");
        put("HEAD_OF_STATE", "head of state", "رئيس دولة", "глава государства");
        put("HEAD_OF_GOVERNMENT", "head of government", "رئيس حكومة", "глава правительства");
        put("MINISTER", "minister", "وزير", "министр");
        put("OTHER", "other", "آخر", "другое");
        put("turnover", "Turnover", "حجم التبادل", "Товарооборот");
        put("export", "Exports", "الصادرات", "Экспорт");
        put("import", "Imports", "الواردات", "Импорт");
        put("target", "Target", "الهدف", "Цель");
        put("investment", "Investment", "الاستثمار", "Инвестиции");
        put("contracts", "Contracts", "العقود", "Контракты");
        put("latestTurnover", "Turnover, latest report per year", "حجم التبادل، آخر تقرير لكل سنة",
                "Товарооборот, последнее сообщение за год");
        put("usdBillion", "USD bn", "مليار دولار", "млрд долл.");
        put("yearNotStated", "year not stated: shown at the year of publication",
                "السنة غير مذكورة: معروض في سنة النشر", "год не указан: показано по году публикации");
        put("deadline", "deadline", "الموعد النهائي", "срок");
        put("namedIn", "Named in %d of the pair's articles in the period",
                "ذُكرت في %d من مقالات الزوج خلال الفترة", "Упомянута в %d статьях о паре за период");
        put("noPartnerMeetings", "No meetings of %s with any partner found in %d–%d",
                "لم يُعثر على لقاءات لـ%s مع أي شريك في %d–%d", "Встреч %s с партнёрами за %d–%d не найдено");
        put("headOfStateMeetings", "head-of-state meetings", "لقاءات على مستوى رؤساء الدول", "встречи глав государств");
        put("otherMeetings", "other meetings", "لقاءات أخرى", "другие встречи");
        put("noNetwork", "No meetings found in %d–%d", "لم يُعثر على لقاءات في %d–%d", "Встреч за %d–%d не найдено");
        put("meetingsWord", "meetings", "لقاءات", "встреч");
        put("articlesNaming", "%d article(s) name %s", "%d مقال(ات) تذكر %s", "%2$s: статей — %1$d");
    }

    private ChartText() {
    }

    static String get(String key, Locale locale) {
        String[] byLang = TEXT.get(key);
        if (byLang == null) {
            return key;
        }
        return switch (locale == null ? "en" : locale.getLanguage()) {
            case "ar" -> byLang[1];
            case "ru" -> byLang[2];
            default -> byLang[0];
        };
    }
}
