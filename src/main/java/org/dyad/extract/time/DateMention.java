package org.dyad.extract.time;

import java.time.LocalDate;

/**
 * A time expression found in folded text, [start, end) in folded offsets. Exactly one of its forms
 * is set: a calendar day ({@code date}, with {@code year} unknown when the text gave only day and
 * month: then {@code date} is null and {@code month}/{@code day} are set), a year, or a relative
 * day or year ("today", "last_year").
 */
public record DateMention(int start, int end, Kind kind, LocalDate date, Integer year, Integer month, Integer day,
                          String relative) {

    public enum Kind { DAY, DAY_MONTH, MONTH, WEEKDAY, YEAR, RELATIVE_DAY, RELATIVE_YEAR }

    static DateMention day(int start, int end, LocalDate date) {
        return new DateMention(start, end, Kind.DAY, date, date.getYear(), date.getMonthValue(), date.getDayOfMonth(), null);
    }

    static DateMention dayMonth(int start, int end, int month, int day) {
        return new DateMention(start, end, Kind.DAY_MONTH, null, null, month, day, null);
    }

    static DateMention month(int start, int end, int month, Integer year) {
        return new DateMention(start, end, Kind.MONTH, null, year, month, null, null);
    }

    /** A weekday named alone ("on Thursday"): {@code day} is 1 (Monday) to 7 (Sunday). */
    static DateMention weekday(int start, int end, int dayOfWeek) {
        return new DateMention(start, end, Kind.WEEKDAY, null, null, null, dayOfWeek, null);
    }

    static DateMention year(int start, int end, int year) {
        return new DateMention(start, end, Kind.YEAR, null, year, null, null, null);
    }

    static DateMention relativeDay(int start, int end, String relative) {
        return new DateMention(start, end, Kind.RELATIVE_DAY, null, null, null, null, relative);
    }

    static DateMention relativeYear(int start, int end, String relative) {
        return new DateMention(start, end, Kind.RELATIVE_YEAR, null, null, null, null, relative);
    }

    /** The calendar day this mention names, given the publication date (may be null). */
    public LocalDate resolveDay(LocalDate published) {
        return switch (kind) {
            case DAY -> date;
            case DAY_MONTH -> published == null ? null : safeDate(published.getYear(), month, day);
            case WEEKDAY -> published == null ? null
                    : published.minusDays((published.getDayOfWeek().getValue() - day + 7) % 7); // latest such day
            case RELATIVE_DAY -> published == null ? null : switch (relative) {
                case "today" -> published;
                case "yesterday" -> published.minusDays(1);
                case "tomorrow" -> published.plusDays(1);
                default -> null;
            };
            default -> null;
        };
    }

    /** The year this mention names, given the publication date (may be null). */
    public Integer resolveYear(LocalDate published) {
        return switch (kind) {
            case DAY, YEAR -> year;
            case MONTH -> year != null ? year : (published == null ? null : published.getYear());
            case DAY_MONTH, RELATIVE_DAY, WEEKDAY -> {
                LocalDate d = resolveDay(published);
                yield d == null ? null : d.getYear();
            }
            case RELATIVE_YEAR -> published == null ? null : switch (relative) {
                case "last_year" -> published.getYear() - 1;
                case "this_year" -> published.getYear();
                case "next_year" -> published.getYear() + 1;
                default -> null;
            };
        };
    }

    private static LocalDate safeDate(int y, int m, int d) {
        try {
            return LocalDate.of(y, m, d);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }
}
