package org.dyad.extract.stage;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dyad.extract.MeetingFact;
import org.dyad.extract.Participant;
import org.dyad.extract.TradeFact;
import org.dyad.extract.stage.Triggers.Signal;

/**
 * Country pairs: the pair an article is about (that of its first two-country meeting, else the two
 * countries its dealings name, else the two named most) and every pair its meetings and trade
 * figures relate. Stateless.
 */
public final class PairStage {

    private PairStage() {
    }

    /** The two countries (in the order met) the article is mostly about, or none. */
    public static List<String> mainPair(List<MeetingFact> meetings, List<SentenceAnalysis> analyses) {
        for (MeetingFact m : meetings) {
            List<String> countries = m.participants().stream().map(Participant::country)
                    .filter(java.util.Objects::nonNull).distinct().toList();
            if (countries.size() == 2) {
                return countries;
            }
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        // (not an agency's dateline: "ДОХА, 25 фев – ПРАЙМ." is where the item was filed)
        analyses.forEach(a -> a.countries.stream().filter(c -> !(c.token() == 0 && MeetingStage.datelineAt(a)))
                .forEach(c -> counts.merge(c.code(), 1, Integer::sum)));
        analyses.forEach(a -> a.people.forEach(p -> {
            if (p.country() != null) {
                counts.merge(p.country(), 1, Integer::sum);
            }
        }));
        boolean relations = analyses.stream().anyMatch(a -> !a.money.isEmpty() && !TradeStage.stockMarket(a.tokens)
                || !java.util.Collections.disjoint(a.signals,
                EnumSet.of(Signal.STATE_VISIT, Signal.OFFICIAL_VISIT, Signal.WORKING_VISIT, Signal.VISIT, Signal.TALKS,
                        Signal.PHONE, Signal.VIDEO, Signal.RECEPTION, Signal.MEETING)));
        if (counts.size() == 2 && relations) {
            return List.copyOf(counts.keySet()); // an article about two countries' dealings
        }
        List<String> top = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .filter(e -> e.getValue() >= 2)
                .limit(2).map(Map.Entry::getKey).toList();
        return top.size() == 2 ? top : List.of();
    }

    /** Each pair, its codes in alphabetical order, that a meeting or trade figure relates (else the main pair). */
    public static List<List<String>> countryPairs(List<MeetingFact> meetings, List<TradeFact> trade, List<String> mainPair) {
        Set<List<String>> pairs = new LinkedHashSet<>();
        for (MeetingFact m : meetings) {
            List<String> countries = m.participants().stream().map(Participant::country)
                    .filter(java.util.Objects::nonNull).distinct().toList();
            if (countries.size() == 2) {
                pairs.add(sorted(countries.get(0), countries.get(1)));
            }
        }
        for (TradeFact t : trade) {
            if (t.countries().size() == 2 && !t.countries().get(0).equals(t.countries().get(1))) {
                pairs.add(sorted(t.countries().get(0), t.countries().get(1)));
            }
        }
        if (pairs.isEmpty() && mainPair.size() == 2) {
            pairs.add(sorted(mainPair.get(0), mainPair.get(1)));
        }
        return List.copyOf(pairs);
    }

    private static List<String> sorted(String a, String b) {
        return a.compareTo(b) <= 0 ? List.of(a, b) : List.of(b, a);
    }
}
