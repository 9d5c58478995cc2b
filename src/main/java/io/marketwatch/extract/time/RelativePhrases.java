package io.marketwatch.extract.time;

import io.marketwatch.extract.LaunchWindow;
import io.marketwatch.extract.time.Core.Kind;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Phrases relative to the publication date.
 * <ul>
 *   <li>"this/next/last week|month|quarter|year" (also "the year", "the current quarter", "the
 *       following year", "the past year"): the calendar period (weeks run Monday–Sunday; "last week"
 *       is the previous Monday–Sunday week; "the past year" is the twelve months up to publication);</li>
 *   <li>"the coming weeks", "the next few months", "the next four years", "the past two weeks",
 *       "within 12 months": from publication on (or back) by that many units; without a count
 *       days are 7, weeks 6, months 6, quarters 2, years 3;</li>
 *   <li>"this/next/last weekend": the Saturday and Sunday of that week;</li>
 *   <li>"today", "tonight", "tomorrow", "yesterday": that day; "year-end": December of the
 *       publication year;</li>
 *   <li>"on Thursday", "Thursday's event": the next such weekday on or after publication when the
 *       words around point ahead ("will be unveiled on Thursday"; a Tuesday article's "Tuesday" is that
 *       day), the latest on or before it when they are in the past ("said on Monday"), else the nearer
 *       of the two; "last Thursday" is strictly before, "next Thursday" strictly after.</li>
 * </ul>
 */
final class RelativePhrases {

    private static final Pattern PERIOD = Pattern.compile(
            "(?<![\\p{L}])(?i:(?<rel>this|next|last|past|coming|current|previous|following|the)\\s+"
            + "(?<u>week|month|quarter|year))(?![\\p{L}\\p{N}-])");
    private static final Pattern YEAR_END = Pattern.compile(
            "(?<![\\p{L}])(?i:(?:the\\s+)?year[-\\s]end)(?![\\p{L}])");
    private static final Pattern SPAN = Pattern.compile(
            "(?<![\\p{L}])(?i:(?:the\\s+)?(?<rel>coming|next|following|past|last|previous)\\s+"
            + "(?:(?<n>\\d{1,3}|a\\s+couple\\s+of|couple\\s+of|few|several|two|three|four|five|six|seven|eight|nine"
            + "|ten|eleven|twelve)\\s+)?(?<u>days|weeks|months|quarters|years)"
            + "|within\\s+(?:the\\s+next\\s+)?(?<wn>\\d{1,3}|a|one|two|three|four|five|six|seven|eight|nine|ten"
            + "|eleven|twelve)\\s+(?<wu>days?|weeks?|months?|quarters?|years?))(?![\\p{L}])");
    private static final Pattern WEEKEND = Pattern.compile(
            "(?<![\\p{L}])(?i:(?<rel>this|next|last|past|coming)\\s+weekend)(?![\\p{L}])");
    private static final Pattern DAY = Pattern.compile(
            "(?<![\\p{L}])(?i:today|tonight|tomorrow|yesterday)(?![\\p{L}])");
    private static final Pattern WEEKDAY = Pattern.compile(
            "(?<![\\p{L}])(?:(?<rel>(?i:last|next|this|past))\\s+)?(?<wd>" + Periods.WEEKDAYS + ")(?:'s|’s)?"
            + "(?![\\p{L}])");

    private static final Set<String> PERIOD_WORDS = Set.of("this", "next", "last", "past", "coming", "current",
            "previous", "following", "the");
    private static final Set<String> SPAN_WORDS = Set.of("the", "coming", "next", "following", "past", "last",
            "previous", "within");
    private static final Set<String> DAY_WORDS = Set.of("today", "tonight", "tomorrow", "yesterday");
    private static final Set<String> WEEKDAY_WORDS = Set.of("last", "next", "this", "past", "monday", "tuesday",
            "wednesday", "thursday", "friday", "saturday", "sunday");

    private RelativePhrases() {
    }

    static List<CoreRule> rules() {
        return List.of(
                new CoreRule(PERIOD, PERIOD_WORDS, (m, s, p) -> period(m, p)),
                new CoreRule(SPAN, SPAN_WORDS, (m, s, p) -> span(m, p)),
                new CoreRule(WEEKEND, Set.of("this", "next", "last", "past", "coming"), (m, s, p) -> weekend(m, p)),
                new CoreRule(YEAR_END, Set.of("the", "year"), (m, s, p) -> new Core(m.start(), m.end(), Kind.MONTH,
                        Periods.month(p.getYear(), 12), Tense.UNKNOWN)),
                new CoreRule(DAY, DAY_WORDS, (m, s, p) -> {
                    String word = m.group().toLowerCase(Locale.ROOT);
                    int offset = word.equals("tomorrow") ? 1 : word.equals("yesterday") ? -1 : 0;
                    return new Core(m.start(), m.end(), Kind.DAY, LaunchWindow.day(p.plusDays(offset)),
                            offset < 0 ? Tense.PAST : offset > 0 ? Tense.FUTURE : Tense.UNKNOWN);
                }),
                new CoreRule(WEEKDAY, WEEKDAY_WORDS, RelativePhrases::weekday));
    }

    private static Core period(Matcher m, LocalDate p) {
        String rel = m.group("rel").toLowerCase(Locale.ROOT);
        String unit = m.group("u").toLowerCase(Locale.ROOT);
        int step = switch (rel) {
            case "next", "coming", "following" -> 1;
            case "last", "previous", "past" -> -1;
            default -> 0;
        };
        Tense implied = step > 0 ? Tense.FUTURE : step < 0 ? Tense.PAST : Tense.UNKNOWN;
        LaunchWindow window;
        if (rel.equals("past")) {
            window = Periods.span(shift(p, -1, unit), p);
        } else {
            window = switch (unit) {
                case "week" -> Periods.week(p.plusWeeks(step));
                case "month" -> Periods.month(p.plusMonths(step).getYear(), p.plusMonths(step).getMonthValue());
                case "quarter" -> {
                    LocalDate d = p.plusMonths(3L * step);
                    yield Periods.quarter(d.getYear(), (d.getMonthValue() + 2) / 3);
                }
                default -> Periods.year(p.getYear() + step);
            };
        }
        Kind kind = switch (unit) {
            case "week" -> Kind.WEEK;
            case "month" -> Kind.MONTH;
            case "quarter" -> Kind.QUARTER;
            default -> Kind.YEAR;
        };
        return new Core(m.start(), m.end(), kind, window, implied);
    }

    /** "this weekend": the Saturday and Sunday of the publication's week; "next", "last" a week on or back. */
    private static Core weekend(Matcher m, LocalDate p) {
        int step = switch (m.group("rel").toLowerCase(Locale.ROOT)) {
            case "next", "coming" -> 1;
            case "last", "past" -> -1;
            default -> 0;
        };
        LocalDate sunday = Periods.week(p.plusWeeks(step)).to();
        return new Core(m.start(), m.end(), Kind.WEEK, new LaunchWindow(sunday.minusDays(1), sunday),
                step > 0 ? Tense.FUTURE : step < 0 ? Tense.PAST : Tense.UNKNOWN);
    }

    private static Core span(Matcher m, LocalDate p) {
        boolean within = m.group("wu") != null;
        String unit = (within ? m.group("wu") : m.group("u")).toLowerCase(Locale.ROOT);
        if (unit.endsWith("s")) {
            unit = unit.substring(0, unit.length() - 1);
        }
        String n = within ? m.group("wn") : m.group("n");
        long count = n != null ? Periods.count(n) : switch (unit) {
            case "day" -> 7;
            case "week", "month" -> 6;
            case "quarter" -> 2;
            default -> 3;
        };
        boolean back = !within && switch (m.group("rel").toLowerCase(Locale.ROOT)) {
            case "past", "last", "previous" -> true;
            default -> false;
        };
        LaunchWindow window = back ? Periods.span(shift(p, -count, unit), p) : Periods.span(p, shift(p, count, unit));
        return new Core(m.start(), m.end(), Kind.SPAN, window, back ? Tense.PAST : Tense.FUTURE);
    }

    private static LocalDate shift(LocalDate p, long count, String unit) {
        return switch (unit) {
            case "day" -> p.plusDays(count);
            case "week" -> p.plusWeeks(count);
            case "month" -> p.plusMonths(count);
            case "quarter" -> p.plusMonths(3 * count);
            default -> p.plusYears(count);
        };
    }

    private static Core weekday(Matcher m, String s, LocalDate p) {
        DayOfWeek day = Periods.weekday(m.group("wd"));
        String rel = m.group("rel") == null ? "" : m.group("rel").toLowerCase(Locale.ROOT);
        LocalDate date;
        Tense implied = Tense.UNKNOWN;
        switch (rel) {
            case "last", "past" -> {
                date = p.with(TemporalAdjusters.previous(day));
                implied = Tense.PAST;
            }
            case "next" -> {
                date = p.with(TemporalAdjusters.next(day));
                implied = Tense.FUTURE;
            }
            case "this" -> date = p.with(TemporalAdjusters.nextOrSame(day));
            default -> {
                LocalDate before = p.with(TemporalAdjusters.previousOrSame(day));
                LocalDate after = p.with(TemporalAdjusters.nextOrSame(day));
                date = switch (TenseCues.near(s, m.start(), m.end())) {
                    case PAST -> before;
                    case FUTURE -> after;
                    case UNKNOWN -> p.toEpochDay() - before.toEpochDay() < after.toEpochDay() - p.toEpochDay()
                            ? before : after;
                };
            }
        }
        return new Core(m.start(), m.end(), Kind.DAY, LaunchWindow.day(date), implied);
    }
}
