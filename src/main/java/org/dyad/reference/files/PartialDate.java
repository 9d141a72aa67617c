package org.dyad.reference.files;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/**
 * A date known to the day, the month or only the year, as the reference files write it
 * ({@code 2001-06-15}, {@code 2001-06}, {@code 2001}).
 */
public record PartialDate(LocalDate first, LocalDate last, Precision precision) {

    public enum Precision {
        DAY, MONTH, YEAR;

        public String code() {
            return name().toLowerCase();
        }

        public static Precision ofCode(String code) {
            return valueOf(code.toUpperCase());
        }
    }

    public static PartialDate parse(String text) {
        String s = text.strip();
        try {
            return switch (s.length()) {
                case 4 -> {
                    int year = Integer.parseInt(s);
                    yield new PartialDate(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), Precision.YEAR);
                }
                case 7 -> {
                    YearMonth ym = YearMonth.parse(s);
                    yield new PartialDate(ym.atDay(1), ym.atEndOfMonth(), Precision.MONTH);
                }
                case 10 -> {
                    LocalDate d = LocalDate.parse(s);
                    yield new PartialDate(d, d, Precision.DAY);
                }
                default -> throw new IllegalArgumentException("not a date (YYYY, YYYY-MM or YYYY-MM-DD): '" + text + "'");
            };
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new IllegalArgumentException("not a date (YYYY, YYYY-MM or YYYY-MM-DD): '" + text + "'", e);
        }
    }

    /** The date as written at its precision: 2001, 2001-06 or 2001-06-15. */
    public static String format(LocalDate date, Precision precision) {
        return switch (precision) {
            case YEAR -> Integer.toString(date.getYear());
            case MONTH -> YearMonth.from(date).toString();
            case DAY -> date.toString();
        };
    }
}
