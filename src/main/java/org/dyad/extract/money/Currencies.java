package org.dyad.extract.money;

import java.util.LinkedHashMap;
import java.util.Map;

/** Currency words and signs of the three languages, in folded form, to ISO 4217 codes. */
final class Currencies {

    /** Word prefixes: a token starting with one of these names the currency (case forms, plurals). */
    private static final Map<String, String> PREFIXES = new LinkedHashMap<>();
    /** Whole tokens. */
    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("$", "USD"), Map.entry("usd", "USD"), Map.entry("долл", "USD"),
            Map.entry("€", "EUR"), Map.entry("eur", "EUR"), Map.entry("euro", "EUR"), Map.entry("euros", "EUR"),
            Map.entry("евро", "EUR"), Map.entry("يورو", "EUR"),
            Map.entry("₽", "RUB"), Map.entry("rub", "RUB"), Map.entry("руб", "RUB"),
            Map.entry("¥", "CNY"), Map.entry("cny", "CNY"), Map.entry("rmb", "CNY"),
            Map.entry("kzt", "KZT"), Map.entry("tenge", "KZT"), Map.entry("тенге", "KZT"), Map.entry("₸", "KZT"),
            Map.entry("tjs", "TJS"), Map.entry("somoni", "TJS"), Map.entry("сомони", "TJS"),
            Map.entry("uzs", "UZS"), Map.entry("сум", "UZS"), Map.entry("сумов", "UZS"), Map.entry("soum", "UZS"),
            Map.entry("soums", "UZS"),
            Map.entry("kgs", "KGS"), Map.entry("сом", "KGS"), Map.entry("сомов", "KGS"), Map.entry("som", "KGS"),
            Map.entry("soms", "KGS"),
            Map.entry("tmt", "TMT"), Map.entry("manat", "TMT"), Map.entry("manats", "TMT"),
            Map.entry("£", "GBP"), Map.entry("gbp", "GBP"));

    static {
        PREFIXES.put("dollar", "USD");
        PREFIXES.put("доллар", "USD");
        PREFIXES.put("دولار", "USD");
        PREFIXES.put("rouble", "RUB");
        PREFIXES.put("ruble", "RUB");
        PREFIXES.put("рубл", "RUB");
        PREFIXES.put("روبل", "RUB");
        PREFIXES.put("yuan", "CNY");
        PREFIXES.put("юан", "CNY");
        PREFIXES.put("يوان", "CNY");
        PREFIXES.put("renminbi", "CNY");
        PREFIXES.put("تنغ", "KZT");
        PREFIXES.put("تينغ", "KZT");
        PREFIXES.put("سوموني", "TJS");
        PREFIXES.put("манат", "TMT");
        PREFIXES.put("مانات", "TMT");
        PREFIXES.put("евро", "EUR");
    }

    private Currencies() {
    }

    static String of(String token) {
        String code = WORDS.get(token);
        if (code != null) {
            return code;
        }
        String t = token;
        // Arabic clitics: بدولار, والدولارات, بالدولار
        if (!t.isEmpty() && (t.charAt(0) == 'ب' || t.charAt(0) == 'و' || t.charAt(0) == 'ل')) {
            String rest = t.substring(1);
            if (rest.startsWith("ال")) {
                rest = rest.substring(2);
            }
            for (var e : PREFIXES.entrySet()) {
                if (rest.startsWith(e.getKey())) {
                    return e.getValue();
                }
            }
        }
        if (t.startsWith("ال")) {
            t = t.substring(2);
        }
        for (var e : PREFIXES.entrySet()) {
            if (t.startsWith(e.getKey())) {
                return e.getValue();
            }
        }
        return null;
    }
}
