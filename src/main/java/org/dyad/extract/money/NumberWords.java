package org.dyad.extract.money;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * Number words of Arabic, Russian and English in their folded forms (see NormalizedText), each
 * with a value and a role: an additive number, a hundred that multiplies what precedes it, a scale
 * (thousand and up, possibly with its own multiplier as in the Arabic dual "ملياري" = 2 × 10⁹), or
 * one half.
 */
final class NumberWords {

    enum Role { NUMBER, HUNDRED, SCALE, HALF }

    record Word(BigDecimal value, Role role, BigDecimal multiplier) {
        static Word number(long v) {
            return new Word(BigDecimal.valueOf(v), Role.NUMBER, BigDecimal.ONE);
        }

        static Word scale(long v, long multiplier) {
            return new Word(BigDecimal.valueOf(v), Role.SCALE, BigDecimal.valueOf(multiplier));
        }
    }

    private static final Map<String, Word> WORDS = new HashMap<>();
    private static final long THOUSAND = 1_000L;
    private static final long MILLION = 1_000_000L;
    private static final long BILLION = 1_000_000_000L;
    private static final long TRILLION = 1_000_000_000_000L;

    static {
        // English
        String[] en = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
        for (int i = 1; i < en.length; i++) {
            number(i, en[i]);
        }
        number(20, "twenty");
        number(30, "thirty");
        number(40, "forty");
        number(50, "fifty");
        number(60, "sixty");
        number(70, "seventy");
        number(80, "eighty");
        number(90, "ninety");
        WORDS.put("hundred", new Word(BigDecimal.valueOf(100), Role.HUNDRED, BigDecimal.ONE));
        scale(THOUSAND, 1, "thousand", "thousands", "k");
        scale(MILLION, 1, "million", "millions", "mln", "mn", "m");
        scale(BILLION, 1, "billion", "billions", "bln", "bn", "b");
        scale(TRILLION, 1, "trillion", "trillions", "tn");
        half("half");

        // Russian (ё folded to е)
        number(1, "один", "одна", "одно", "одного", "одной", "одному", "одним", "одном", "одну");
        number(2, "два", "две", "двух", "двум", "двумя");
        number(3, "три", "трех", "трем", "тремя");
        number(4, "четыре", "четырех", "четырем", "четырьмя");
        ruNumber(5, "пять", "пяти", "пятью");
        ruNumber(6, "шесть", "шести", "шестью");
        ruNumber(7, "семь", "семи", "семью");
        ruNumber(8, "восемь", "восьми", "восемью");
        ruNumber(9, "девять", "девяти", "девятью");
        ruNumber(10, "десять", "десяти", "десятью");
        String[] teens = {"одиннадцат", "двенадцат", "тринадцат", "четырнадцат", "пятнадцат", "шестнадцат",
                "семнадцат", "восемнадцат", "девятнадцат"};
        for (int i = 0; i < teens.length; i++) {
            ruNumber(11 + i, teens[i] + "ь", teens[i] + "и", teens[i] + "ью");
        }
        ruNumber(20, "двадцать", "двадцати", "двадцатью");
        ruNumber(30, "тридцать", "тридцати", "тридцатью");
        number(40, "сорок", "сорока");
        number(50, "пятьдесят", "пятидесяти", "пятьюдесятью");
        number(60, "шестьдесят", "шестидесяти", "шестьюдесятью");
        number(70, "семьдесят", "семидесяти", "семьюдесятью");
        number(80, "восемьдесят", "восьмидесяти", "восемьюдесятью");
        number(90, "девяносто", "девяноста");
        number(100, "сто", "ста");
        number(200, "двести", "двухсот", "двумстам", "двумястами");
        number(300, "триста", "трехсот", "тремстам", "тремястами");
        number(400, "четыреста", "четырехсот", "четыремстам", "четырьмястами");
        number(500, "пятьсот", "пятисот", "пятистам", "пятьюстами");
        number(600, "шестьсот", "шестисот", "шестистам", "шестьюстами");
        number(700, "семьсот", "семисот", "семистам", "семьюстами");
        number(800, "восемьсот", "восьмисот", "восьмистам", "восемьюстами");
        number(900, "девятьсот", "девятисот", "девятистам", "девятьюстами");
        scale(THOUSAND, 1, "тысяча", "тысячи", "тысяч", "тысячу", "тысячей", "тысячам", "тысячами", "тысячах", "тыс");
        scale(MILLION, 1, "миллион", "миллиона", "миллионов", "миллиону", "миллионом", "миллионам", "миллионами",
                "миллионах", "миллионе", "млн");
        scale(BILLION, 1, "миллиард", "миллиарда", "миллиардов", "миллиарду", "миллиардом", "миллиардам",
                "миллиардами", "миллиардах", "миллиарде", "млрд");
        scale(TRILLION, 1, "триллион", "триллиона", "триллионов", "триллионом", "триллионами", "трлн");
        WORDS.put("полтора", new Word(new BigDecimal("1.5"), Role.NUMBER, BigDecimal.ONE));
        WORDS.put("полторы", new Word(new BigDecimal("1.5"), Role.NUMBER, BigDecimal.ONE));
        WORDS.put("полутора", new Word(new BigDecimal("1.5"), Role.NUMBER, BigDecimal.ONE));
        half("половина", "половину", "половины");
        // "полмиллиарда", "полмиллиона", "полтысячи": half of the scale
        halfScale(THOUSAND, "полтысячи");
        halfScale(MILLION, "полмиллиона");
        halfScale(BILLION, "полмиллиарда");
        halfScale(TRILLION, "полтриллиона");

        // Arabic (folded: alef forms -> ا, ة -> ه, ى -> ي)
        number(1, "واحد", "واحده", "واحدا", "احد", "احدي");
        number(2, "اثنان", "اثنين", "اثنتان", "اثنتين", "اثنا", "اثني");
        number(3, "ثلاث", "ثلاثه");
        number(4, "اربع", "اربعه");
        number(5, "خمس", "خمسه");
        number(6, "ست", "سته");
        number(7, "سبع", "سبعه");
        number(8, "ثمان", "ثماني", "ثمانيه");
        number(9, "تسع", "تسعه");
        number(10, "عشر", "عشره");
        number(20, "عشرون", "عشرين");
        number(30, "ثلاثون", "ثلاثين");
        number(40, "اربعون", "اربعين");
        number(50, "خمسون", "خمسين");
        number(60, "ستون", "ستين");
        number(70, "سبعون", "سبعين");
        number(80, "ثمانون", "ثمانين");
        number(90, "تسعون", "تسعين");
        WORDS.put("مائه", new Word(BigDecimal.valueOf(100), Role.HUNDRED, BigDecimal.ONE));
        WORDS.put("مئه", new Word(BigDecimal.valueOf(100), Role.HUNDRED, BigDecimal.ONE));
        number(200, "مائتان", "مائتين", "مئتان", "مئتين", "مائتا", "مائتي", "مئتا", "مئتي");
        String[] hundreds = {"ثلاث", "اربع", "خمس", "ست", "سبع", "ثمان", "تسع"};
        for (int i = 0; i < hundreds.length; i++) {
            number(300 + 100L * i, hundreds[i] + "مائه", hundreds[i] + "مئه");
        }
        number(800, "ثمانيمائه", "ثمانيمئه");
        scale(THOUSAND, 1, "الف", "الاف", "الفا", "الوف");
        scale(THOUSAND, 2, "الفان", "الفين", "الفي", "الفا");
        scale(MILLION, 1, "مليون", "ملايين", "مليونا", "ملاين");
        scale(MILLION, 2, "مليونان", "مليونين", "مليوني");
        scale(BILLION, 1, "مليار", "مليارات", "مليارا", "بليون", "بلايين");
        scale(BILLION, 2, "ملياران", "مليارين", "ملياري");
        scale(TRILLION, 1, "تريليون", "ترليون", "تريليونات");
        half("نصف");
    }

    private NumberWords() {
    }

    private static void number(long value, String... forms) {
        for (String f : forms) {
            WORDS.put(f, Word.number(value));
        }
    }

    private static void ruNumber(long value, String... forms) {
        number(value, forms);
    }

    private static void scale(long value, long multiplier, String... forms) {
        for (String f : forms) {
            // "الفا" is both the accusative singular and, rarely, the dual construct: keep the first meaning
            WORDS.putIfAbsent(f, Word.scale(value, multiplier));
        }
    }

    private static void half(String... forms) {
        for (String f : forms) {
            WORDS.put(f, new Word(new BigDecimal("0.5"), Role.HALF, BigDecimal.ONE));
        }
    }

    private static void halfScale(long scale, String form) {
        WORDS.put(form, new Word(BigDecimal.valueOf(scale), Role.SCALE, new BigDecimal("0.5")));
    }

    /**
     * The word's meaning, trying it as written, then (Arabic) without a leading conjunction or
     * preposition (و ف ب ل), then (English) as a hyphenated compound ("twenty-five").
     */
    static Word lookup(String token) {
        Word w = WORDS.get(token);
        if (w != null) {
            return w;
        }
        if (token.length() > 2) {
            char first = token.charAt(0);
            if (first == 'و' || first == 'ف' || first == 'ب' || first == 'ل') {
                w = WORDS.get(token.substring(1));
                if (w != null) {
                    return w;
                }
                if (first == 'و' && token.length() > 3 && (token.charAt(1) == 'ب' || token.charAt(1) == 'ل')) {
                    w = WORDS.get(token.substring(2));
                    if (w != null) {
                        return w;
                    }
                }
            }
        }
        int dash = token.indexOf('-');
        if (dash > 0) {
            Word a = WORDS.get(token.substring(0, dash));
            Word b = WORDS.get(token.substring(dash + 1));
            if (a != null && b != null && a.role() == Role.NUMBER && b.role() == Role.NUMBER
                    && a.value().compareTo(BigDecimal.valueOf(20)) >= 0 && b.value().compareTo(BigDecimal.TEN) < 0) {
                return new Word(a.value().add(b.value()), Role.NUMBER, BigDecimal.ONE);
            }
        }
        return null;
    }
}
