package org.dyad.extract;

import java.time.LocalDate;
import java.util.List;

import org.dyad.extract.text.Span;

/** A meeting or visit reported by an article, with the sentences that report it. */
public record MeetingFact(LocalDate date, String relative, String kind, List<Participant> participants,
                          String locationCountry, String locationCity, String hostCountry, String guestCountry,
                          List<Span> evidence) {
}
