package io.marketwatch.extract.time;

import io.marketwatch.extract.LaunchWindow;
import io.marketwatch.extract.text.Texts;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words in front of a date core: a preposition and a modifier ("by the end of", "later in",
 * "in late", "between mid-"), and what they do to its window (P = publication date).
 * <ul>
 *   <li>"early" (year: Jan–Mar; month: 1st–10th), "mid"/"the middle of" (year: Apr–Sep; month:
 *       11th–20th), "late" (year: Oct–Dec; month: 20th–end), "the start/beginning of" (year: January;
 *       month: 1st–10th), "the end of" (year: December; month: 20th–end); for a quarter, half or
 *       season they pick its first, middle or last month;</li>
 *   <li>"by", "until", "through", "no later than", "within": P..end (or ..end when P is after it);</li>
 *   <li>"before", "in time for": P..the day before it starts ("before the end of": P..end);</li>
 *   <li>"after": from the day after it ends, open end; "since": from its start up to P;</li>
 *   <li>"later in"/"later": from P (when inside) to its end; "earlier in"/"earlier": from its start up
 *       to P (when inside);</li>
 *   <li>"in", "on", "during", "as early as", "from", "to", "between" … keep the window.</li>
 * </ul>
 */
final class Leads {

    private static final Pattern LEAD = Pattern.compile(
            "(?i)(?<![\\p{L}])(?:(?<prep>as\\s+early\\s+as|as\\s+soon\\s+as|as\\s+late\\s+as|as\\s+of"
            + "|no\\s+later\\s+than"
            + "|not\\s+before|not\\s+until|in\\s+time\\s+for|ahead\\s+of|later\\s+in|earlier\\s+in|sometime\\s+in"
            + "|some\\s+time\\s+in|starting\\s+in|beginning\\s+in|up\\s+to|later|earlier|by|before|after|until|till"
            + "|through|throughout|since|from|in|on|during|within|for|over|around|at|to|starting|beginning|between"
            + "|of|into)\\s+)?"
            + "(?:the\\s+)?(?:(?<mod>end\\s+of|start\\s+of|beginning\\s+of|middle\\s+of|turn\\s+of|close\\s+of"
            + "|early\\s+in|late\\s+in|early|late|mid)(?:\\s+(?:the\\s+)?|\\s*-\\s*))?$");

    private static final Set<String> UP_TO = Set.of("by", "until", "till", "through", "no later than", "within",
            "not until", "up to");
    private static final Set<String> BEFORE = Set.of("before", "in time for", "ahead of");
    static final Set<String> FUTURE_PREPS = Set.of("by", "until", "till", "through", "no later than", "within",
            "before", "in time for", "ahead of", "after", "later", "later in", "as early as", "as soon as",
            "not before", "not until", "up to");
    static final Set<String> PAST_PREPS = Set.of("since", "earlier", "earlier in");

    /** A lead as read: where it starts, its words in lower case (or null). */
    record Lead(int start, String prep, String mod) {
    }

    private Leads() {
    }

    /** @return the lead just before {@code core}, not reaching before {@code floor} */
    static Lead read(String s, Words words, Core core, int floor) {
        Matcher m = LEAD.matcher(s);
        m.useTransparentBounds(true);
        for (int w = words.firstAtOrAfter(Math.max(floor, core.start() - 40)); w < words.size()
                && words.start(w) < core.start(); w++) {
            if (m.region(words.start(w), core.start()).lookingAt()
                    && (m.group("prep") != null || m.group("mod") != null)) {
                return new Lead(m.start(), normalize(m.group("prep")), normalize(m.group("mod")));
            }
        }
        return new Lead(core.start(), null, null);
    }

    /** @return the core's window narrowed by the modifier and bounded by the preposition */
    static LaunchWindow apply(Lead lead, Core core, LocalDate published) {
        LaunchWindow w = lead.mod() == null ? core.window() : narrow(lead.mod(), core);
        String prep = lead.prep();
        if (prep == null) {
            return w;
        }
        LocalDate p = published;
        boolean beforeTheEnd = BEFORE.contains(prep) && ("end of".equals(lead.mod()) || "close of".equals(lead.mod()));
        if (UP_TO.contains(prep) || beforeTheEnd) {
            // "before the end of the year" reaches to its last day, as "by the end of the year" does
            return new LaunchWindow(w.to() == null || !p.isAfter(w.to()) ? p : null, w.to());
        }
        if (BEFORE.contains(prep)) {
            LocalDate to = w.from() == null ? null : w.from().minusDays(1);
            return new LaunchWindow(to == null || !p.isAfter(to) ? p : null, to);
        }
        switch (prep) {
            case "after" -> {
                return w.to() == null ? w : new LaunchWindow(w.to().plusDays(1), null);
            }
            case "since" -> {
                return w.from() != null && !p.isBefore(w.from()) ? new LaunchWindow(w.from(), p) : w;
            }
            case "later", "later in" -> {
                return inside(p, w) ? new LaunchWindow(p, w.to()) : w;
            }
            case "earlier", "earlier in" -> {
                return inside(p, w) ? new LaunchWindow(w.from(), p) : w;
            }
            default -> {
                return w;
            }
        }
    }

    private static LaunchWindow narrow(String mod, Core core) {
        LaunchWindow w = core.window();
        if (w.from() == null || w.to() == null) {
            return w;
        }
        int part = switch (mod) {
            case "early", "early in", "start of", "beginning of", "turn of" -> 0;
            case "mid", "middle of" -> 1;
            default -> 2;
        };
        LocalDate from = w.from();
        switch (core.kind()) {
            case YEAR -> {
                int year = from.getYear();
                return switch (mod) {
                    case "start of", "beginning of", "turn of" -> Periods.month(year, 1);
                    case "end of", "close of" -> Periods.month(year, 12);
                    default -> part == 0 ? Periods.months(year, 1, 3)
                            : part == 1 ? Periods.months(year, 4, 9) : Periods.months(year, 10, 12);
                };
            }
            case MONTH -> {
                if (!from.withDayOfMonth(1).equals(from) || !YearMonth.from(from).equals(YearMonth.from(w.to()))) {
                    return w;
                }
                LocalDate end = YearMonth.from(from).atEndOfMonth();
                return switch (part) {
                    case 0 -> new LaunchWindow(from, from.withDayOfMonth(10));
                    case 1 -> new LaunchWindow(from.withDayOfMonth(11), from.withDayOfMonth(20));
                    default -> new LaunchWindow(from.withDayOfMonth(20), end);
                };
            }
            case QUARTER, HALF, SEASON -> {
                YearMonth first = YearMonth.from(from);
                YearMonth last = YearMonth.from(w.to());
                long months = first.until(last, ChronoUnit.MONTHS);
                YearMonth pick = part == 0 ? first : part == 2 ? last : first.plusMonths(months / 2);
                return new LaunchWindow(pick.atDay(1), pick.atEndOfMonth());
            }
            default -> {
                return w;
            }
        }
    }

    private static boolean inside(LocalDate p, LaunchWindow w) {
        return w.from() != null && w.to() != null && !p.isBefore(w.from()) && !p.isAfter(w.to());
    }

    private static String normalize(String words) {
        return words == null ? null : Texts.key(words);
    }
}
