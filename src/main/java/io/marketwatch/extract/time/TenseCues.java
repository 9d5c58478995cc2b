package io.marketwatch.extract.time;

import java.util.Locale;
import java.util.Set;

/**
 * Reads the tense of the words around a date phrase, lexically: the nearest cue word before the
 * phrase in the sentence, else the nearest after it in the same clause (up to a comma or a stop).
 *
 * <p>FUTURE cues: modals and plans ("will", "would", "expected", "scheduled", "due", "plans", "aims",
 * "set", "next", "coming", "later", "upcoming" …). PAST cues: "was", "were", "had", "ago", "last",
 * "earlier", "since", common past-tense verbs ("said", "launched", "bought" …) and any other word in
 * "-ed". A past form right after a modal or "to" is FUTURE ("will put"); a participle after
 * "be"/"is"/"are" is passive and does not count ("will be unveiled" is FUTURE); after "been" it is PAST.
 * A plan word after "was", "were", "had" or "been" is a past plan: PAST ("had been due to go on sale").
 * A verb of arrival or start in the present is FUTURE: a schedule ("said the phone goes on sale in
 * September").
 */
final class TenseCues {

    private static final Set<String> FUTURE = Set.of(
            "will", "won't", "shall", "would", "expected", "expects", "expect", "expecting", "plans", "plan",
            "planned", "planning", "scheduled", "schedule", "due", "set", "aims", "aim", "aiming", "intends",
            "intend", "upcoming", "coming", "next", "later", "slated", "targeted", "targets", "target",
            "forecast", "promised", "promises", "hopes", "hope", "going", "until", "till", "soon", "pending",
            "anticipated", "proposed", "tomorrow", "sets", "schedules", "slates", "eyes");

    /**
     * Verbs of arrival and start in the present: a date after them is a schedule, even in reported
     * speech ("said the phone goes on sale in September", "the plant opens in March"), and so after
     * their plural forms ("the phones reach stores on January 31", "the stores open on May 3"), but for
     * those also read as past tenses or nouns ("hit", "debut", "launch").
     */
    private static final Set<String> SCHEDULED_PRESENT = Set.of(
            "goes", "go", "arrives", "arrive", "launches", "starts", "start", "begins", "begin", "opens", "open",
            "ships", "ship", "hits", "debuts", "lands", "land", "reaches", "reach", "comes", "come", "rolls", "roll",
            "premieres", "kicks", "kick");

    private static final Set<String> PAST = Set.of(
            "was", "were", "had", "did", "ago", "last", "earlier", "since", "previously", "already", "said",
            "told", "began", "took", "made", "held", "sold", "went", "came", "paid", "spent", "bought", "won",
            "lost", "fell", "rose", "left", "kept", "met", "struck", "showed", "gave", "got", "ran", "saw",
            "wrote", "became", "yesterday", "built", "brought", "drew", "grew", "led");

    /** Words in -ed that are adjectives or plans rather than past events. */
    private static final Set<String> NOT_PAST = Set.of(
            "based", "owned", "listed", "called", "named", "related", "used", "red", "bed", "need", "speed",
            "seed", "feed", "indeed", "united", "limited", "expected", "scheduled", "planned", "slated",
            "targeted", "promised", "anticipated", "proposed", "advanced", "detailed", "dedicated",
            "integrated", "interested", "concerned", "unrelated", "unnamed", "reworked", "revamped", "redesigned",
            "updated", "improved", "refreshed", "upgraded", "rugged", "connected", "automated", "licensed");

    /** Before a participle: a passive, whose tense the words before decide ("will be unveiled"). */
    /** Plans that, after a past auxiliary, were plans in the past ("had been due", "was expected"). */
    private static final Set<String> PLAN = Set.of("due", "expected", "scheduled", "set", "planned", "slated",
            "targeted");
    private static final Set<String> PAST_AUXILIARY = Set.of("was", "were", "been", "had");

    private static final Set<String> BE = Set.of("be", "being", "is", "are", "am");
    /** Before a verb form: it is a plan, not a past event ("will put", "to launch"). */
    private static final Set<String> MODAL = Set.of("will", "would", "shall", "to", "can", "could", "may",
            "might", "should", "must");

    private TenseCues() {
    }

    /** @return the tense the words around {@code [start, end)} of {@code sentence} suggest */
    static Tense near(String sentence, int start, int end) {
        Tense before = backward(sentence, start);
        return before != Tense.UNKNOWN ? before : forward(sentence, end);
    }

    private static Tense backward(String s, int from) {
        int i = from;
        while (i > 0) {
            int e = i;
            while (e > 0 && !isWordChar(s.charAt(e - 1))) {
                e--;
                if (s.charAt(e) == ';') {
                    return Tense.UNKNOWN;
                }
            }
            int b = e;
            while (b > 0 && isWordChar(s.charAt(b - 1))) {
                b--;
            }
            if (b == e) {
                return Tense.UNKNOWN;
            }
            String word = s.substring(b, e).toLowerCase(Locale.ROOT);
            Tense t = tense(word);
            if (SCHEDULED_PRESENT.contains(word) && !isFinite(previousWord(s, b))) {
                // "had been due to go on sale", "did not go": the words before tell the tense
                t = Tense.UNKNOWN;
            }
            if (t == Tense.FUTURE && PLAN.contains(word) && PAST_AUXILIARY.contains(previousWord(s, b))) {
                return Tense.PAST;
            }
            if (t == Tense.PAST) {
                String previous = previousWord(s, b);
                if (MODAL.contains(previous)) {
                    return Tense.FUTURE;
                }
                if (BE.contains(previous) && isParticiple(word)) {
                    t = Tense.UNKNOWN;
                }
            }
            if (t != Tense.UNKNOWN) {
                return t;
            }
            if (word.equals("been")) {
                return Tense.PAST;
            }
            i = b;
        }
        return Tense.UNKNOWN;
    }

    private static Tense forward(String s, int from) {
        int i = from;
        int words = 0;
        while (i < s.length() && words < 8) {
            char c = s.charAt(i);
            if (c == ',' || c == ';' || c == '.' || c == ':' || c == '(' || c == '—') {
                return Tense.UNKNOWN;
            }
            if (!isWordChar(c)) {
                i++;
                continue;
            }
            int e = i;
            while (e < s.length() && isWordChar(s.charAt(e))) {
                e++;
            }
            Tense t = tense(s.substring(i, e).toLowerCase(Locale.ROOT));
            if (t != Tense.UNKNOWN) {
                return t;
            }
            words++;
            i = e;
        }
        return Tense.UNKNOWN;
    }

    private static Tense tense(String word) {
        if (FUTURE.contains(word) || SCHEDULED_PRESENT.contains(word) || word.endsWith("'ll") || word.endsWith("’ll")) {
            return Tense.FUTURE;
        }
        if (PAST.contains(word) || isParticiple(word)) {
            return Tense.PAST;
        }
        return Tense.UNKNOWN;
    }

    /**
     * Whether a verb after this word is finite (not after "to", a modal, "did", "not" or a negated
     * contraction: "didn't", whose apostrophe keeps it one word here).
     */
    private static boolean isFinite(String previous) {
        return !MODAL.contains(previous) && !previous.equals("did") && !previous.equals("does")
                && !previous.equals("do") && !previous.equals("not") && !previous.endsWith("n't")
                && !previous.endsWith("n’t");
    }

    private static boolean isParticiple(String word) {
        return word.length() > 4 && word.endsWith("ed") && !NOT_PAST.contains(word);
    }

    private static String previousWord(String s, int before) {
        int e = before;
        while (e > 0 && !isWordChar(s.charAt(e - 1))) {
            e--;
        }
        int b = e;
        while (b > 0 && isWordChar(s.charAt(b - 1))) {
            b--;
        }
        return s.substring(b, e).toLowerCase(Locale.ROOT);
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '\'' || c == '’';
    }
}
