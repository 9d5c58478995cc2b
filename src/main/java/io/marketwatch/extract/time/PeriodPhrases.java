package io.marketwatch.extract.time;

import io.marketwatch.extract.LaunchWindow;
import io.marketwatch.extract.time.Core.Kind;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Quarters, halves, seasons and years: "the third quarter", "Q3 2026", "third quarter of 2026",
 * "first quarter of calendar 2022", "the second half of 2026", "H1 2026", "this summer", "summer
 * 2026", "the holiday season", "2024", "fiscal 2024", "FY24".
 *
 * <p>Quarters and halves are calendar periods (a fiscal year is read as the calendar year). Seasons:
 * spring Mar–May, summer Jun–Aug, autumn/fall Sep–Nov, winter Dec–Feb; "the holiday season" (or
 * "the holidays") is December, "Christmas" is December 25, so that "in time for the holiday season"
 * ends on November 30. "this/next/last year" in "of next year" pick the year; without a year it is
 * inferred ({@link Periods#inferYear}). A bare year is the whole year.
 */
final class PeriodPhrases implements CoreReader {

    private static final String Y = "(?<y>" + Periods.YEAR + ")";
    private static final String OF_YEAR = "(?:\\s+of\\s+(?:(?:the\\s+)?(?i:calendar|fiscal|financial)\\s+(?:year\\s+)?)?"
            + "(?:" + Y + "|(?<ry>(?i:this|next|last|the))\\s+year(?![\\p{L}])))?";

    private static final Pattern QUARTER = Pattern.compile(
            "(?<![\\p{L}])(?<n>(?i:first|second|third|fourth|1st|2nd|3rd|4th))[\\s-]+(?i:quarter)(?![\\p{L}])"
            + OF_YEAR);
    private static final Pattern QUARTER_SHORT = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:Q(?<q>[1-4])|(?<q2>[1-4])Q)(?:\\s*(?:of\\s+)?" + Y + "|\\s?'?(?<yy>\\d{2}))?"
            + "(?![\\p{L}\\p{N}])");
    private static final Pattern HALF = Pattern.compile(
            "(?<![\\p{L}])(?<n>(?i:first|second|1st|2nd|latter|back))\\s+(?i:half)(?![\\p{L}])" + OF_YEAR);
    private static final Pattern HALF_SHORT = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:H(?<h>[12])|(?<h2>[12])H)(?:\\s*" + Y + "|\\s?'?(?<yy>\\d{2}))?"
            + "(?![\\p{L}\\p{N}])");
    private static final Pattern SEASON = Pattern.compile(
            "(?<![\\p{L}])(?:(?<rel>(?i:this|next|last|the|coming))\\s+)?(?<s>(?i:summer|spring|autumn|fall|winter))"
            + "(?![\\p{L}])(?:\\s+(?:of\\s+)?" + Y + ")?");
    private static final Pattern HOLIDAY = Pattern.compile(
            "(?<![\\p{L}])(?i:(?:the\\s+)?(?<h>holiday(?:\\s+shopping)?\\s+season|holidays)|(?<x>Christmas))"
            + "(?![\\p{L}])(?:\\s+" + Y + ")?");
    private static final Pattern YEAR = Pattern.compile(
            "(?<![\\p{L}\\p{N}$€£¥₹#]|\\p{N}[.,:/-])(?:(?i:fiscal|calendar|financial)\\s+(?:year\\s+)?)?" + Y
            + "(?!\\s*(?i:people|employees|workers|staff|units|customers|users|shares|stores|branches|jobs"
            + "|meters|metres|feet|miles|km|kilograms|tons|tonnes)(?![\\p{L}]))"
            + "|(?<![\\p{L}\\p{N}])FY\\s?(?<yy>\\d{2}|\\d{4})(?![\\p{L}\\p{N}])");

    @Override
    public void read(String s, LocalDate published, List<Core> out) {
        Matcher m = QUARTER.matcher(s);
        while (m.find()) {
            int q = ordinal(m.group("n"));
            out.add(core(m, s, published, Kind.QUARTER, ofYear(m, published), y -> Periods.quarter(y, q)));
        }
        m = QUARTER_SHORT.matcher(s);
        while (m.find()) {
            int q = Integer.parseInt(m.group("q") != null ? m.group("q") : m.group("q2"));
            out.add(core(m, s, published, Kind.QUARTER, shortYear(m), y -> Periods.quarter(y, q)));
        }
        m = HALF.matcher(s);
        while (m.find()) {
            int h = ordinal(m.group("n")) == 1 ? 1 : 2;
            out.add(core(m, s, published, Kind.HALF, ofYear(m, published), y -> Periods.months(y, 6 * h - 5, 6 * h)));
        }
        m = HALF_SHORT.matcher(s);
        while (m.find()) {
            int h = Integer.parseInt(m.group("h") != null ? m.group("h") : m.group("h2"));
            out.add(core(m, s, published, Kind.HALF, shortYear(m), y -> Periods.months(y, 6 * h - 5, 6 * h)));
        }
        m = SEASON.matcher(s);
        while (m.find()) {
            season(m, s, published, out);
        }
        m = HOLIDAY.matcher(s);
        while (m.find()) {
            IntFunction<LaunchWindow> forYear = m.group("x") != null
                    ? y -> LaunchWindow.day(LocalDate.of(y, 12, 25)) : y -> Periods.month(y, 12);
            out.add(core(m, s, published, Kind.SEASON, explicitYear(m), forYear));
        }
        m = YEAR.matcher(s);
        while (m.find()) {
            int y = m.group("y") != null ? Integer.parseInt(m.group("y")) : shortYear(m);
            out.add(new Core(m.start(), m.end(), Kind.YEAR, Periods.year(y), Tense.UNKNOWN));
        }
    }

    private static void season(Matcher m, String s, LocalDate published, List<Core> out) {
        String season = m.group("s").toLowerCase(Locale.ROOT);
        String rel = m.group("rel") == null ? null : m.group("rel").toLowerCase(Locale.ROOT);
        if (season.equals("fall") && rel == null && m.group("y") == null) {
            return;
        }
        int first = switch (season) {
            case "spring" -> 3;
            case "summer" -> 6;
            case "winter" -> 12;
            default -> 9;
        };
        IntFunction<LaunchWindow> forYear = y -> first == 12
                ? Periods.span(LocalDate.of(y, 12, 1), LocalDate.of(y + 1, 3, 1).minusDays(1))
                : Periods.months(y, first, first + 2);
        Integer year = explicitYear(m);
        if (year != null || rel == null || rel.equals("the")) {
            out.add(core(m, s, published, Kind.SEASON, year, forYear));
            return;
        }
        int y = published.getYear();
        Tense implied = Tense.UNKNOWN;
        if (rel.equals("next") || rel.equals("coming")) {
            implied = Tense.FUTURE;
            if (!forYear.apply(y).from().isAfter(published)) {
                y++;
            }
        } else if (rel.equals("last")) {
            implied = Tense.PAST;
            if (!forYear.apply(y).to().isBefore(published)) {
                y--;
            }
        } else if (first == 12 && published.getMonthValue() <= 2) {
            y--;
        }
        out.add(new Core(m.start(), m.end(), Kind.SEASON, forYear.apply(y), implied));
    }

    /** @return the year of "… of 2026", "… of next year", or null */
    private static Integer ofYear(Matcher m, LocalDate published) {
        Integer year = explicitYear(m);
        if (year != null || m.group("ry") == null) {
            return year;
        }
        return switch (m.group("ry").toLowerCase(Locale.ROOT)) {
            case "next" -> published.getYear() + 1;
            case "last" -> published.getYear() - 1;
            default -> published.getYear();
        };
    }

    /** @return the year of "Q3 2026", "Q3 '26", "FY24", or null */
    private static Integer shortYear(Matcher m) {
        Integer year = explicitYear(m);
        String yy = m.group("yy");
        if (year != null || yy == null) {
            return year;
        }
        return yy.length() == 4 ? Integer.parseInt(yy) : 2000 + Integer.parseInt(yy);
    }

    private static Integer explicitYear(Matcher m) {
        return m.group("y") == null ? null : Integer.valueOf(m.group("y"));
    }

    private static int ordinal(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "first", "1st" -> 1;
            case "second", "2nd", "latter", "back" -> 2;
            case "third", "3rd" -> 3;
            default -> 4;
        };
    }

    private static Core core(Matcher m, String s, LocalDate published, Kind kind, Integer year,
                             IntFunction<LaunchWindow> forYear) {
        LaunchWindow window = year != null ? forYear.apply(year)
                : Periods.inferYear(forYear, published, TenseCues.near(s, m.start(), m.end()));
        return new Core(m.start(), m.end(), kind, window, Tense.UNKNOWN);
    }
}
