package org.dyad.extract;

import java.time.LocalDate;
import java.util.List;

import org.dyad.extract.text.Span;

/**
 * A meeting or visit reported by an article, with the sentences that report it. {@code date} is the
 * day the text states (or counts to from a weekday or "today"); when it states none, {@code
 * dateEstimate} is the publication date for the meeting a news item leads with, else null. A
 * {@code recalled} meeting is a past one the article mentions with a date or a place (not the
 * article's news); ingestion leaves those to the merging of reports into events.
 */
public record MeetingFact(LocalDate date, String relative, String kind, List<Participant> participants,
                          String locationCountry, String locationCity, String hostCountry, String guestCountry,
                          List<Span> evidence, LocalDate dateEstimate, boolean recalled) {

    public MeetingFact(LocalDate date, String relative, String kind, List<Participant> participants,
                       String locationCountry, String locationCity, String hostCountry, String guestCountry,
                       List<Span> evidence) {
        this(date, relative, kind, participants, locationCountry, locationCity, hostCountry, guestCountry, evidence,
                null, false);
    }

    /** The day to place the meeting on: the stated one, else the estimate. */
    public LocalDate dayOrEstimate() {
        return date != null ? date : dateEstimate;
    }
}
