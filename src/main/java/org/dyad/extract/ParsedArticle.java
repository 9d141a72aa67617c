package org.dyad.extract;

import java.time.LocalDate;
import java.util.List;

/** Everything the parser found in one article. */
public record ParsedArticle(String lang, LocalDate published, String title, List<MeetingFact> meetings,
                            List<TradeFact> trade, List<Mention> sectors, List<Mention> organizations,
                            List<List<String>> countryPairs) {
}
