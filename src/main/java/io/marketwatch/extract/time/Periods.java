package io.marketwatch.extract.time;

import io.marketwatch.extract.LaunchWindow;
import io.marketwatch.extract.text.Texts;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;

/** Calendar arithmetic and the word tables shared by the phrase readers. */
final class Periods {

    static final String MONTHS = "January|February|March|April|May|June|July|August|September|October|November"
            + "|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept\\.|Sep\\.|Oct\\.|Nov\\.|Dec\\."
            + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";

    static final String WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";

    /** A year from 1950 to 2099 standing alone ("2024", not "2,024" nor "2024-25" nor "12024"). */
    static final String YEAR = "(?:19[5-9]\\d|20\\d\\d)(?![\\d%]|[-–/]\\d|[.,]\\d)";

    private static final Map<String, Integer> NUMBERS = Map.ofEntries(
            Map.entry("a", 1), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("couple of", 2));

    /** Unnamed counts ("the next few weeks"): about three of the unit. */
    static final int FEW = 3;

    private Periods() {
    }

    static int month(String name) {
        String key = name.substring(0, 3).toLowerCase(Locale.ROOT);
        return switch (key) {
            case "jan" -> 1;
            case "feb" -> 2;
            case "mar" -> 3;
            case "apr" -> 4;
            case "may" -> 5;
            case "jun" -> 6;
            case "jul" -> 7;
            case "aug" -> 8;
            case "sep" -> 9;
            case "oct" -> 10;
            case "nov" -> 11;
            case "dec" -> 12;
            default -> throw new IllegalArgumentException("not a month: " + name);
        };
    }

    static DayOfWeek weekday(String name) {
        return DayOfWeek.valueOf(name.toUpperCase(Locale.ROOT));
    }

    /** @return the count a word stands for ("four", "12", "few"), or {@link #FEW} for few/several */
    static int count(String word) {
        if (word == null) {
            return FEW;
        }
        String w = Texts.key(word);
        if (w.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(w);
        }
        return NUMBERS.getOrDefault(w, FEW);
    }

    static LaunchWindow year(int year) {
        return new LaunchWindow(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    static LaunchWindow month(int year, int month) {
        YearMonth ym = YearMonth.of(year, month);
        return new LaunchWindow(ym.atDay(1), ym.atEndOfMonth());
    }

    static LaunchWindow months(int year, int first, int last) {
        return new LaunchWindow(YearMonth.of(year, first).atDay(1), YearMonth.of(year, last).atEndOfMonth());
    }

    static LaunchWindow quarter(int year, int quarter) {
        return months(year, 3 * quarter - 2, 3 * quarter);
    }

    static LaunchWindow week(LocalDate day) {
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return new LaunchWindow(monday, monday.plusDays(6));
    }

    static LaunchWindow span(LocalDate from, LocalDate to) {
        return new LaunchWindow(from, to);
    }

    /** @return a valid day of that month, or null ("February 30") */
    static LocalDate dayOrNull(int year, int month, int day) {
        return day >= 1 && day <= YearMonth.of(year, month).lengthOfMonth() ? LocalDate.of(year, month, day) : null;
    }

    /**
     * Picks the year of a phrase written without one ("in December", "on June 5", "the third
     * quarter"): the publication year, except
     * <ul>
     *   <li>PAST context and the window starts after publication: the previous year ("reported a loss
     *       in December" in a February article);</li>
     *   <li>otherwise, when the window ended before publication: the next year ("will ship in March"
     *       or "the December launch" in an April article).</li>
     * </ul>
     */
    static LaunchWindow inferYear(IntFunction<LaunchWindow> forYear, LocalDate published, Tense context) {
        int year = published.getYear();
        LaunchWindow window = forYear.apply(year);
        if (context == Tense.PAST) {
            return window.from().isAfter(published) ? forYear.apply(year - 1) : window;
        }
        return window.to().isBefore(published) ? forYear.apply(year + 1) : window;
    }
}
