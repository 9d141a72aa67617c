package org.dyad.extract.money;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Currency words and signs of the three languages, in folded form, to ISO 4217 codes. A name that
 * several states use (riyal, dirham, dinar, pound, lira, rupee) gives a family, "~RIYAL" and so
 * on, which the parser settles by the adjective after it ("ريال سعودي") or the pair the article is
 * about ({@link #resolve}); a family it cannot settle is no figure.
 */
public final class Currencies {

    /** Family → the code of each state that calls its currency so. */
    private static final Map<String, Map<String, String>> FAMILIES = Map.of(
            "~RIYAL", Map.of("SA", "SAR", "QA", "QAR", "OM", "OMR", "YE", "YER", "IR", "IRR", "BR", "BRL"),
            "~DIRHAM", Map.of("AE", "AED", "MA", "MAD"),
            "~DINAR", Map.of("JO", "JOD", "KW", "KWD", "IQ", "IQD", "BH", "BHD", "LY", "LYD", "TN", "TND", "DZ", "DZD",
                    "RS", "RSD"),
            "~POUND", Map.of("EG", "EGP", "GB", "GBP", "SD", "SDG", "SS", "SSP"),
            "~LIRA", Map.of("TR", "TRY", "LB", "LBP", "SY", "SYP"),
            "~RUPEE", Map.of("IN", "INR", "PK", "PKR", "LK", "LKR", "NP", "NPR", "MU", "MUR", "SC", "SCR", "ID", "IDR"));

    /** The code a family takes for a country, or null. */
    public static String resolve(String family, String country) {
        Map<String, String> codes = FAMILIES.get(family);
        return codes == null || country == null ? null : codes.get(country);
    }

    public static boolean isFamily(String code) {
        return code != null && code.startsWith("~");
    }

    /** Word prefixes: a token starting with one of these names the currency (case forms, plurals). */
    private static final Map<String, String> PREFIXES = new LinkedHashMap<>();
    /** Whole tokens. */
    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("$", "USD"), Map.entry("usd", "USD"), Map.entry("долл", "USD"),
            Map.entry("€", "EUR"), Map.entry("eur", "EUR"), Map.entry("euro", "EUR"), Map.entry("euros", "EUR"),
            Map.entry("евро", "EUR"), Map.entry("يورو", "EUR"), Map.entry("اورو", "EUR"),
            Map.entry("₽", "RUB"), Map.entry("rub", "RUB"), Map.entry("руб", "RUB"),
            Map.entry("¥", "CNY"), Map.entry("cny", "CNY"), Map.entry("rmb", "CNY"),
            Map.entry("kzt", "KZT"), Map.entry("tenge", "KZT"), Map.entry("тенге", "KZT"), Map.entry("₸", "KZT"),
            Map.entry("tjs", "TJS"), Map.entry("somoni", "TJS"), Map.entry("сомони", "TJS"),
            Map.entry("uzs", "UZS"), Map.entry("сум", "UZS"), Map.entry("сумов", "UZS"), Map.entry("soum", "UZS"),
            Map.entry("soums", "UZS"),
            Map.entry("kgs", "KGS"), Map.entry("сом", "KGS"), Map.entry("сомов", "KGS"), Map.entry("som", "KGS"),
            Map.entry("soms", "KGS"),
            Map.entry("tmt", "TMT"), Map.entry("manat", "TMT"), Map.entry("manats", "TMT"),
            Map.entry("£", "GBP"), Map.entry("gbp", "GBP"), Map.entry("sterling", "GBP"),
            Map.entry("yen", "JPY"), Map.entry("jpy", "JPY"), Map.entry("krw", "KRW"),
            Map.entry("zar", "ZAR"), Map.entry("naira", "NGN"), Map.entry("reais", "BRL"), Map.entry("ringgit", "MYR"),
            Map.entry("baht", "THB"), Map.entry("rupiah", "IDR"), Map.entry("taka", "BDT"), Map.entry("lari", "GEL"),
            Map.entry("sar", "SAR"), Map.entry("aed", "AED"), Map.entry("qar", "QAR"), Map.entry("egp", "EGP"),
            Map.entry("inr", "INR"), Map.entry("chf", "CHF"),
            Map.entry("ين", "JPY"), Map.entry("وون", "KRW"), Map.entry("راند", "ZAR"), Map.entry("نيرا", "NGN"),
            Map.entry("иен", "JPY"), Map.entry("иены", "JPY"), Map.entry("иена", "JPY"), Map.entry("йен", "JPY"),
            Map.entry("вон", "KRW"), Map.entry("ранд", "ZAR"), Map.entry("рандов", "ZAR"));

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
        PREFIXES.put("riyal", "~RIYAL");
        PREFIXES.put("rial", "~RIYAL");
        PREFIXES.put("ريال", "~RIYAL");
        PREFIXES.put("риял", "~RIYAL");
        PREFIXES.put("риал", "~RIYAL");
        PREFIXES.put("dirham", "~DIRHAM");
        PREFIXES.put("درهم", "~DIRHAM");
        PREFIXES.put("دراهم", "~DIRHAM");
        PREFIXES.put("дирхам", "~DIRHAM");
        PREFIXES.put("dinar", "~DINAR");
        PREFIXES.put("دينار", "~DINAR");
        PREFIXES.put("دنانير", "~DINAR");
        PREFIXES.put("динар", "~DINAR");
        PREFIXES.put("pound", "~POUND");
        PREFIXES.put("جنيه", "~POUND");
        PREFIXES.put("фунт", "~POUND");
        PREFIXES.put("lira", "~LIRA");
        PREFIXES.put("liras", "~LIRA");
        PREFIXES.put("ليره", "~LIRA");
        PREFIXES.put("ليرات", "~LIRA");
        PREFIXES.put("лир", "~LIRA");
        PREFIXES.put("rupee", "~RUPEE");
        PREFIXES.put("روبيه", "~RUPEE");
        PREFIXES.put("рупи", "~RUPEE");
        PREFIXES.put("ringgit", "MYR");
        PREFIXES.put("ринггит", "MYR");
        PREFIXES.put("реал", "BRL");
        PREFIXES.put("найр", "NGN");
    }

    /** Abbreviations the English press of the Gulf, Africa and Asia writes onto the number: "QR42.12 billion". */
    private static final Map<String, String> GLUED = Map.ofEntries(Map.entry("qr", "QAR"), Map.entry("dh", "AED"),
            Map.entry("dhs", "AED"), Map.entry("aed", "AED"), Map.entry("sr", "SAR"), Map.entry("kd", "KWD"),
            Map.entry("bd", "BHD"), Map.entry("ro", "OMR"), Map.entry("ksh", "KES"), Map.entry("kes", "KES"),
            Map.entry("tk", "BDT"), Map.entry("rm", "MYR"), Map.entry("rp", "IDR"), Map.entry("usd", "USD"),
            Map.entry("rs", "~RUPEE"), Map.entry("egp", "EGP"));

    /** The currency of an abbreviation written with no space before a number ("QR42", "Dh9.9"), or null. */
    static String gluedBefore(String token) {
        return GLUED.get(token);
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
