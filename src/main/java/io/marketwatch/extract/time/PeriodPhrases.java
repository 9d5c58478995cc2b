package io.marketwatch.extract.time;

import io.marketwatch.extract.LaunchWindow;
import io.marketwatch.extract.time.Core.Kind;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Quarters, halves, seasons and years: "the third quarter", "Q3 2026", "third quarter of 2026",
 * "first quarter of calendar 2022", "the second half of 2026", "H1 2026", "this summer", "summer
 * 2026", "the holiday season", "2024", "fiscal 2024", "FY24".
 *
 * <p>"fall" counts only as "this/next/last fall" or with a year ("the fall in profits" is no date).
 * Quarters and halves are calendar periods (a fiscal year is read as the calendar year). Seasons:
 * spring Mar–May, summer Jun–Aug, autumn/fall Sep–Nov, winter Dec–Feb; "the holiday season" (or
 * "the holidays") is December, "Christmas" is December 25, so that "in time for the holiday season"
 * ends on November 30. "this/next/last year" in "of next year" pick the year; without a year it is
 * inferred ({@link Periods#inferYear}). A bare year is the whole year.
 */
final class PeriodPhrases {

    private static final String Y = "(?<y>" + Periods.YEAR + ")";
    private static final String OF_YEAR = "(?:\\s+of\\s+"
            + "(?:(?:the\\s+)?(?i:calendar|fiscal|financial)\\s+(?:year\\s+)?)?"
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

    private static final Set<String> ORDINALS = Set.of("first", "second", "third", "fourth", "1st", "2nd", "3rd",
            "4th");
    private static final Set<String> HALVES = Set.of("first", "second", "1st", "2nd", "latter", "back");
    private static final Pattern OWNED = Pattern.compile("(?i)(?:\\b(?:its|their|his|her|our|my)|\\p{L}['\u2019]s)\\s+$");
    private static final Set<String> SEASON_WORDS = Set.of("this", "next", "last", "the", "coming", "summer",
            "spring", "autumn", "fall", "winter");
    private static final Set<String> HOLIDAY_WORDS = Set.of("the", "holiday", "holidays", "christmas");
    private static final Set<String> FISCAL = Set.of("fiscal", "calendar", "financial");

    private PeriodPhrases() {
    }

    static List<CoreRule> rules() {
        return List.of(
                new CoreRule(QUARTER, ORDINALS, (m, s, p) -> {
                    int q = ordinal(m.group("n"));
                    return core(m, s, p, Kind.QUARTER, ofYear(m, p), y -> Periods.quarter(y, q));
                }),
                new CoreRule(QUARTER_SHORT, Set.of(), w -> isShort(w, 'q', '4'), (m, s, p) -> {
                    int q = Integer.parseInt(m.group("q") != null ? m.group("q") : m.group("q2"));
                    return core(m, s, p, Kind.QUARTER, shortYear(m), y -> Periods.quarter(y, q));
                }),
                new CoreRule(HALF, HALVES, (m, s, p) -> {
                    int h = ordinal(m.group("n")) == 1 ? 1 : 2;
                    return core(m, s, p, Kind.HALF, ofYear(m, p), y -> Periods.months(y, 6 * h - 5, 6 * h));
                }),
                new CoreRule(HALF_SHORT, Set.of(), w -> isShort(w, 'h', '2'), (m, s, p) -> {
                    int h = Integer.parseInt(m.group("h") != null ? m.group("h") : m.group("h2"));
                    return core(m, s, p, Kind.HALF, shortYear(m), y -> Periods.months(y, 6 * h - 5, 6 * h));
                }),
                new CoreRule(SEASON, SEASON_WORDS, PeriodPhrases::season),
                new CoreRule(HOLIDAY, HOLIDAY_WORDS, (m, s, p) -> {
                    IntFunction<LaunchWindow> forYear = m.group("x") != null
                            ? y -> LaunchWindow.day(LocalDate.of(y, 12, 25)) : y -> Periods.month(y, 12);
                    return core(m, s, p, Kind.SEASON, explicitYear(m), forYear);
                }),
                new CoreRule(YEAR, FISCAL, w -> FISCAL.contains(w) || w.startsWith("fy")
                        || w.length() == 4 && Words.isNumber(w), (m, s, p) -> {
                            int y = m.group("y") != null ? Integer.parseInt(m.group("y")) : shortYear(m);
                            return new Core(m.start(), m.end(), Kind.YEAR, Periods.year(y), Tense.UNKNOWN);
                        }));
    }

    /** @return whether {@code word} is "q3", "3q" or "3q26" (letter q, digits up to {@code max}) */
    private static boolean isShort(String word, char letter, char max) {
        if (word.length() < 2) {
            return false;
        }
        char a = word.charAt(0);
        char b = word.charAt(1);
        if (a == letter) {
            return word.length() == 2 && b >= '1' && b <= max;
        }
        return a >= '1' && a <= max && b == letter && (word.length() == 2 || Words.isNumber(word.substring(2)));
    }

    private static Core season(Matcher m, String s, LocalDate published) {
        String season = m.group("s").toLowerCase(Locale.ROOT);
        String rel = m.group("rel") == null ? null : m.group("rel").toLowerCase(Locale.ROOT);
        if (season.equals("fall") && (rel == null || rel.equals("the")) && m.group("y") == null) {
            return null; // "the fall in profits"
        }
        if (rel == null && m.group("y") == null && OWNED.matcher(s.substring(0, m.start())).find()) {
            return null; // "its winter sports business", "the chain's summer range": a kind, not a time
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
            return core(m, s, published, Kind.SEASON, year, forYear);
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
        return new Core(m.start(), m.end(), Kind.SEASON, forYear.apply(y), implied);
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
