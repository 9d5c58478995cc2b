package io.marketwatch.extract.time;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the time frame of an investment as written ("over the coming years", "over the next four
 * years", "through 2026", "by 2030", "over a period of at least ten years", "by the end of 2025",
 * "in the first quarter of calendar 2022", "between mid-2022 and early 2024", "within this quarter",
 * "nine to 12 months"). The leftmost phrase wins, the longest among those starting at the same place.
 */
public final class HorizonPhrases {

    private static final Set<String> COUNT_WORDS = Set.of("a", "few", "several", "one", "two", "three", "four",
            "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen", "twenty", "thirty");
    private static final String N = "(?:\\d{1,3}|a\\s+couple\\s+of|a\\s+few|few|several|one|two|three|four|five"
            + "|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty)";
    private static final String UNITS = "(?:years|months|quarters|decades|weeks)";
    private static final String YEAR = Periods.YEAR;
    private static final String POINT = "(?:(?:mid-|early\\s+|late\\s+|the\\s+end\\s+of\\s+|the\\s+middle\\s+of\\s+)?"
            + "(?:(?:" + Periods.MONTHS + ")\\s+)?" + YEAR + "|(?:early|late)\\s+next\\s+year)";

    private static final String COUNTED = "(?:\\s+(?:counted|starting|beginning)\\s+(?:from|in)\\s+" + YEAR + ")?";
    private static final String CALENDAR = "(?:(?:calendar|fiscal)\\s+(?:year\\s+)?)?";
    private static final String THIS_OR_NEXT = "|next\\s+year|this\\s+year)";

    private static final List<Rule> RULES = List.of(
            rule(Set.of("over"), "over\\s+(?:the|a)\\s+(?:coming|next|following)\\s+(?:" + N + "\\s+)?" + UNITS
                    + COUNTED),
            rule(Set.of("over"), "over\\s+a\\s+(?:period|span|term)\\s+of\\s+(?:(?:at\\s+least|up\\s+to|about|around"
                    + "|more\\s+than|some)\\s+)?" + N + "\\s+" + UNITS + COUNTED),
            rule(Set.of("over", "in", "within", "during"), "(?:over|in|within|during)\\s+the\\s+(?:next|coming)\\s+"
                    + N + "\\s+" + UNITS),
            rule(Set.of("over"), "over\\s+(?:the\\s+)?" + N + "\\s+" + UNITS + "(?:\\s+(?:to|through|until)\\s+"
                    + YEAR + ")?"),
            rule(Set.of("within"), "within\\s+(?:(?:this|the\\s+current|the\\s+next|next|the)\\s+"
                    + "(?:quarter|year|month|" + N + "\\s+" + UNITS + ")|" + N + "\\s+" + UNITS + ")"),
            rule(COUNT_WORDS, N + "\\s+(?:to|-|–)\\s+" + N + "\\s+" + UNITS),
            rule(Set.of("between"), "between\\s+" + POINT + "\\s+and\\s+" + POINT),
            rule(Set.of("from", "in"), "(?:from|in)\\s+" + YEAR + "\\s+(?:to|through|until)\\s+" + YEAR),
            rule(Set.of("by", "through", "until", "till", "before", "no"), "(?:by|through|until|till|before"
                    + "|no\\s+later\\s+than)\\s+(?:the\\s+(?:end|middle|start)\\s+of\\s+)?" + CALENDAR + "(?:" + YEAR
                    + "|this\\s+year|next\\s+year|the\\s+year|the\\s+decade|the\\s+(?:first|second|third|fourth)\\s+"
                    + "quarter(?:\\s+of\\s+" + CALENDAR + YEAR + ")?)"),
            rule(Set.of("in", "during", "for", "by"), "(?:in|during|for|by)\\s+the\\s+(?:(?:first|second|third|fourth)"
                    + "\\s+quarter|(?:first|second)\\s+half)\\s+of\\s+" + CALENDAR + "(?:" + YEAR + THIS_OR_NEXT),
            rule(Set.of("in", "by", "for"), "(?:in|by|for)\\s+(?:the\\s+)?(?:middle|end)\\s+of\\s+(?:" + YEAR
                    + THIS_OR_NEXT));

    /** Every horizon names a year or a unit of time. */
    private static final WordTable<Boolean> KEYS = WordTable.of(Set.of("years", "months", "quarters", "decades",
            "weeks", "year", "quarter", "half", "decade"));
    /** The rule bits of every word that starts a rule (numbers start the counting rule). */
    private static final WordTable<Long> STARTS = starts();
    private static final long COUNTING = bits(first -> first == COUNT_WORDS);

    /** A horizon pattern, tried from the words that may start it. */
    private record Rule(Set<String> first, Pattern pattern) {
    }

    private HorizonPhrases() {
    }

    /** @return the horizon phrase of {@code sentence} as written, or empty */
    public static Optional<String> find(String sentence) {
        Words words = Words.of(sentence);
        if (!hasKey(words)) {
            return Optional.empty();
        }
        Matcher[] matchers = new Matcher[RULES.size()];
        for (int w = 0; w < words.size(); w++) {
            Long known = words.in(STARTS, w);
            long bits = known != null ? known : Character.isDigit(words.first(w)) ? COUNTING : 0L;
            int end = -1;
            while (bits != 0) {
                int r = Long.numberOfTrailingZeros(bits);
                bits &= bits - 1;
                if (matchers[r] == null) {
                    matchers[r] = RULES.get(r).pattern().matcher(sentence);
                    matchers[r].useTransparentBounds(true);
                }
                Matcher m = matchers[r].region(words.start(w), sentence.length());
                if (m.lookingAt()) {
                    end = Math.max(end, m.end());
                }
            }
            if (end > 0) {
                return Optional.of(sentence.substring(words.start(w), end));
            }
        }
        return Optional.empty();
    }

    private static boolean hasKey(Words words) {
        for (int w = 0; w < words.size(); w++) {
            if (Character.isDigit(words.first(w)) || words.in(KEYS, w) != null) {
                return true;
            }
        }
        return false;
    }

    private static WordTable<Long> starts() {
        Map<String, Long> starts = new HashMap<>();
        for (Rule rule : RULES) {
            for (String word : rule.first()) {
                starts.put(word, bits(set -> set.contains(word)));
            }
        }
        return new WordTable<>(starts);
    }

    /** @return the bits of the rules whose first words pass {@code test} */
    private static long bits(Predicate<Set<String>> test) {
        long bits = 0;
        for (int r = 0; r < RULES.size(); r++) {
            if (test.test(RULES.get(r).first())) {
                bits |= 1L << r;
            }
        }
        return bits;
    }

    /** @return a rule tried from the words in {@code first} */
    private static Rule rule(Set<String> first, String regex) {
        return new Rule(first, Pattern.compile("(?i)(?<![\\p{L}\\p{N}])" + regex));
    }
}
