package io.marketwatch.extract.time;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the time frame of an investment as written ("over the coming years", "over the next four
 * years", "through 2026", "by 2030", "over a period of at least ten years", "by the end of 2025",
 * "in the first quarter of calendar 2022", "between mid-2022 and early 2024", "within this quarter",
 * "nine to 12 months"). The leftmost phrase wins, the longest among those starting at the same place.
 */
public final class HorizonPhrases {

    private static final String N = "(?:\\d{1,3}|a\\s+couple\\s+of|a\\s+few|few|several|one|two|three|four|five"
            + "|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty)";
    private static final String UNITS = "(?:years|months|quarters|decades|weeks)";
    private static final String YEAR = Periods.YEAR;
    private static final String POINT = "(?:(?:mid-|early\\s+|late\\s+|the\\s+end\\s+of\\s+|the\\s+middle\\s+of\\s+)?"
            + "(?:(?:" + Periods.MONTHS + ")\\s+)?" + YEAR + "|(?:early|late)\\s+next\\s+year)";

    private static final List<Pattern> PATTERNS = List.of(
            Pattern.compile("(?i)\\bover\\s+(?:the|a)\\s+(?:coming|next|following)\\s+(?:" + N + "\\s+)?" + UNITS
                    + "(?:\\s+(?:counted|starting|beginning)\\s+(?:from|in)\\s+" + YEAR + ")?"),
            Pattern.compile("(?i)\\bover\\s+a\\s+(?:period|span|term)\\s+of\\s+(?:(?:at\\s+least|up\\s+to|about"
                    + "|around|more\\s+than|some)\\s+)?" + N + "\\s+" + UNITS
                    + "(?:\\s+(?:counted|starting|beginning)\\s+(?:from|in)\\s+" + YEAR + ")?"),
            Pattern.compile("(?i)\\b(?:over|in|within|during)\\s+the\\s+(?:next|coming)\\s+" + N + "\\s+" + UNITS),
            Pattern.compile("(?i)\\bover\\s+(?:the\\s+)?" + N + "\\s+" + UNITS
                    + "(?:\\s+(?:to|through|until)\\s+" + YEAR + ")?"),
            Pattern.compile("(?i)\\bwithin\\s+(?:this|the\\s+current|the\\s+next|next|the)\\s+"
                    + "(?:quarter|year|month|" + N + "\\s+" + UNITS + ")"),
            Pattern.compile("(?i)\\bwithin\\s+" + N + "\\s+" + UNITS),
            Pattern.compile("(?i)(?<![\\p{L}\\p{N}])" + N + "\\s+(?:to|-|–)\\s+" + N + "\\s+" + UNITS),
            Pattern.compile("(?i)\\bbetween\\s+" + POINT + "\\s+and\\s+" + POINT),
            Pattern.compile("(?i)\\b(?:from|in)\\s+" + YEAR + "\\s+(?:to|through|until)\\s+" + YEAR),
            Pattern.compile("(?i)\\b(?:by|through|until|till|before|no\\s+later\\s+than)\\s+(?:the\\s+(?:end|middle"
                    + "|start)\\s+of\\s+)?(?:(?:fiscal|calendar)\\s+(?:year\\s+)?)?(?:" + YEAR
                    + "|this\\s+year|next\\s+year|the\\s+year|the\\s+decade|the\\s+(?:first|second|third|fourth)\\s+"
                    + "quarter(?:\\s+of\\s+(?:calendar\\s+|fiscal\\s+)?" + YEAR + ")?)"),
            Pattern.compile("(?i)\\b(?:in|during|for)\\s+the\\s+(?:first|second|third|fourth)\\s+quarter\\s+of\\s+"
                    + "(?:(?:calendar|fiscal)\\s+(?:year\\s+)?)?(?:" + YEAR + "|next\\s+year|this\\s+year)"),
            Pattern.compile("(?i)\\b(?:in|during|for|by)\\s+the\\s+(?:first|second)\\s+half\\s+of\\s+(?:(?:calendar"
                    + "|fiscal)\\s+(?:year\\s+)?)?(?:" + YEAR + "|next\\s+year|this\\s+year)"),
            Pattern.compile("(?i)\\b(?:in|by|for)\\s+(?:the\\s+)?(?:middle|end)\\s+of\\s+(?:" + YEAR
                    + "|next\\s+year|this\\s+year)"));

    private HorizonPhrases() {
    }

    /** @return the horizon phrase of {@code sentence} as written, or empty */
    public static Optional<String> find(String sentence) {
        int bestStart = Integer.MAX_VALUE;
        int bestEnd = -1;
        for (Pattern pattern : PATTERNS) {
            Matcher m = pattern.matcher(sentence);
            if (m.find() && (m.start() < bestStart || m.start() == bestStart && m.end() > bestEnd)) {
                bestStart = m.start();
                bestEnd = m.end();
            }
        }
        return bestEnd < 0 ? Optional.empty() : Optional.of(sentence.substring(bestStart, bestEnd));
    }
}
