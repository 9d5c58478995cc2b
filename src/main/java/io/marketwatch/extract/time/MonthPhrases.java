package io.marketwatch.extract.time;

import io.marketwatch.extract.LaunchWindow;
import io.marketwatch.extract.time.Core.Kind;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates and months: "2023-10-06", "June 5, 2025", "9 October 2025", "Friday, July 16", "October 4
 * to 6", "March 2017", "April-June 2024", "the July-September quarter", "in December", "last April".
 *
 * <p>A day or month written with its year is that day or month. "last April" is the latest April
 * before the publication month, "next April" the first after it, "this April" the publication
 * year's. Without a year the year is inferred from the words around ({@link Periods#inferYear}).
 * Abbreviations ("Jan.", "Sept") count only with a day or a year, or with their period; "May" alone
 * only after a preposition or "last/next/this/early/late/mid".
 */
final class MonthPhrases {

    private static final String M = Periods.MONTHS;
    private static final String B = "(?<![\\p{L}\\p{N}$€£¥₹.,])";
    private static final String ORD = "(?:st|nd|rd|th)?(?![\\p{L}\\p{N}])";

    private static final Pattern ISO = Pattern.compile(
            "(?<![\\p{N}-])(?<y>(?:19|20)\\d\\d)-(?<m>[01]\\d)-(?<d>[0-3]\\d)(?![\\p{N}])");
    private static final Pattern MONTH_DAY = Pattern.compile(
            "(?<![\\p{L}])(?:(?<wd>" + Periods.WEEKDAYS + "),?\\s+)?(?<m>" + M + ")\\s+(?<d>\\d{1,2})" + ORD
            + "(?:\\s*(?:-|–|to|and)\\s*(?<d2>\\d{1,2})" + ORD + ")?(?:,?\\s+(?<y>" + Periods.YEAR + "))?");
    private static final Pattern DAY_MONTH = Pattern.compile(
            B + "(?:(?<wd>" + Periods.WEEKDAYS + "),?\\s+)?(?<d>\\d{1,2})(?:st|nd|rd|th)?"
            + "(?:\\s*(?:-|–)\\s*(?<d2>\\d{1,2})(?:st|nd|rd|th)?)?\\s+(?:of\\s+)?(?<m>" + M
            + ")(?![\\p{L}])(?:,?\\s+(?<y>" + Periods.YEAR + "))?");
    private static final Pattern MONTH_RANGE = Pattern.compile(
            "(?<![\\p{L}])(?:the\\s+)?(?<m>" + M + ")\\s*(?:-|–|to|through)\\s*(?<m2>" + M + ")(?![\\p{L}])"
            + "(?:,?\\s+(?<y>" + Periods.YEAR + "))?(?:\\s+quarter(?![\\p{L}]))?");
    private static final Pattern MONTH = Pattern.compile(
            "(?<![\\p{L}])(?:(?<rel>(?i:last|next|this))\\s+)?(?<m>" + M + ")(?![\\p{L}])"
            + "(?:,?\\s+(?:of\\s+)?(?<y>" + Periods.YEAR + "))?");
    private static final Pattern MAY_CONTEXT = Pattern.compile(
            "(?i)(?:in|since|by|until|till|before|after|from|of|early|late|mid-?|last|next|this|between|and"
            + "|to|through|during|end\\s+of|start\\s+of|or)\\s*$");

    private static final Set<String> MONTH_WORDS = CoreRule.union(CalendarWords.MONTHS, Set.of(
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"));
    private static final Set<String> WEEKDAY_WORDS = CalendarWords.WEEKDAYS;
    private static final Set<String> REL = Set.of("last", "next", "this");

    private MonthPhrases() {
    }

    static List<CoreRule> rules() {
        return List.of(
                new CoreRule(ISO, Set.of(), w -> w.length() == 4 && Words.isNumber(w), MonthPhrases::iso),
                new CoreRule(MONTH_DAY, CoreRule.union(MONTH_WORDS, WEEKDAY_WORDS), MonthPhrases::days),
                new CoreRule(DAY_MONTH, WEEKDAY_WORDS, w -> WEEKDAY_WORDS.contains(w) || isDayNumber(w),
                        MonthPhrases::days),
                new CoreRule(MONTH_RANGE, CoreRule.union(MONTH_WORDS, Set.of("the")), MonthPhrases::range),
                new CoreRule(MONTH, CoreRule.union(MONTH_WORDS, REL), MonthPhrases::month));
    }

    private static boolean isDayNumber(String word) {
        int digits = 0;
        while (digits < word.length() && Character.isDigit(word.charAt(digits))) {
            digits++;
        }
        return digits >= 1 && digits <= 2 && (digits == word.length() || word.length() - digits == 2);
    }

    private static Core iso(Matcher m, String s, LocalDate published) {
        LocalDate day = Periods.dayOrNull(Integer.parseInt(m.group("y")), Integer.parseInt(m.group("m")),
                Integer.parseInt(m.group("d")));
        return day == null ? null : new Core(m.start(), m.end(), Kind.DAY, LaunchWindow.day(day), Tense.UNKNOWN);
    }

    private static Core range(Matcher m, String s, LocalDate published) {
        int first = Periods.month(m.group("m"));
        int last = Periods.month(m.group("m2"));
        return last > first ? core(m, s, published, Kind.MONTH, m.group("y"), y -> Periods.months(y, first, last))
                : null;
    }

    private static Core days(Matcher m, String s, LocalDate published) {
        int month = Periods.month(m.group("m"));
        int day = Integer.parseInt(m.group("d"));
        int lastDay = m.group("d2") == null ? day : Integer.parseInt(m.group("d2"));
        if (Periods.dayOrNull(2000, month, day) == null || lastDay < day
                || Periods.dayOrNull(2000, month, lastDay) == null) {
            return null;
        }
        IntFunction<LaunchWindow> forYear = y -> {
            LocalDate from = Periods.dayOrNull(y, month, day);
            LocalDate to = Periods.dayOrNull(y, month, lastDay);
            return from == null || to == null ? Periods.month(y, month) : Periods.span(from, to);
        };
        Core core = core(m, s, published, Kind.DAY, m.group("y"), forYear);
        if (m.group("wd") != null && m.group("y") == null) {
            core = weekdayAgrees(core, Periods.weekday(m.group("wd")), forYear, published);
        }
        return core;
    }

    /** "Friday, July 16" without a year: prefer the year in which July 16 is a Friday, near publication. */
    private static Core weekdayAgrees(Core core, DayOfWeek weekday, IntFunction<LaunchWindow> forYear,
                                      LocalDate published) {
        if (core.window().from().getDayOfWeek() == weekday) {
            return core;
        }
        for (int y : new int[] {published.getYear(), published.getYear() + 1, published.getYear() - 1}) {
            LaunchWindow w = forYear.apply(y);
            if (w.from().getDayOfWeek() == weekday) {
                return new Core(core.start(), core.end(), core.kind(), w, core.implied());
            }
        }
        return core;
    }

    private static Core month(Matcher m, String s, LocalDate published) {
        String name = m.group("m");
        String rel = m.group("rel");
        String year = m.group("y");
        boolean abbreviation = name.length() <= 4 && !name.equals("June") && !name.equals("July")
                && !name.equals("May");
        if (abbreviation && !name.endsWith(".") && year == null) {
            return null;
        }
        if (name.equals("May") && rel == null && year == null
                && !MAY_CONTEXT.matcher(s).region(Math.max(0, m.start() - 12), m.start()).find()) {
            return null;
        }
        int month = Periods.month(name);
        if (rel == null || year != null) {
            return core(m, s, published, Kind.MONTH, year, y -> Periods.month(y, month));
        }
        int pubMonth = published.getMonthValue();
        int y = published.getYear();
        Tense implied = Tense.UNKNOWN;
        switch (rel.toLowerCase(Locale.ROOT)) {
            case "last" -> {
                y = month < pubMonth ? y : y - 1;
                implied = Tense.PAST;
            }
            case "next" -> {
                y = month > pubMonth ? y : y + 1;
                implied = Tense.FUTURE;
            }
            default -> {
            }
        }
        return new Core(m.start(), m.end(), Kind.MONTH, Periods.month(y, month), implied);
    }

    private static Core core(Matcher m, String s, LocalDate published, Kind kind, String year,
                             IntFunction<LaunchWindow> forYear) {
        LaunchWindow window = year != null ? forYear.apply(Integer.parseInt(year))
                : Periods.inferYear(forYear, published, TenseCues.near(s, m.start(), m.end()));
        return new Core(m.start(), m.end(), kind, window, Tense.UNKNOWN);
    }
}
