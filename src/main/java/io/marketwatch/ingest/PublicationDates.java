package io.marketwatch.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads publication dates as written in metadata values: ISO dates and timestamps (the date as
 * written, in the writer's own offset), RFC 822 dates, "March 27, 2025" and "27 March 2025"; and in
 * the date lines pages show under a headline, labelled or not.
 */
final class PublicationDates {

    private static final Pattern ISO = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b([A-Za-z]{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+([A-Za-z]{3,9})\\.?,?\\s+(\\d{4})\\b");
    private static final Map<String, Month> MONTHS = months();
    /** A date line is short: a sentence that mentions a date is longer. */
    private static final int MAX_DATE_LINE = 100;
    /** Lowercase words a date line may hold besides its date, its names (weekday, place, byline, zone) and times. */
    private static final Set<String> DATE_LINE_WORDS = Set.of("by", "and", "the", "of", "in", "on", "at", "from",
            "published", "updated", "posted", "last", "modified", "staff", "correspondent", "reporter", "writer",
            "editor", "am", "pm", "a.m", "p.m", "et", "gmt", "utc");

    /** A labelled date line: "Last Updated: 2022-01-27", "Published on March 3, 2024", "Date: …". */
    static final Pattern LABELLED = Pattern.compile(
            "(?:last\\s+updated|updated(?:\\s+on)?|(?:first\\s+)?published(?:\\s+on)?|posted(?:\\s+on)?|date)"
                    + "\\s*:?\\s+(.+)",
            Pattern.CASE_INSENSITIVE);

    private PublicationDates() {
    }

    /** The date of a labelled line ("Last Updated: October 31, 2009"), or null when it is none. */
    static LocalDate labelled(String line) {
        Matcher m = LABELLED.matcher(line.strip());
        return m.matches() ? parse(m.group(1)) : null;
    }

    /**
     * The date of a line a page shows as its date: a labelled one, or a short line that holds a full
     * date and otherwise only what goes with one, capitalised words (a weekday, a place, a byline's
     * name, a zone), times and a few lowercase words ("by", "published", "at"): "Tuesday, 16 September
     * 2025", "CUPERTINO, Calif. — January 8, 2024", "By Lucas Ferraz | Published 3 December 2012, 19:45
     * BRST". A sentence that mentions a date ("Shares rose on March 3, 2024") is none; null then.
     */
    static LocalDate shown(String line) {
        String text = line.strip();
        LocalDate labelled = labelled(text);
        if (labelled != null || text.length() > MAX_DATE_LINE) {
            return labelled;
        }
        Found found = find(text);
        if (found == null) {
            return null;
        }
        String rest = text.substring(0, found.start()) + " " + text.substring(found.end());
        for (String word : rest.split("[\\s\\u00a0]+")) {
            String bare = word.replaceAll("^\\P{L}+|[^\\p{L}\\d]+$", "");
            boolean fits = bare.isEmpty() || word.chars().anyMatch(Character::isDigit)
                    || Character.isUpperCase(bare.charAt(0)) || DATE_LINE_WORDS.contains(bare.toLowerCase(Locale.ROOT));
            if (!fits) {
                return null;
            }
        }
        return found.date();
    }

    /** The date in a metadata value, or null when there is none. */
    static LocalDate parse(String value) {
        Found found = find(value);
        return found == null ? null : found.date();
    }

    /** A date found in text, and where it is written. */
    private record Found(LocalDate date, int start, int end) {
    }

    private static Found find(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Matcher iso = ISO.matcher(value);
        if (iso.find()) {
            LocalDate date = date(iso.group(1), monthNumber(iso.group(2)), iso.group(3));
            return date == null ? null : new Found(date, iso.start(), iso.end());
        }
        Matcher mdy = MONTH_DAY_YEAR.matcher(value);
        if (mdy.find()) {
            LocalDate date = date(mdy.group(3), month(mdy.group(1)), mdy.group(2));
            if (date != null) {
                return new Found(date, mdy.start(), mdy.end());
            }
        }
        Matcher dmy = DAY_MONTH_YEAR.matcher(value);
        if (dmy.find()) {
            LocalDate date = date(dmy.group(3), month(dmy.group(2)), dmy.group(1));
            return date == null ? null : new Found(date, dmy.start(), dmy.end());
        }
        return null;
    }

    /**
     * A date written without a year ("March 3"): the latest such day on or before the reference
     * date, or null without a reference date.
     */
    static LocalDate withoutYear(String monthName, String day, LocalDate reference) {
        Month month = month(monthName);
        if (month == null || reference == null) {
            return null;
        }
        LocalDate date = date(Integer.toString(reference.getYear()), month, day);
        if (date != null && date.isAfter(reference)) {
            date = date(Integer.toString(reference.getYear() - 1), month, day);
        }
        return date;
    }

    /** The month for an English month name or abbreviation ("Sept.", "mar"), or null. */
    static Month month(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        if (key.endsWith(".")) {
            key = key.substring(0, key.length() - 1);
        }
        return MONTHS.get(key);
    }

    private static Month monthNumber(String digits) {
        int number = Integer.parseInt(digits);
        return number >= 1 && number <= 12 ? Month.of(number) : null;
    }

    private static LocalDate date(String year, Month month, String day) {
        if (month == null) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static Map<String, Month> months() {
        Map<String, Month> months = new HashMap<>();
        for (Month m : Month.values()) {
            String full = m.name().toLowerCase(Locale.ROOT);
            months.put(full, m);
            months.put(full.substring(0, 3), m);
        }
        months.put("sept", Month.SEPTEMBER);
        return Map.copyOf(months);
    }
}
