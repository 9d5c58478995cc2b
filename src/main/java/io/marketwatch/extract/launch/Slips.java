package io.marketwatch.extract.launch;

import io.marketwatch.extract.phrase.ParsedSentence;
import io.marketwatch.extract.time.CalendarWords;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A sentence that gives a launch's date as later than the one planned: "will go on sale on Dec. 26,
 * about two months later than the company first intended", "would be released on Feb. 14 rather than
 * on Nov. 15 as planned", "would arrive this summer after being pushed back from March", "had planned to
 * open its network in January but now expects to launch it in June", "will put the car on sale in October
 * instead of in March". The date it gives is a delay's new date.
 */
final class Slips {

    private Slips() {
    }

    /** Whether the words after the trigger at {@code from} say that its date is later than the plan. */
    static boolean after(ParsedSentence s, int from) {
        int n = s.tokens().size();
        for (int k = from; k < n; k++) {
            String w = s.lower(k);
            if ((w.equals("later") || w.equals("rather")) && s.lower(k + 1).equals("than") && planWithin(s, k + 2)) {
                return true;
            }
            if (BACK_VERBS.contains(w) && s.lower(k + 1).equals("back") && s.lower(k + 2).equals("from")) {
                return true;
            }
            if (w.equals("instead") && s.lower(k + 1).equals("of") && dateWithin(s, k + 2)) {
                return true;
            }
        }
        return false;
    }

    /** A month or a year opening the words at {@code from}: "instead of in March", "instead of 2025". */
    private static boolean dateWithin(ParsedSentence s, int from) {
        for (int k = from; k < Math.min(s.tokens().size(), from + DATE_REACH); k++) {
            if (CalendarWords.MONTHS.contains(s.lower(k)) || YEAR.matcher(s.lower(k)).matches()) {
                return true;
            }
        }
        return false;
    }

    private static final int DATE_REACH = 3;
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");

    /** "had planned to open … in January but now expects to": a plan given up before the trigger at {@code from}. */
    static boolean before(ParsedSentence s, int from) {
        boolean now = false;
        for (int k = from - 1; k > 0; k--) {
            String w = s.lower(k);
            now |= w.equals("now");
            if (now && s.lower(k - 1).equals("had") && FORMER_PLANS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** A word of the original plan within a few words: "later than planned", "than the June start it had pointed to". */
    private static boolean planWithin(ParsedSentence s, int from) {
        for (int k = from; k < Math.min(s.tokens().size(), from + PLAN_REACH); k++) {
            if (PLAN_WORDS.contains(s.lower(k))) {
                return true;
            }
            if (s.lower(k).equals(";")) {
                return false;
            }
        }
        return false;
    }

    private static final int PLAN_REACH = 9;
    private static final Set<String> PLAN_WORDS = Set.of(
            "planned", "intended", "scheduled", "promised", "originally", "initially", "first", "expected", "targeted",
            "hoped", "pointed", "announced", "envisaged", "set");
    private static final Set<String> BACK_VERBS = Set.of("pushed", "put", "moved", "set", "held");
    private static final Set<String> FORMER_PLANS = Set.of("meant", "planned", "intended", "hoped", "aimed", "promised");
}
