package io.marketwatch.digest;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ISO-8601 week ("2025-W14"): Monday to Sunday, numbered in its week-based year.
 *
 * @param year the week-based year (the year of the week's Thursday)
 * @param week 1 to 52 or 53
 */
public record IsoWeek(int year, int week) {

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})-?W(\\d{2})");

    public IsoWeek {
        LocalDate thursday = LocalDate.of(year, 6, 1);
        long weeks = thursday.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum();
        if (week < 1 || week > weeks) {
            throw new IllegalArgumentException(year + " has no ISO week " + week + " (it has " + weeks + ")");
        }
    }

    /** Parses "2025-W14" (or "2025W14"). */
    public static IsoWeek parse(String text) {
        Matcher m = FORMAT.matcher(text.strip().toUpperCase(Locale.ROOT));
        if (!m.matches()) {
            throw new DateTimeParseException("not an ISO week such as 2025-W14: " + text, text, 0);
        }
        return new IsoWeek(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    /** The week the date falls in. */
    public static IsoWeek of(LocalDate date) {
        return new IsoWeek(date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** The last week that has fully ended on the given day: the week before the day's week. */
    public static IsoWeek lastCompleteOn(LocalDate today) {
        return of(today).previous();
    }

    public LocalDate monday() {
        return LocalDate.of(year, 6, 1)
                .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    public LocalDate sunday() {
        return monday().plusDays(6);
    }

    public IsoWeek previous() {
        return of(monday().minusWeeks(1));
    }

    /** "31 Mar – 6 Apr 2025". */
    public String dates() {
        DateTimeFormatter day = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
        DateTimeFormatter full = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
        LocalDate from = monday();
        LocalDate to = sunday();
        return (from.getYear() == to.getYear() ? day.format(from) : full.format(from)) + " \u2013 " + full.format(to);
    }

    @Override
    public String toString() {
        return String.format("%04d-W%02d", year, week);
    }
}
