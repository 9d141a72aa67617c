package org.dyad.extract.stage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.dyad.extract.TradeFact;
import org.dyad.extract.money.Currencies;
import org.dyad.extract.money.MoneyMention;
import org.dyad.extract.text.Span;
import org.dyad.extract.text.Token;
import org.dyad.extract.time.DateMention;

/**
 * Trade figures: each amount the money parser found becomes a figure of a kind — turnover, export,
 * import, target, investment, contracts — by the words around it ("to reach" makes a target, "from
 * $12 billion to $20 billion" a turnover and a target), with its year (stated, or carried from the
 * figure before) and its two countries. Stateless.
 */
public final class TradeStage {

    private TradeStage() {
    }

    private static final Map<String, List<String>> TRADE_WORDS = Map.of(
            "turnover", List.of("التبادل", "التجاري", "حجم التجاره", "التجاره", "المبادلات", "مبادلات", "товарооборот", "торговл", "оборот",
                    "turnover", "trade"),
            "export", List.of("صادرات", "الصادرات", "تصدير", "صدرتها", "صدرها", "صدر", "يصدر", "تصدر", "экспорт", "export"),
            "import", List.of("واردات", "الواردات", "مستوردات", "المستوردات", "استيراد", "استوردت", "استورد", "استوردتها", "استوردها", "импорт", "import"),
            "target", List.of("رفع", "الوصول", "هدف", "الهدف", "امكانات", "امكانيات", "سيصل", "سيبلغ",
                    "مستهدف", "المستهدف", "يستهدف", "نستهدف", "مضاعفه", "довести", "доведени", "нарастить", "наращивани",
                    "увеличить", "увеличени", "цель", "цели", "целью", "целев", "потенциал", "ориентир", "достижени", "достичь",
                    "достигнет", "составит", "превысит", "вырастет", "планиру", "target", "goal", "potential", "aim",
                    "expected", "projected", "forecast", "envisaged", "envisages"),
            "investment", List.of("استثمار", "الاستثمار", "الاستثمارات", "استثمارات", "استثمرت", "استثمر", "تستثمر",
                    "يستثمر", "инвестиц", "инвестир", "вложени", "вложил", "investment", "invest"),
            "contracts", List.of("عقود", "العقود", "اتفاقيات", "الاتفاقيات", "صفقات", "контракт", "соглашени",
                    "сделк", "договор", "contract", "agreement", "deal"));

    /** Whether the sentence speaks of a country's trade with the whole world ("foreign trade", "внешний товарооборот"). */
    private static boolean external(List<Token> tokens) {
        if (tokens.stream().anyMatch(t -> BETWEEN_WORDS.contains(t.text()))) {
            return false; // "حجم التجارة الخارجية بين البلدين": the two countries' trade with each other
        }
        for (int i = 0; i < tokens.size(); i++) {
            String w = tokens.get(i).text();
            String next = i + 1 < tokens.size() ? tokens.get(i + 1).text() : "";
            boolean ar = w.equals("الخارجيه") && i > 0 && tokens.get(i - 1).text().contains("التجاره");
            boolean ru = (w.startsWith("внешн") || w.startsWith("внешнеторгов"));
            boolean en = (w.equals("external") || w.equals("foreign") || w.equals("overall") || w.equals("total"))
                    && (next.equals("trade") || next.equals("turnover"));
            if (ar || ru || en) {
                return true;
            }
        }
        return false;
    }

    /** A trade balance: the difference of exports and imports, not a figure of the vocabulary. */
    private static final Set<String> BALANCE_WORDS = Set.of("surplus", "deficit", "balance", "сальдо", "профицит",
            "дефицит", "فائض", "فائضا", "العجز", "عجز", "عجزا", "الفائض", "الميزان");

    /** Whether the amount is a trade balance: a balance word in the few words before it ("فائضاً تجارياً في حدود 2.6 مليار"). */
    private static boolean balance(List<Token> tokens, MoneyMention m) {
        int at = 0;
        while (at < tokens.size() && tokens.get(at).end() <= m.start()) {
            at++;
        }
        for (int i = Math.max(0, at - 6); i < at; i++) {
            if (BALANCE_WORDS.contains(tokens.get(i).text())) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> BY_WORDS = Set.of("by", "на", "بمقدار", "بقيمة");
    private static final Set<String> CHANGE_WORDS = Set.of("up", "down", "rose", "risen", "grew", "grown", "increased",
            "decreased", "declined", "fell", "fallen", "dropped", "jumped", "surged", "expanded", "shrank", "вырос",
            "выросла", "выросло", "выросли", "увеличился", "увеличилась", "увеличилось", "сократился", "сократилась",
            "снизился", "снизилась", "уменьшился", "прирост", "ارتفع", "ارتفعت", "زاد", "زادت", "انخفض", "انخفضت", "تراجع",
            "تراجعت", "بزياده", "زياده", "ارتفاع", "انخفاض");

    /**
     * Whether the amount is a change, not a level: "up by 320 million USD", "rose by $953 million", "вырос на $1
     * млрд", "ارتفع بمقدار 500 مليون دولار".
     */
    private static boolean change(List<Token> tokens, MoneyMention m) {
        int at = firstTokenAt(tokens, m.start());
        if (at == 0) {
            return false;
        }
        String by = tokens.get(at - 1).text();
        int from = at - 1;
        if (tokens.get(at - 1).text().equals("بزياده") || tokens.get(at - 1).text().equals("زياده")) {
            return true; // "بزيادة 500 مليون دولار"
        }
        if (!BY_WORDS.contains(by)) {
            return false;
        }
        if (by.equals("by") || by.equals("بمقدار")) {
            return true; // "Wheat import grew by 40.1 million USD, truck imports by 157.9 million USD": a level is never "by"
        }
        for (int i = Math.max(0, from - 4); i < from; i++) {
            if (CHANGE_WORDS.contains(tokens.get(i).text())) {
                return true;
            }
        }
        return false;
    }

    /** Below this, an amount in any currency is a price or a cut-off figure, not a bilateral one. */
    private static final java.math.BigDecimal MIN_FIGURE = java.math.BigDecimal.valueOf(10_000);

    /** The trade figures of the article; {@code mainPair} is the article's pair ({@link PairStage#mainPair}). */
    public static List<TradeFact> trade(List<SentenceAnalysis> analyses, LocalDate published, List<String> mainPair) {
        List<TradeFact> out = new ArrayList<>();
        Integer carriedYear = null;
        String carriedRelative = null;
        int carriedFrom = -10;
        int externalFrom = -1;
        for (SentenceAnalysis a : analyses) {
            String[] tokenKinds = a.money.isEmpty() ? null : tokenKinds(a.tokens);
            long named = a.countries.stream().map(CountryRef::code).distinct().count();
            // "Внешний товарооборот Узбекистана составил $8,14 млрд": one country's trade with the world, and the
            // exports and imports told right after it
            boolean worldTrade = !a.money.isEmpty() && named < 2 && (external(a.tokens)
                    || named == 0 && externalFrom >= 0 && a.sentence.index() - externalFrom <= 1);
            // "Traded volume reached 77.306 million securities worth EGP 217.191 million": a stock market's, no trade
            List<MoneyMention> money = a.money.isEmpty() || stockMarket(a.tokens) ? List.of() : withoutEquivalents(a);
            if (worldTrade) {
                externalFrom = a.sentence.index(); // the chain holds whatever its amounts are ("grew by …" too)
            }
            for (MoneyMention found : money) {
                MoneyMention m = settleCurrency(a, found, mainPair);
                String kind = m == null ? null : tradeKind(a.tokens, tokenKinds, m, a.money);
                if (kind == null || m.amount().compareTo(MIN_FIGURE) < 0 || balance(a.tokens, m) || change(a.tokens, m)) {
                    continue; // "imports aggregated at $26.7" (the line cut before "billion") is no trade figure
                }
                Integer year = null;
                String relativeYear = null;
                DateMention best = yearOf(a, money, m);
                if (best != null) {
                    year = best.resolveYear(published);
                    if (best.kind() == DateMention.Kind.RELATIVE_YEAR) {
                        relativeYear = best.relative();
                    }
                }
                boolean period = kind.equals("turnover") || kind.equals("export") || kind.equals("import");
                if (best == null && period && a.sentence.index() - carriedFrom <= 2) {
                    year = carriedYear; // "…in 2023. Exports accounted for $1.2 billion": the same period
                    relativeYear = carriedRelative;
                }
                if (best != null && period) {
                    carriedYear = year;
                    carriedRelative = relativeYear;
                    carriedFrom = a.sentence.index();
                }
                if (period && worldTrade) {
                    continue;
                }
                List<String> countries = tradeCountries(a, mainPair, kind);
                TradeFact fact = new TradeFact(m.amount(), m.currency(), m.amountUsd(), year, relativeYear, kind,
                        countries, m.qualifier().name().toLowerCase(), List.of(a.sentence.evidence()));
                mergeOrAdd(out, fact);
            }
        }
        return out;
    }

    /**
     * A riyal, dinar or pound is the currency of the state its adjective names ("ريال سعودي",
     * "Egyptian pounds"), else of the one state of the article's pair (and the sentence's countries)
     * that calls its money so; when that is not one state, the amount is not a figure Dyad can state.
     */
    private static MoneyMention settleCurrency(SentenceAnalysis a, MoneyMention m, List<String> mainPair) {
        if (!Currencies.isFamily(m.currency())) {
            return m;
        }
        String code = null;
        for (CountryRef c : a.countries) {
            Token t = a.tokens.get(c.token());
            if (c.kind().equals("adjective") && (t.start() >= m.end() && t.start() - m.end() <= 2
                    || t.end() <= m.start() && m.start() - t.end() <= 2)) {
                code = Currencies.resolve(m.currency(), c.code()); // "ريال سعودي", "Egyptian pounds"
            }
        }
        if (code == null) {
            Set<String> codes = new LinkedHashSet<>();
            List<String> countries = new ArrayList<>(mainPair);
            a.countries.forEach(c -> countries.add(c.code()));
            for (String country : countries) {
                String c = Currencies.resolve(m.currency(), country);
                if (c != null) {
                    codes.add(c);
                }
            }
            code = codes.size() == 1 ? codes.iterator().next() : null;
            if (codes.size() == 2 && a.countries.size() >= 2) {
                // "بين الأردن والعراق … 197.1 مليون دينار": two states of the pair call their money so; the press
                // names its own state first, and counts in its own money
                String first = Currencies.resolve(m.currency(), a.countries.getFirst().code());
                boolean other = a.countries.stream().map(c -> Currencies.resolve(m.currency(), c.code()))
                        .anyMatch(c -> c != null && !c.equals(first));
                code = first != null && other ? first : null;
            }
        }
        return code == null ? null : new MoneyMention(m.start(), m.end(), m.amount(), code, m.qualifier());
    }

    private static final Set<String> ENGLISH_GOAL_VERBS = Set.of("reach", "bring", "raise", "increase", "boost", "double",
            "touch", "cross", "hit", "exceed", "surpass", "triple", "achieve",
            "lift", "expand");

    /**
     * The same amount, currency and kind stated twice (a headline and its body, a summary) is one
     * figure with both sentences as evidence, unless the two name different years.
     */
    private static void mergeOrAdd(List<TradeFact> facts, TradeFact fact) {
        for (int i = Math.max(0, facts.size() - 50); i < facts.size(); i++) {
            TradeFact f = facts.get(i);
            boolean same = f.value().compareTo(fact.value()) == 0 && f.currency().equals(fact.currency())
                    && f.kind().equals(fact.kind())
                    && (f.year() == null || fact.year() == null || f.year().equals(fact.year()));
            if (same) {
                List<Span> evidence = new ArrayList<>(f.evidence());
                fact.evidence().stream().filter(e -> !evidence.contains(e)).forEach(evidence::add);
                Integer year = f.year() != null ? f.year() : fact.year();
                String relative = f.relativeYear() != null ? f.relativeYear() : fact.relativeYear();
                facts.set(i, new TradeFact(f.value(), f.currency(), f.valueUsd(), year, relative, f.kind(),
                        f.countries(), f.qualifier(), List.copyOf(evidence)));
                return;
            }
        }
        facts.add(fact);
    }

    /** "to reach", "will cross", "would double": a goal or a forecast, not a figure reached. */
    private static final Set<String> GOAL_AUXILIARIES = Set.of("to", "will", "would", "could", "soon", "should", "must",
            "can", "may", "might");

    /** The trade kind each token of a sentence names, if any ("target" also for "to reach"). */
    private static String[] tokenKinds(List<Token> tokens) {
        String[] kinds = new String[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!t.isWord()) {
                continue;
            }
            if (i > 0 && GOAL_AUXILIARIES.contains(tokens.get(i - 1).text()) && ENGLISH_GOAL_VERBS.contains(t.text())
                    || i > 0 && (tokens.get(i - 1).text().equals("should") || tokens.get(i - 1).text().equals("must"))
                    && t.text().equals("be")) {
                kinds[i] = "target"; // "to reach", "to bring trade to", "should reach $50b", "this amount should be …"
                continue;
            }
            for (KindWords k : KIND_WORDS) {
                if (k.matches(t.text())) {
                    if (kinds[i] == null || !k.kind().equals("turnover")) {
                        kinds[i] = k.kind();
                    }
                }
            }
        }
        // "حجم التبادل التجاري (الصادرات والمستوردات)", "exports and imports", "экспорт и импорт": the two together
        // are the turnover
        for (int i = 0; i + 2 < tokens.size(); i++) {
            for (int j = i + 1; j <= i + 2; j++) {
                boolean both = "export".equals(kinds[i]) && "import".equals(kinds[j])
                        || "import".equals(kinds[i]) && "export".equals(kinds[j]);
                if (both
                        && (j == i + 1 || AND_WORDS.contains(tokens.get(i + 1).text()))) {
                    kinds[i] = "turnover";
                    kinds[j] = "turnover";
                }
            }
        }
        return kinds;
    }

    private static final Set<String> AND_WORDS = Set.of("and", "и", "و", "&", "/", ",");

    private static final Set<String> BETWEEN_WORDS = Set.of("between", "bilateral", "между", "двусторонний",
            "двустороннего", "بين", "الثنائي", "الثنائيه");

    private static final Set<String> NOW_WORDS = Set.of("сейчас", "ныне", "currently", "now", "حاليا", "الحالي");

    private static final Set<String> FROM_WORDS = Set.of("from", "من", "с", "со", "от");

    /** Tokens looked at on each side of an amount for its kind. */
    private static final int KIND_WINDOW = 40;

    /** The kind named nearest before the amount (target wins over turnover), else nearest after. */
    private static String tradeKind(List<Token> tokens, String[] kinds, MoneyMention m, List<MoneyMention> money) {
        int first = firstTokenAt(tokens, m.start());
        int last = first;
        while (last < tokens.size() && tokens.get(last).end() <= m.end()) {
            last++;
        }
        String before = null;
        int beforeAt = -1;
        String period = null;
        boolean target = false;
        for (int i = first - 1; i >= Math.max(0, first - KIND_WINDOW); i--) {
            if (kinds[i] == null) {
                continue;
            }
            if (kinds[i].equals("target")) {
                target = true;
            }
            if (period == null && (kinds[i].equals("turnover") || kinds[i].equals("export") || kinds[i].equals("import"))) {
                period = kinds[i];
            }
            if (before == null || (before.equals("turnover") && !kinds[i].equals("turnover") && first - i <= 3)) {
                before = kinds[i];
                beforeAt = i;
            }
        }
        String after = null;
        int afterAt = -1;
        for (int i = last; i < Math.min(tokens.size(), last + KIND_WINDOW) && after == null; i++) {
            after = kinds[i];
            afterAt = i;
        }
        String kind = before != null ? before : after;
        // "товарооборот, который сейчас составляет $1,5 миллиарда, до $5 миллиардов": where trade stands now
        boolean now = false;
        for (int i = first - 1; i >= Math.max(0, first - 4); i--) {
            now |= NOW_WORDS.contains(tokens.get(i).text());
        }
        if (now && period != null) {
            return period;
        }
        // "6 مليار دولار، منها 5.4 مليار دولار لصادرات الصين", "will achieve the $100 billion target": a kind
        // right after the amount names it, over trade named further before
        // ("489 مليون دولار منه منتجات مصرية استوردتها البرازيل": an export or import a few words on)
        if (after != null && !after.equals("turnover") && afterAt - last <= (after.equals("target") ? 1 : 3)
                && (before == null || before.equals("turnover") && first - beforeAt > 3
                || labelOfAnother(tokens, beforeAt, money) && afterAt - last <= 1)) {
            if (after.equals("target")) {
                return "target";
            }
            kind = after;
        }
        // "to raise trade from $12 billion to $20 billion": the first amount is where trade stands
        boolean from = first > 0 && FROM_WORDS.contains(tokens.get(first - 1).text()) && period != null;
        if (from) {
            return period;
        }
        if (target && ("turnover".equals(kind) || "export".equals(kind) || "import".equals(kind) || "target".equals(kind))) {
            return "target";
        }
        return kind;
    }

    /**
     * "147.3 مليون دينار صادرات و49.8 مليون دينار مستوردات": a kind word right after another amount labels that
     * one, not the next.
     */
    private static boolean labelOfAnother(List<Token> tokens, int at, List<MoneyMention> money) {
        if (at <= 0) {
            return false;
        }
        // ("3,1 млрд долларов составляет экспорт Турции": a verb between; not "$3,07 млрд, экспорт - $943,3 млн": a
        // label after a comma opens its own amount)
        for (int k = at - 1; k >= Math.max(0, at - 2); k--) {
            int end = tokens.get(k).end();
            if (money.stream().anyMatch(o -> o.end() == end)) {
                return true;
            }
            if (!tokens.get(k).isWord()) {
                return false;
            }
        }
        return false;
    }

    private static int firstTokenAt(List<Token> tokens, int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static final List<String> AR_CLITICS = List.of("و", "ب", "ل", "ف", "وال", "بال", "لل");

    /**
     * The words of one trade kind, indexed for a token: Latin and Cyrillic words by their first letter (a
     * token names the kind when it begins with one), Arabic words whole (a token names it when it is the
     * word, with a clitic or not). Indexed so that a token is not tried against every word.
     */
    private record KindWords(String kind, Map<Character, List<String>> byFirst, Set<String> arabic) {

        static KindWords of(String kind, List<String> words) {
            Map<Character, List<String>> byFirst = new java.util.HashMap<>();
            Set<String> arabic = new java.util.HashSet<>();
            for (String w : words) {
                if (w.contains(" ") || w.isEmpty()) {
                    continue; // phrases are covered by their words
                }
                if (Character.UnicodeScript.of(w.charAt(0)) == Character.UnicodeScript.ARABIC) {
                    arabic.add(w);
                } else {
                    byFirst.computeIfAbsent(w.charAt(0), c -> new ArrayList<>()).add(w);
                }
            }
            return new KindWords(kind, byFirst, arabic);
        }

        boolean matches(String token) {
            if (token.isEmpty()) {
                return false;
            }
            if (Character.UnicodeScript.of(token.charAt(0)) == Character.UnicodeScript.ARABIC) {
                if (arabic.contains(token)) {
                    return true;
                }
                for (String p : AR_CLITICS) {
                    if (token.startsWith(p)) {
                        String rest = token.substring(p.length());
                        if (arabic.contains(rest) || arabic.contains("ال" + rest)) {
                            return true;
                        }
                    }
                }
                return false;
            }
            for (String w : byFirst.getOrDefault(token.charAt(0), List.of())) {
                if (token.startsWith(w)) {
                    return true;
                }
            }
            return false;
        }
    }

    private static final List<KindWords> KIND_WORDS = TRADE_WORDS.entrySet().stream()
            .map(e -> KindWords.of(e.getKey(), e.getValue())).toList();

    private static List<String> tradeCountries(SentenceAnalysis a, List<String> mainPair, String kind) {
        List<String> named = a.countries.stream().map(CountryRef::code).distinct().toList();
        if (named.size() >= 2) {
            return List.of(named.get(0), named.get(1));
        }
        if (named.size() == 1 && mainPair.size() == 2 && mainPair.contains(named.getFirst())) {
            String other = mainPair.get(0).equals(named.getFirst()) ? mainPair.get(1) : mainPair.get(0);
            return List.of(named.getFirst(), other);
        }
        return mainPair;
    }

    /**
     * The date a figure is for: the nearest one after it before the next amount ("5.5 مليار في 2021 الى 8
     * مليارات دولار في العام الماضي 2022"), else the nearest before it after the previous amount ("In 2023,
     * trade reached $4 billion"), else the nearest in the sentence ("exports of $1 billion and imports of
     * $2 billion in 2023"). A year something began ("since 2005", "منذ 1947", "с 2005 года") is no
     * figure's year.
     */
    /**
     * The sentence's amounts without those that only give the one before in another currency: "2.7 مليار دولار (9.9
     * مليار درهم)", "$2.7 billion (Dh9.9 billion)" is one figure.
     */
    /** Words of a stock market's report: securities, shares, equity, an exchange's index. */
    private static final Set<String> STOCK_WORDS = Set.of("securities", "shares", "stock", "stocks", "equity", "equities",
            "bourse", "акций", "акции", "акциями", "биржи", "бирже", "биржа", "ценных", "البورصه", "الاسهم", "اسهم",
            "بالبورصه", "الماليه", "المتداوله");

    static boolean stockMarket(List<org.dyad.extract.text.Token> tokens) {
        for (int k = 0; k < tokens.size(); k++) {
            String w = tokens.get(k).text();
            String prev = k > 0 ? tokens.get(k - 1).text() : "";
            if (STOCK_WORDS.contains(w) && !(w.equals("الماليه") && !prev.equals("الاوراق"))) {
                return true; // ("الأوراق المالية": securities; "المالية" alone is finance)
            }
            if (w.equals("exchange") && !prev.equals("trade") && !prev.equals("commercial") && !prev.equals("foreign")
                    || w.equals("index")) {
                return true; // "the Egyptian Exchange (EGX)", "Karachi 100 Index" (not "trade exchange", "foreign exchange")
            }
        }
        return false;
    }

    private static List<MoneyMention> withoutEquivalents(SentenceAnalysis a) {
        if (a.money.size() < 2) {
            return a.money;
        }
        String text = a.nt.text();
        List<MoneyMention> out = new ArrayList<>(a.money.size());
        MoneyMention previous = null;
        for (MoneyMention m : a.money) {
            boolean equivalent = false;
            if (previous != null && previous.end() <= m.start()) {
                String between = text.substring(previous.end(), m.start()).strip();
                equivalent = between.equals("(") || between.equals("[");
            }
            if (!equivalent) {
                out.add(m);
            }
            previous = m;
        }
        return out;
    }

    private static DateMention yearOf(SentenceAnalysis a, List<MoneyMention> money, MoneyMention m) {
        int previousEnd = -1;
        int nextStart = Integer.MAX_VALUE;
        for (MoneyMention o : money) {
            if (o.end() <= m.start()) {
                previousEnd = Math.max(previousEnd, o.end());
            } else if (o.start() >= m.end()) {
                nextStart = Math.min(nextStart, o.start());
            }
        }
        DateMention after = null;
        DateMention before = null;
        DateMention nearest = null;
        for (DateMention d : a.dates) {
            if (d.kind() == DateMention.Kind.RELATIVE_DAY || since(a, d)) {
                continue;
            }
            if (d.start() >= m.end() && d.start() < nextStart && (after == null || d.start() < after.start())) {
                after = d;
            }
            if (d.end() <= m.start() && d.start() > previousEnd && (before == null || d.start() > before.start())) {
                before = d;
            }
            if (nearest == null || Math.abs(d.start() - m.start()) < Math.abs(nearest.start() - m.start())) {
                nearest = d;
            }
        }
        return after != null ? after : before != null ? before : nearest;
    }

    private static final Set<String> SINCE = Set.of("since", "منذ", "с", "со", "عن", "than");
    private static final Set<String> YEAR_WORDS = Set.of("year", "the", "in", "عام", "العام", "سنة",
            "السنة", "بعام", "periods", "period", "same", "of");
    private static final List<String> COMPARED = List.of("compared", "versus", "against", "сравнени",
            "аналогичн", "مقارنة", "مقارنه", "بالمقارنة");

    /**
     * A date that is when something began or what a figure is compared with ("since 2005", "منذ 1947",
     * "بزيادة 26.5% عن عام 2010", "по сравнению с аналогичным периодом прошлого года", "compared with 2022"):
     * not the year of a figure beside it.
     */
    private static boolean since(SentenceAnalysis a, DateMention d) {
        String text = a.nt.text();
        int end = d.start();
        boolean adjacent = true; // only year words between the date and the word looked at
        for (int words = 0; words < 4; words++) {
            int e = end;
            while (e > 0 && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            int b = e;
            while (b > 0 && Character.isLetter(text.charAt(b - 1))) {
                b--;
            }
            if (b == e) {
                return false; // a figure, a comma: the clause before is another
            }
            String w = text.substring(b, e).toLowerCase(Locale.ROOT);
            if (adjacent && SINCE.contains(w)) {
                return true;
            }
            for (String c : COMPARED) {
                if (w.startsWith(c)) {
                    return true;
                }
            }
            adjacent &= YEAR_WORDS.contains(w);
            end = b;
        }
        return false;
    }
}
