package io.marketwatch.extract.time;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One kind of date core: the pattern read at a word that may start it, and how to resolve a match.
 *
 * @param pattern  matched with {@code lookingAt} from the start of a triggering word
 * @param words    the words (in lower case) that may start the phrase
 * @param trigger  which words may start it: {@code words}, plus numbers or short forms ("q3") the
 *                 rule accepts
 * @param resolver turns a match into a core, or null when the match is not a date after all
 */
record CoreRule(Pattern pattern, Set<String> words, Predicate<String> trigger, Resolver resolver) {

    /** A rule started only by {@code words}. */
    CoreRule(Pattern pattern, Set<String> words, Resolver resolver) {
        this(pattern, words, words::contains, resolver);
    }

    /** @return the union of {@code sets} */
    @SafeVarargs
    static Set<String> union(Set<String>... sets) {
        Set<String> all = new HashSet<>();
        for (Set<String> set : sets) {
            all.addAll(set);
        }
        return Set.copyOf(all);
    }

    @FunctionalInterface
    interface Resolver {
        Core resolve(Matcher match, String sentence, LocalDate published);
    }
}
