package org.dyad.extract.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dyad.extract.text.Token;

/**
 * Finds dates, years and relative time expressions in the tokens of folded text, in Arabic (both
 * month series, "نيسان/أبريل"), Russian (genitive and prepositional months) and English.
 */
public final class DateFinder {

    private static final Map<String, Integer> MONTHS = new HashMap<>();
    /** Two-word Arabic months of the Levantine series. */
    private static final Map<String, Integer> ARABIC_TWO_WORD_MONTHS = Map.of(
            "كانون الثاني", 1, "كانون الاول", 12, "تشرين الاول", 10, "تشرين الثاني", 11);
    private static final String[] RU_STEMS = {"январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август",
            "сентябр", "октябр", "ноябр", "декабр"};
    private static final Pattern NUMERIC_DATE = Pattern.compile("(\\d{1,2})[./](\\d{1,2})[./](\\d{4})");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

    static {
        String[] en = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
                "october", "november", "december"};
        for (int i = 0; i < en.length; i++) {
            MONTHS.put(en[i], i + 1);
        }
        String[] enShort = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
        for (int i = 0; i < enShort.length; i++) {
            MONTHS.put(enShort[i], i + 1);
        }
        MONTHS.put("sept", 9);
        String[] egyptian = {"يناير", "فبراير", "مارس", "ابريل", "مايو", "يونيو", "يوليو", "اغسطس", "سبتمبر",
                "اكتوبر", "نوفمبر", "ديسمبر"};
        for (int i = 0; i < egyptian.length; i++) {
            MONTHS.put(egyptian[i], i + 1);
        }
        MONTHS.put("يونيه", 6);
        MONTHS.put("يوليه", 7);
        MONTHS.put("ايلول", 9);
        MONTHS.put("شباط", 2);
        MONTHS.put("اذار", 3);
        MONTHS.put("نيسان", 4);
        MONTHS.put("ايار", 5);
        MONTHS.put("حزيران", 6);
        MONTHS.put("تموز", 7);
        MONTHS.put("اب", 8);
        String[][] ru = {{"январь", "января", "январе"}, {"февраль", "февраля", "феврале"}, {"март", "марта", "марте"},
                {"апрель", "апреля", "апреле"}, {"май", "мая", "мае"}, {"июнь", "июня", "июне"}, {"июль", "июля", "июле"},
                {"август", "августа", "августе"}, {"сентябрь", "сентября", "сентябре"}, {"октябрь", "октября", "октябре"},
                {"ноябрь", "ноября", "ноябре"}, {"декабрь", "декабря", "декабре"}};
        for (int i = 0; i < ru.length; i++) {
            for (String f : ru[i]) {
                MONTHS.put(f, i + 1);
            }
        }
        // agencies' datelines: "ЕРЕВАН, 19 авг – РИА Новости"
        String[][] ruShort = {{"янв"}, {"фев", "февр"}, {"мар"}, {"апр"}, {}, {"июн"}, {"июл"}, {"авг"}, {"сен", "сент"},
                {"окт"}, {"ноя", "нояб"}, {"дек"}};
        for (int i = 0; i < ruShort.length; i++) {
            for (String f : ruShort[i]) {
                MONTHS.put(f, i + 1);
            }
        }
    }

    private DateFinder() {
    }

    public static List<DateMention> find(List<Token> tokens) {
        return find(tokens, "en");
    }

    public static List<DateMention> find(List<Token> tokens, String lang) {
        List<DateMention> found = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            int consumed = yearInWords(tokens, i, lang, found);
            if (consumed == 0) {
                consumed = tryAt(tokens, i, found);
            }
            i += Math.max(consumed, 1);
        }
        return found;
    }

    private static final java.util.Set<String> YEAR_WORDS = java.util.Set.of("عام", "العام", "لعام", "سنه", "السنه",
            "year", "году", "года", "год");

    /** "عام ألفين وثلاثة وعشرين", "in the year two thousand and twenty": a year word, then a number in words. */
    private static int yearInWords(List<Token> tokens, int i, String lang, List<DateMention> out) {
        Token t = tokens.get(i);
        if (!YEAR_WORDS.contains(t.text()) && !(t.text().startsWith("و") && YEAR_WORDS.contains(t.text().substring(1)))
                || i + 1 >= tokens.size() || !tokens.get(i + 1).isWord()) {
            return 0;
        }
        org.dyad.extract.money.MoneyParser.Parsed n = org.dyad.extract.money.MoneyParser.parseNumber(tokens, i + 1, lang);
        if (n == null || n.value().scale() > 0 && n.value().stripTrailingZeros().scale() > 0) {
            return 0;
        }
        int year = n.value().intValue();
        if (year < 1945 || year > 2100) {
            return 0;
        }
        out.add(DateMention.year(tokens.get(i + 1).start(), tokens.get(n.next() - 1).end(), year));
        return n.next() - i;
    }

    private static int tryAt(List<Token> tokens, int i, List<DateMention> out) {
        Token t = tokens.get(i);
        String w = t.text();
        if (t.isNumber()) {
            Matcher numeric = NUMERIC_DATE.matcher(w);
            if (numeric.matches()) {
                LocalDate d = date(Integer.parseInt(numeric.group(3)), Integer.parseInt(numeric.group(2)),
                        Integer.parseInt(numeric.group(1)));
                if (d != null) {
                    out.add(DateMention.day(t.start(), t.end(), d));
                    return 1;
                }
            }
            // 2024-04-30 arrives as three tokens separated by '-'
            if (w.length() == 4 && i + 4 < tokens.size() && tokens.get(i + 1).text().equals("-")
                    && tokens.get(i + 3).text().equals("-")) {
                Matcher iso = ISO_DATE.matcher(w + "-" + tokens.get(i + 2).text() + "-" + tokens.get(i + 4).text());
                if (iso.matches()) {
                    LocalDate d = date(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                            Integer.parseInt(iso.group(3)));
                    if (d != null) {
                        out.add(DateMention.day(t.start(), tokens.get(i + 4).end(), d));
                        return 5;
                    }
                }
            }
            if (w.matches("\\d{1,2}") && i + 1 < tokens.size()) {
                int day = Integer.parseInt(w);
                int[] month = month(tokens, i + 1);
                if (month != null && day >= 1 && day <= 31) {
                    int k = month[1];
                    Integer year = k < tokens.size() ? year(tokens.get(k).text()) : null;
                    if (year != null) {
                        LocalDate d = date(year, month[0], day);
                        if (d != null) {
                            out.add(DateMention.day(t.start(), tokens.get(k).end(), d));
                            return k + 1 - i;
                        }
                    }
                    out.add(DateMention.dayMonth(t.start(), tokens.get(k - 1).end(), month[0], day));
                    return k - i;
                }
            }
            Integer year = year(w);
            if (year != null) {
                out.add(DateMention.year(t.start(), t.end(), year));
                return 1;
            }
            return 1;
        }
        if (!t.isWord()) {
            return 1;
        }
        // "April 30, 2024"
        int[] month = month(tokens, i);
        if (month != null && month[1] < tokens.size() && tokens.get(month[1]).text().matches("\\d{1,2}")) {
            int k = month[1];
            int day = Integer.parseInt(tokens.get(k).text());
            int y = k + 1 < tokens.size() && tokens.get(k + 1).text().equals(",") ? k + 2 : k + 1;
            Integer year = y < tokens.size() ? year(tokens.get(y).text()) : null;
            if (year != null && date(year, month[0], day) != null) {
                out.add(DateMention.day(t.start(), tokens.get(y).end(), date(year, month[0], day)));
                return y + 1 - i;
            }
            if (day >= 1 && day <= 31) {
                out.add(DateMention.dayMonth(t.start(), tokens.get(k).end(), month[0], day));
                return k + 1 - i;
            }
        }
        if (month != null && (i == 0 || !tokens.get(i - 1).isNumber())) {
            int k = month[1];
            Integer year = k < tokens.size() ? year(tokens.get(k).text()) : null;
            boolean dateContext = year != null || i > 0 && MONTH_PREPOSITIONS.contains(tokens.get(i - 1).text());
            if (dateContext && !(tokens.get(i).text().equals("اب") && year == null)
                    && !(tokens.get(i).text().equals("may") && year == null)) {
                out.add(DateMention.month(t.start(), tokens.get(year != null ? k : k - 1).end(), month[0], year));
                return (year != null ? k + 1 : k) - i;
            }
        }
        return relative(tokens, i, out);
    }

    /** Words before a month's name that make it a date ("in July", "last July", "в июле", "في يوليو"). */
    private static final java.util.Set<String> MONTH_PREPOSITIONS = java.util.Set.of("in", "since", "until", "last",
            "this", "next", "early", "late", "mid", "during", "в", "с", "до", "في", "منذ", "خلال", "شهر");

    /** Month at token k (one or two words, Arabic "نيسان/أبريل"): {month, index after it}, or null. */
    private static int[] month(List<Token> tokens, int k) {
        if (k >= tokens.size()) {
            return null;
        }
        String w = tokens.get(k).text();
        if (k + 1 < tokens.size()) {
            Integer two = ARABIC_TWO_WORD_MONTHS.get(w + " " + tokens.get(k + 1).text());
            if (two != null) {
                return skipAlternative(tokens, new int[]{two, k + 2});
            }
        }
        Integer m = MONTHS.get(w);
        return m == null ? null : skipAlternative(tokens, new int[]{m, k + 1});
    }

    /** "نيسان/أبريل": skip the second name of the same month. */
    private static int[] skipAlternative(List<Token> tokens, int[] month) {
        int k = month[1];
        if (k + 1 < tokens.size() && tokens.get(k).text().equals("/") && MONTHS.get(tokens.get(k + 1).text()) != null) {
            return new int[]{month[0], k + 2};
        }
        return month;
    }

    private static Integer year(String w) {
        if (w.matches("(19|20)\\d{2}")) {
            int y = Integer.parseInt(w);
            return y >= 1945 && y <= 2100 ? y : null;
        }
        return null;
    }

    private static LocalDate date(int y, int m, int d) {
        try {
            return y >= 1945 && y <= 2100 ? LocalDate.of(y, m, d) : null;
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static final Map<String, String> RELATIVE_DAYS = Map.ofEntries(
            Map.entry("today", "today"), Map.entry("сегодня", "today"), Map.entry("اليوم", "today"),
            Map.entry("واليوم", "today"), Map.entry("yesterday", "yesterday"), Map.entry("вчера", "yesterday"),
            Map.entry("امس", "yesterday"), Map.entry("بالامس", "yesterday"), Map.entry("الامس", "yesterday"),
            Map.entry("tonight", "today"), Map.entry("الليله", "today"), Map.entry("والليله", "today"), Map.entry("tomorrow", "tomorrow"), Map.entry("завтра", "tomorrow"), Map.entry("غدا", "tomorrow"));

    private static final Set<String> PARTS_OF_DAY = Set.of("morning", "afternoon", "evening");

    private static final Map<String, Integer> WEEKDAYS = new HashMap<>();

    static {
        String[][] days = {
                {"monday", "понедельник", "понедельника", "الاثنين"},
                {"tuesday", "вторник", "вторника", "الثلاثاء"},
                {"wednesday", "среду", "среда", "среды", "الاربعاء"},
                {"thursday", "четверг", "четверга", "الخميس"},
                {"friday", "пятницу", "пятница", "пятницы", "الجمعه"},
                {"saturday", "субботу", "суббота", "субботы", "السبت"},
                {"sunday", "воскресенье", "воскресенья", "الاحد"}};
        for (int i = 0; i < days.length; i++) {
            for (String d : days[i]) {
                WEEKDAYS.put(d, i + 1);
            }
        }
    }

    /** Two-word relative years, by the first word and the second. */
    private static final Map<String, String> RELATIVE_YEARS = Map.ofEntries(
            Map.entry("last year", "last_year"), Map.entry("past year", "last_year"),
            Map.entry("this year", "this_year"), Map.entry("current year", "this_year"),
            Map.entry("next year", "next_year"), Map.entry("coming year", "next_year"),
            Map.entry("прошлом году", "last_year"), Map.entry("прошлого года", "last_year"),
            Map.entry("прошлый год", "last_year"), Map.entry("прошедшем году", "last_year"),
            Map.entry("прошедшего года", "last_year"),
            Map.entry("этом году", "this_year"), Map.entry("этого года", "this_year"),
            Map.entry("текущем году", "this_year"), Map.entry("текущего года", "this_year"),
            Map.entry("нынешнем году", "this_year"),
            Map.entry("следующем году", "next_year"), Map.entry("следующего года", "next_year"),
            Map.entry("будущем году", "next_year"), Map.entry("предстоящем году", "next_year"),
            Map.entry("العام الماضي", "last_year"), Map.entry("السنه الماضيه", "last_year"),
            Map.entry("العام المنصرم", "last_year"), Map.entry("عام الماضي", "last_year"),
            Map.entry("العام الجاري", "this_year"), Map.entry("العام الحالي", "this_year"),
            Map.entry("هذا العام", "this_year"), Map.entry("السنه الحاليه", "this_year"),
            Map.entry("السنه الجاريه", "this_year"),
            Map.entry("العام المقبل", "next_year"), Map.entry("العام القادم", "next_year"),
            Map.entry("السنه المقبله", "next_year"), Map.entry("السنه القادمه", "next_year"));

    private static int relative(List<Token> tokens, int i, List<DateMention> out) {
        Token t = tokens.get(i);
        if (i + 1 < tokens.size()) {
            String first = t.text();
            String second = tokens.get(i + 1).text();
            if (second.endsWith("'s") || second.endsWith("’s")) {
                second = second.substring(0, second.length() - 2); // "last year's signing"
            }
            if (first.equals("this") && PARTS_OF_DAY.contains(second)) {
                out.add(DateMention.relativeDay(t.start(), tokens.get(i + 1).end(), "today")); // "spoke … this evening"
                return 2;
            }
            for (String f : arabicVariants(first)) {
                String rel = RELATIVE_YEARS.get(f + " " + second);
                if (rel != null) {
                    out.add(DateMention.relativeYear(t.start(), tokens.get(i + 1).end(), rel));
                    return 2;
                }
            }
        }
        String day = RELATIVE_DAYS.get(t.text());
        if ("today".equals(day) && t.text().endsWith("الليله") && i + 1 < tokens.size()
                && tokens.get(i + 1).text().equals("الماضيه")) {
            out.add(DateMention.relativeDay(t.start(), tokens.get(i + 1).end(), "yesterday")); // "الليلة الماضية": last night
            return 2;
        }
        if (day == null && t.text().equals("накануне") && !eveOf(tokens, i + 1)) {
            day = "yesterday"; // "встретился накануне с …"; not "накануне визита" (on the eve of the visit)
        }
        if (day != null) {
            out.add(DateMention.relativeDay(t.start(), t.end(), day));
            return 1;
        }
        Integer weekday = WEEKDAYS.get(t.text());
        if (weekday == null && t.text().length() > 3 && (t.text().startsWith("يوم") || t.text().startsWith("ال"))) {
            weekday = WEEKDAYS.get(t.text().startsWith("يوم") ? t.text().substring(3) : t.text());
        }
        if (weekday != null) {
            out.add(DateMention.weekday(t.start(), t.end(), weekday));
        }
        return 1;
    }

    /** Words after "накануне" that keep it an adverb (the day before), not "on the eve of" a noun. */
    private static final Set<String> EVE_ADVERB_NEXT = Set.of("с", "со", "в", "во", "на", "вечером", "утром", "днем",
            "днём", "и", "по", "у", "к", "провел", "провёл", "состоялся", "состоялась", "состоялись", "прошли",
            "прошла", "прошел", "прошёл");

    private static boolean eveOf(List<Token> tokens, int next) {
        if (next >= tokens.size() || !tokens.get(next).isWord()) {
            return false; // "встречались накануне." — the day before
        }
        return !EVE_ADVERB_NEXT.contains(tokens.get(next).text());
    }

    private static List<String> arabicVariants(String w) {
        List<String> out = new ArrayList<>(3);
        out.add(w);
        for (String p : List.of("وفي", "في", "و", "ب", "ل", "خلال")) {
            if (w.length() > p.length() + 2 && w.startsWith(p)) {
                String rest = w.substring(p.length());
                out.add(rest);
                if (p.equals("ل") && !rest.startsWith("ال")) {
                    out.add("ال" + rest);
                }
            }
        }
        if (w.startsWith("لل")) {
            out.add("ال" + w.substring(2)); // "للعام الماضي"
        }
        return out;
    }
}
