package io.marketwatch.extract.time;

import io.marketwatch.extract.LaunchWindow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds every date phrase of a sentence and resolves it against the publication date.
 *
 * <p>Three tables of {@link CoreRule}s find the cores ({@link MonthPhrases}: days and months;
 * {@link PeriodPhrases}: quarters, halves, seasons, years; {@link RelativePhrases}: this/next/last,
 * the coming weeks, weekdays), each pattern tried only at the words that may start it; where cores
 * overlap the earliest, then the longest wins. {@link Leads} then reads the preposition and
 * modifier in front ("later in", "by the end of", "in late", "mid-") into the phrase and its window.
 * "between X and Y" becomes one phrase from the start of X to the end of Y.
 *
 * <p>Tense: PAST when the window ends before the publication date, FUTURE when it starts after it;
 * otherwise FUTURE after "by", "before", "later", "as early as", "within", "next", "coming" …, PAST
 * after "since", "earlier", "last", "past", else the tense of the words around ({@link TenseCues}),
 * else UNKNOWN.
 *
 * <p>Examples for a 2025-04-01 article: "later in April" 04-01..04-30; "as early as this month"
 * 04-01..04-30; "before May" 04-01..04-30; "in late January" 01-20..01-31 (PAST); "at the start of
 * the year" 01-01..01-31; "by the end of this year" 04-01..12-31; "in the coming weeks"
 * 04-01..05-13; "early 2026" 2026-01-01..03-31. English words only.
 */
public final class DatePhrases {

    private static final List<CoreRule> RULES = rules();
    /** How many words before a key word a phrase may start ("within the next four years"). */
    private static final int REACH = 4;
    /** Words a date phrase cannot do without (besides numbers and short forms). */
    private static final WordTable<Boolean> KEYS = WordTable.of(Set.of(
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
            "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "summer",
            "spring", "autumn", "fall", "winter", "week", "weekend", "month", "quarter", "year", "days", "weeks", "months",
            "quarters", "years", "today", "tonight", "tomorrow", "yesterday", "holiday", "holidays", "christmas",
            "half"));
    /** The rule bits of every word that starts a rule, except numbers and short forms ("q3", "fy24"). */
    private static final WordTable<Long> VOCABULARY = new WordTable<>(vocabulary());
    private static final Pattern AND = Pattern.compile("\\s+and\\s+");
    private static final Comparator<Core> ORDER = Comparator.comparingInt(Core::start)
            .thenComparing(Comparator.comparingInt(Core::length).reversed());

    private DatePhrases() {
    }

    /** @return the date phrases of {@code sentence} in order, resolved against {@code published} */
    public static List<DateMention> find(String sentence, LocalDate published) {
        Words words = Words.of(sentence);
        List<Core> cores = cores(sentence, words, published);
        if (cores.isEmpty()) {
            return List.of();
        }
        cores.sort(ORDER);
        List<DateMention> out = new ArrayList<>();
        int floor = 0;
        Leads.Lead previousLead = null;
        for (Core core : cores) {
            if (core.start() < floor) {
                continue;
            }
            Leads.Lead lead = Leads.read(sentence, words, core, floor);
            LaunchWindow window = Leads.apply(lead, core, published);
            DateMention previous = out.isEmpty() ? null : out.get(out.size() - 1);
            if (previous != null && previousLead != null && "between".equals(previousLead.prep())
                    && AND.matcher(sentence).region(previous.end(), lead.start()).matches()
                    && ordered(previous.window().from(), window.to())) {
                LaunchWindow joined = new LaunchWindow(previous.window().from(), window.to());
                out.set(out.size() - 1, mention(sentence, previous.start(), core.end(), joined, lead, core,
                        published));
                previousLead = null;
            } else {
                out.add(mention(sentence, lead.start(), core.end(), window, lead, core, published));
                previousLead = lead;
            }
            floor = core.end();
        }
        return out;
    }

    private static boolean ordered(LocalDate from, LocalDate to) {
        return from == null || to == null || !to.isBefore(from);
    }

    /**
     * Runs the rules only near key words (digits, months, weekdays, seasons, units, holidays): from
     * each word up to {@link #REACH} words before a key word that may start a rule.
     */
    private static List<Core> cores(String sentence, Words words, LocalDate published) {
        List<Core> cores = new ArrayList<>();
        Matcher[] matchers = null;
        long[] tried = null;
        int n = sentence.length();
        for (int k = 0; k < words.size(); k++) {
            if (!isKey(words, k)) {
                continue;
            }
            if (matchers == null) {
                matchers = new Matcher[RULES.size()];
                tried = new long[words.size()];
            }
            for (int w = Math.max(0, k - REACH); w <= k; w++) {
                long untried = triggers(words, w) & ~tried[w];
                tried[w] |= untried;
                while (untried != 0) {
                    int r = Long.numberOfTrailingZeros(untried);
                    untried &= untried - 1;
                    if (matchers[r] == null) {
                        matchers[r] = RULES.get(r).pattern().matcher(sentence);
                        matchers[r].useTransparentBounds(true);
                    }
                    Matcher m = matchers[r].region(words.start(w), n);
                    if (m.lookingAt()) {
                        Core core = RULES.get(r).resolver().resolve(m, sentence, published);
                        if (core != null) {
                            cores.add(core);
                        }
                    }
                }
            }
        }
        return cores;
    }

    /** @return the bits of the rules that may start at {@code word} */
    private static long triggers(Words words, int w) {
        Long known = words.in(VOCABULARY, w);
        if (known != null) {
            return known;
        }
        return Character.isDigit(words.first(w)) || isShortForm(words, w) ? mask(words.lower(w)) : 0L;
    }

    private static long mask(String word) {
        long mask = 0;
        for (int r = 0; r < RULES.size(); r++) {
            if (RULES.get(r).trigger().test(word)) {
                mask |= 1L << r;
            }
        }
        return mask;
    }

    private static boolean isKey(Words words, int w) {
        return Character.isDigit(words.first(w)) || words.in(KEYS, w) != null || isShortForm(words, w);
    }

    /** @return whether word {@code w} is a short form with digits: "Q3", "H1", "3Q26", "FY24" */
    private static boolean isShortForm(Words words, int w) {
        int length = words.end(w) - words.start(w);
        char first = Character.toLowerCase(words.first(w));
        if (length < 2 || length > 6 || first != 'q' && first != 'h' && first != 'f' || words.before(w) == '-') {
            // "AR-H2" is a name, not the second half
            return false;
        }
        String word = words.lower(w);
        return Character.isDigit(word.charAt(length - 1)) && (first != 'f' || word.startsWith("fy"));
    }

    private static Map<String, Long> vocabulary() {
        Map<String, Long> vocabulary = new HashMap<>();
        for (CoreRule rule : RULES) {
            for (String word : rule.words()) {
                vocabulary.put(word, mask(word));
            }
        }
        return Map.copyOf(vocabulary);
    }

    private static List<CoreRule> rules() {
        List<CoreRule> rules = new ArrayList<>(MonthPhrases.rules());
        rules.addAll(PeriodPhrases.rules());
        rules.addAll(RelativePhrases.rules());
        if (rules.size() > Long.SIZE) {
            throw new IllegalStateException("at most 64 rules fit the tried-rules bit set");
        }
        return List.copyOf(rules);
    }

    private static DateMention mention(String s, int start, int end, LaunchWindow window, Leads.Lead lead,
                                       Core core, LocalDate published) {
        return new DateMention(s.substring(start, end), start, end, window,
                tense(s, window, lead, core, published));
    }

    private static Tense tense(String s, LaunchWindow window, Leads.Lead lead, Core core, LocalDate published) {
        if (window.to() != null && window.to().isBefore(published)) {
            return Tense.PAST;
        }
        if (window.from() != null && window.from().isAfter(published)) {
            return Tense.FUTURE;
        }
        if (lead.prep() != null && Leads.FUTURE_PREPS.contains(lead.prep())) {
            return Tense.FUTURE;
        }
        if (lead.prep() != null && Leads.PAST_PREPS.contains(lead.prep())) {
            return Tense.PAST;
        }
        if (core.implied() != Tense.UNKNOWN) {
            return core.implied();
        }
        return TenseCues.near(s, lead.start(), core.end());
    }
}
