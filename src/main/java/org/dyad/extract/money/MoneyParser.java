package org.dyad.extract.money;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.dyad.extract.money.NumberWords.Role;
import org.dyad.extract.money.NumberWords.Word;
import org.dyad.extract.text.Token;
import org.dyad.extract.text.Tokenizer;

/**
 * Finds amounts of money in folded text, in digits and in words, in Arabic, Russian and English.
 *
 * <p>Duckling-style value/scale parsing: each number has a value and each scale word a power of
 * ten; a number followed by a larger scale is multiplied by it, a smaller number after a scale is
 * added. So "مليار ومائة وخمسين مليون" is 10⁹ + (100 + 50) × 10⁶, "2 млрд 351,5 млн" is 2 × 10⁹ +
 * 351.5 × 10⁶ and "one and a half billion" 1.5 × 10⁹. An amount counts as money only with a
 * currency next to it. Runs in time linear in the number of tokens.
 */
public final class MoneyParser {

    private static final Set<String> CONNECTORS = Set.of("and", "и", "و");
    private static final Set<String> ARTICLES = Set.of("a", "an");
    private static final Set<String> ADJACENT_ONLY_SCALES = Set.of("m", "b", "k");
    private static final Set<String> APPROXIMATE = Set.of("about", "around", "approximately", "nearly", "almost",
            "roughly", "some", "approx", "около", "порядка", "почти", "примерно", "приблизительно", "ориентировочно",
            "نحو", "حوالي", "حوالى", "قرابه", "زهاء", "تقريبا", "يقارب", "بنحو", "بحوالي");
    private static final Set<String> AT_LEAST = Set.of("over", "more", "above", "exceeding", "exceeded", "свыше",
            "более", "больше", "превысил", "превысила", "превысило", "превышает", "اكثر", "يزيد", "يتجاوز", "تجاوز");
    private static final Set<String> AT_MOST = Set.of("under", "less", "below", "менее", "меньше", "اقل");

    private MoneyParser() {
    }

    /**
     * ISO codes the press writes before a number with a space ("USD 2 billion", "AED 5 billion"); not those that are
     * English words too ("TRY", "ALL", "TOP", "CUP").
     */
    private static final Set<String> SPACED_CODES = Set.of("usd", "eur", "gbp", "jpy", "cny", "aed", "sar", "qar", "kwd",
            "omr", "bhd", "egp", "kes", "ngn", "zar", "inr", "pkr", "bdt", "myr", "idr", "rub", "uzs", "kzt", "azn", "amd",
            "gel", "byn", "tjs", "kgs", "irr", "iqd", "jod", "mad", "dzd", "tnd", "ghs", "thb", "vnd", "php", "sgd", "krw",
            "aud", "nzd", "cad", "brl", "mxn", "ars", "chf", "pln", "uah");
    /** Abbreviations of a currency written before a number with a space: "RM 4.68 billion", "Rs 500 crore". */
    private static final Set<String> SPACED_ABBREVIATIONS = Set.of("rm", "rs", "tk", "rp", "dhs", "qr");

    /** Money in the folded text {@code s} (e.g. one sentence of a NormalizedText). */
    public static List<MoneyMention> find(String s, String lang) {
        return find(Tokenizer.tokenize(s), lang);
    }

    public static List<MoneyMention> find(List<Token> tokens, String lang) {
        List<MoneyMention> found = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Parsed number = parseNumber(tokens, i, lang);
            if (number == null) {
                i++;
                continue;
            }
            int start = tokens.get(i).start();
            String currency = null;
            int end = tokens.get(number.next() - 1).end();
            // currency sign before the number: "$1.2 billion", "€ 300"
            if (i > 0 && tokens.get(i - 1).kind() == Token.Kind.PUNCT) {
                currency = Currencies.of(tokens.get(i - 1).text());
                if (currency != null) {
                    start = tokens.get(i - 1).start();
                }
            }
            if (i > 0 && currency == null && tokens.get(i - 1).kind() == Token.Kind.WORD
                    && tokens.get(i - 1).end() == tokens.get(i).start()) {
                // "QR42.12 billion", "Dh9.9 billion", "KSh5 billion": an abbreviation written onto the number
                currency = Currencies.gluedBefore(tokens.get(i - 1).text());
                if (currency != null) {
                    start = tokens.get(i - 1).start();
                }
            }
            if (i > 1 && currency == null && tokens.get(i - 1).text().equals("$") && tokens.get(i - 2).text().equals("us")) {
                currency = "USD";
            }
            if (i > 0 && currency == null && tokens.get(i - 1).kind() == Token.Kind.WORD) {
                // "USD 1.1 billion", "RM 4.68 billion", "Rs 500 crore": a code with a space before the number
                String code = tokens.get(i - 1).text();
                currency = SPACED_CODES.contains(code) ? code.toUpperCase(java.util.Locale.ROOT)
                        : SPACED_ABBREVIATIONS.contains(code) ? Currencies.gluedBefore(code) : null;
                if (currency != null) {
                    start = tokens.get(i - 1).start();
                }
            }
            int next = number.next();
            if (currency == null && next < tokens.size()) {
                // "... долларов США", "... US dollars", "... دولار أمريكي"
                int c = next;
                if (tokens.get(c).text().equals("us") && c + 1 < tokens.size()) {
                    c++;
                }
                currency = Currencies.of(tokens.get(c).text());
                if (currency != null) {
                    end = tokens.get(c).end();
                    next = c + 1;
                }
            }
            if (currency == null && !found.isEmpty() && number.value().signum() > 0 && elided(tokens, i, number.next(), lang)) {
                // "товарооборот достиг 157,5 миллиарда долларов, при этом экспорт составил 104,3 миллиарда, а импорт —
                // 53,2 миллиарда": the currency of the sentence's amount before, left out
                currency = found.getLast().currency();
            }
            if (currency != null && number.value().signum() > 0) {
                found.add(new MoneyMention(start, end, number.value().stripTrailingZeros(), currency,
                        qualifier(tokens, i)));
                i = next;
            } else {
                i = number.next();
            }
        }
        return found;
    }

    /** Words after which an amount with its scale and no currency ends: "53,2 миллиарда, а …", "157.4 مليون فيما". */
    private static final Set<String> AFTER_ELIDED = Set.of("а", "и", "and", "while", "whereas", "و", "فيما", "بينما",
            "في", "in", "в");

    /**
     * Whether the number from {@code from} to {@code next} is an amount whose currency is left out: digits with a
     * scale word ("104,3 миллиарда", "614.8 مليون", "7.4 billion") and then the sentence's end, a comma or a
     * conjunction — not a count of things ("3 миллиона туристов").
     */
    private static boolean elided(List<Token> tokens, int from, int next, String lang) {
        if (!tokens.get(from).isNumber() || next - from < 2) {
            return false;
        }
        Word scale = wordAt(tokens, next - 1, lang);
        if (scale == null || scale.role() != Role.SCALE || scale.value().compareTo(BigDecimal.valueOf(1_000_000)) < 0) {
            return false;
        }
        if (next >= tokens.size()) {
            return true;
        }
        Token after = tokens.get(next);
        return after.kind() == Token.Kind.PUNCT && !after.text().equals("%") && !after.text().equals("٪")
                || AFTER_ELIDED.contains(after.text());
    }

    private static MoneyMention.Qualifier qualifier(List<Token> tokens, int i) {
        for (int k = Math.max(0, i - 3); k < i; k++) {
            String t = tokens.get(k).text();
            if (APPROXIMATE.contains(t)) {
                return MoneyMention.Qualifier.APPROXIMATE;
            }
            if (AT_LEAST.contains(t)) {
                return MoneyMention.Qualifier.AT_LEAST;
            }
            if (AT_MOST.contains(t)) {
                return MoneyMention.Qualifier.AT_MOST;
            }
        }
        return MoneyMention.Qualifier.EXACT;
    }

    /** A parsed number: its value and the index of the first token after it. */
    public record Parsed(BigDecimal value, int next) {}

    /**
     * Parses the longest number starting at token {@code i}: digits (with thousands groups "1 150
     * 000"), number words, scales, halves and the connectors between them. Null when token i does
     * not start a number.
     */
    /**
     * Whether the number at {@code k} is the decimals of a Maghreb agency's decimal number: digits, "ر"
     * and digits written without spaces ("4ر767" for 767.4, "7ر58 بالمائة" for 58.7 %).
     */
    static boolean maghrebDecimal(List<Token> tokens, int k) {
        if (k + 2 >= tokens.size()) {
            return false;
        }
        Token r = tokens.get(k + 1);
        Token whole = tokens.get(k + 2);
        return r.text().equals("ر") && whole.isNumber() && r.start() == tokens.get(k).end() && whole.start() == r.end()
                && tokens.get(k).text().matches("\\d{1,2}") && whole.text().matches("\\d+");
    }

    public static Parsed parseNumber(List<Token> tokens, int i, String lang) {
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal current = BigDecimal.ZERO;
        BigDecimal lastScale = BigDecimal.ZERO;
        BigDecimal lastChunk = BigDecimal.ZERO; // what the last scale added ("16 ألف": 16 000)
        boolean any = false;
        boolean lastWasDigits = false;
        int lastOrder = 0; // order of the last number word since the last scale: 1 units/teens, 2 tens, 3 hundreds
        int k = i;
        int end = i;
        while (k < tokens.size()) {
            Token t = tokens.get(k);
            if (t.isNumber()) {
                if (lastWasDigits || current.signum() != 0) {
                    break; // two numbers in a row: a new one starts
                }
                int groupsEnd = k + 1;
                StringBuilder digits = new StringBuilder(t.text());
                if (maghrebDecimal(tokens, k)) {
                    // "4ر767 مليون يورو" (the Maghreb agencies' way): 767.4, the decimals written first
                    digits = new StringBuilder(tokens.get(k + 2).text()).append('.').append(t.text());
                    groupsEnd = k + 3;
                }
                // "1 150 000 000": groups of three digits separated by one space
                if (t.text().matches("\\d{1,3}")) {
                    while (groupsEnd < tokens.size() && tokens.get(groupsEnd).isNumber()
                            && tokens.get(groupsEnd).text().matches("\\d{3}")
                            && tokens.get(groupsEnd).start() == tokens.get(groupsEnd - 1).end() + 1) {
                        digits.append(tokens.get(groupsEnd).text());
                        groupsEnd++;
                    }
                }
                BigDecimal value = digits(digits.toString(), lang, scaleFollows(tokens, groupsEnd, lang));
                if (value == null) {
                    break;
                }
                current = value;
                any = true;
                lastWasDigits = true;
                k = groupsEnd;
                end = k;
                continue;
            }
            if (!t.isWord()) {
                break;
            }
            String text = t.text();
            if (any && CONNECTORS.contains(text)) {
                // "one and a half", "и", standalone "و": continue only into another number element
                if (k + 1 < tokens.size() && numberElement(tokens, k + 1, lang)) {
                    k++;
                    continue;
                }
                break;
            }
            if (ARTICLES.contains(text) && k + 1 < tokens.size()) {
                Word next = wordAt(tokens, k + 1, lang);
                if (next != null && (next.role() == Role.SCALE || next.role() == Role.HALF || next.role() == Role.HUNDRED)) {
                    k++;
                    continue;
                }
                break;
            }
            Word w = wordAt(tokens, k, lang);
            if (w == null) {
                break;
            }
            switch (w.role()) {
                case NUMBER -> {
                    int order = order(w.value());
                    if (lang.equals("ar") && !lastWasDigits && lastOrder == 1 && w.value().intValue() == 10
                            && current.remainder(BigDecimal.valueOf(100)).compareTo(BigDecimal.ONE) >= 0
                            && current.remainder(BigDecimal.valueOf(100)).compareTo(BigDecimal.valueOf(9)) <= 0
                            && !CONNECTORS.contains(tokens.get(k - 1).text())) {
                        // "اثني عشر مليار" (12), "مائة وخمسة عشر" (115), "ألفين وثلاثة عشر" (2013): a unit and ten
                        // are a teen, as tens go
                        current = current.add(w.value());
                        lastOrder = 2;
                        break;
                    }
                    if (lastWasDigits || !follows(lastOrder, order, lang)) {
                        return finish(total, current, any, end); // "ألفين وثلاثة وعشرين | واحدا وثلاثين": a new number
                    }
                    current = current.add(w.value());
                    lastOrder = order;
                }
                case HUNDRED -> {
                    current = (current.signum() == 0 ? BigDecimal.ONE : current).multiply(w.value());
                    lastOrder = 3;
                }
                case HALF -> {
                    if (current.signum() == 0 && lastScale.signum() > 0) {
                        total = total.add(lastScale.multiply(w.value())); // "مليار ونصف"
                    } else {
                        current = current.add(w.value()); // "half a billion", "one and a half"
                    }
                }
                case SCALE -> {
                    Word before = k > i ? wordAt(tokens, k - 1, lang) : null;
                    if (current.signum() == 0 && lastChunk.signum() > 0 && w.value().compareTo(lastScale) > 0
                            && before != null && before.role() == Role.SCALE && tokens.get(k - 1).end() < t.start()) {
                        // "16 ألف مليون يورو", "16 thousand million": a scale of the scale before it, 16 × 10³ × 10⁶
                        total = total.subtract(lastChunk).add(lastChunk.multiply(w.multiplier()).multiply(w.value()));
                        lastChunk = lastChunk.multiply(w.multiplier()).multiply(w.value());
                        lastScale = w.value();
                        break;
                    }
                    BigDecimal multiplier = current.signum() == 0 ? BigDecimal.ONE : current;
                    lastChunk = multiplier.multiply(w.multiplier()).multiply(w.value());
                    total = total.add(lastChunk);
                    current = BigDecimal.ZERO;
                    lastScale = w.value();
                    lastOrder = 0;
                }
            }
            any = true;
            lastWasDigits = false;
            k++;
            end = k;
        }
        return finish(total, current, any, end);
    }

    private static int order(BigDecimal value) {
        if (value.compareTo(BigDecimal.valueOf(20)) < 0) {
            return 1;
        }
        return value.compareTo(BigDecimal.valueOf(100)) < 0 ? 2 : 3;
    }

    /**
     * Whether a number word of {@code order} can continue one whose last word had {@code last}:
     * hundreds, then tens, then units in Russian and English ("двести пятьдесят три"); units before
     * tens in Arabic ("ثلاثة وعشرين"). Anything else starts a new number.
     */
    private static boolean follows(int last, int order, String lang) {
        if (last == 0) {
            return true;
        }
        if (lang.equals("ar")) {
            return (last == 3 && order < 3) || (last == 1 && order == 2);
        }
        return last > order;
    }

    private static Parsed finish(BigDecimal total, BigDecimal current, boolean any, int end) {
        return any ? new Parsed(total.add(current), end) : null;
    }

    private static boolean numberElement(List<Token> tokens, int k, String lang) {
        Token t = tokens.get(k);
        return t.isNumber() || wordAt(tokens, k, lang) != null
                || (ARTICLES.contains(t.text()) && k + 1 < tokens.size() && wordAt(tokens, k + 1, lang) != null);
    }

    private static Word wordAt(List<Token> tokens, int k, String lang) {
        Token t = tokens.get(k);
        if (!t.isWord()) {
            return null;
        }
        if (ADJACENT_ONLY_SCALES.contains(t.text())) {
            return k > 0 && tokens.get(k - 1).isNumber() && tokens.get(k - 1).end() == t.start()
                    ? NumberWords.lookup(t.text()) : null;
        }
        return NumberWords.lookup(t.text());
    }

    private static boolean scaleFollows(List<Token> tokens, int k, String lang) {
        if (k >= tokens.size()) {
            return false;
        }
        Word w = wordAt(tokens, k, lang);
        return w != null && w.role() == Role.SCALE;
    }

    /**
     * The value of a digit string by the conventions of the language: in Russian a comma is the
     * decimal mark; in English and Arabic a comma before exactly three digits groups thousands.
     * "9/483" before a scale word is the Persian-style decimal 483.9.
     */
    static BigDecimal digits(String s, String lang, boolean scaleFollows) {
        try {
            if (s.indexOf('/') >= 0) {
                String[] parts = s.split("/");
                if (parts.length != 2 || !scaleFollows) {
                    return null;
                }
                String integer = parts[0].length() >= parts[1].length() ? parts[0] : parts[1];
                String fraction = integer == parts[0] ? parts[1] : parts[0];
                return new BigDecimal(integer + "." + fraction);
            }
            int commas = count(s, ',');
            int dots = count(s, '.');
            if (commas > 0 && dots > 0) {
                boolean commaDecimal = s.lastIndexOf(',') > s.lastIndexOf('.');
                String plain = commaDecimal ? s.replace(".", "").replace(',', '.') : s.replace(",", "");
                return new BigDecimal(plain);
            }
            if (commas > 0) {
                boolean thousands = commas > 1 || (!lang.equals("ru") && s.matches("\\d{1,3}(,\\d{3})+"));
                return new BigDecimal(thousands ? s.replace(",", "") : s.replace(',', '.'));
            }
            if (dots > 1) {
                return new BigDecimal(s.replace(".", ""));
            }
            return new BigDecimal(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }
}
