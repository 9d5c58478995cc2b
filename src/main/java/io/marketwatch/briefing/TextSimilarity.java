package io.marketwatch.briefing;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When two pieces of text say the same thing: the share of the shorter one's content words (and
 * numbers) that the other one also has. A sentence and its restatement by another outlet, or a
 * headline and the lead that repeats it, share most of their content words whatever the order.
 */
public final class TextSimilarity {

    /** At or above this share of the shorter text's content words, two texts say the same thing. */
    public static final double SAME = 0.7;
    /** Texts with fewer content words than this are the same only when their content words are. */
    private static final int FEWEST_WORDS = 4;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}.,]*[\\p{L}\\p{N}]|[\\p{L}\\p{N}]",
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final Set<String> FUNCTION_WORDS = Set.of(
            "the", "a", "an", "and", "or", "of", "to", "in", "on", "for", "by", "with", "at", "from", "as", "its", "it",
            "is", "was", "are", "were", "be", "been", "has", "have", "had", "will", "would", "that", "this", "which",
            "said", "says", "into", "than", "their", "his", "her", "about", "after", "also", "but", "not");

    private TextSimilarity() {
    }

    public static boolean same(String a, String b) {
        return overlap(a, b) >= SAME;
    }

    /** Shared content words over the content words of the shorter text; 0 when either has none. */
    public static double overlap(String a, String b) {
        Set<String> left = contentWords(a);
        Set<String> right = contentWords(b);
        if (left.isEmpty() || right.isEmpty()) {
            return 0;
        }
        Set<String> smaller = left.size() <= right.size() ? left : right;
        Set<String> larger = smaller == left ? right : left;
        if (smaller.size() < FEWEST_WORDS) {
            return left.equals(right) ? 1 : 0;
        }
        long shared = smaller.stream().filter(larger::contains).count();
        return (double) shared / smaller.size();
    }

    private static Set<String> contentWords(String text) {
        Set<String> words = new HashSet<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            String w = m.group();
            if (!FUNCTION_WORDS.contains(w)) {
                words.add(w);
            }
        }
        return words;
    }
}
