package io.marketwatch.extract.time;

import java.util.Set;

/** The names of the months and the days of the week, in lower case, written out in full. */
public final class CalendarWords {

    public static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december");
    public static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");

    private CalendarWords() {
    }

    /** Whether a lower-case word names a month or a day of the week ("march", "tuesday"). */
    public static boolean isMonthOrWeekday(String word) {
        return MONTHS.contains(word) || WEEKDAYS.contains(word);
    }

    /** Whether a word is a year of the 20th or 21st century written in digits ("1996", "2025"). */
    public static boolean isYear(String w) {
        return w.length() == 4 && (w.startsWith("19") || w.startsWith("20")) && Character.isDigit(w.charAt(2))
                && Character.isDigit(w.charAt(3));
    }
}
