package io.marketwatch.extract.time;

import java.util.Arrays;
import java.util.Locale;

/**
 * The words of a sentence (runs of letters and digits) with their offsets, so that anchored patterns
 * run only where a word can start a phrase instead of at every character.
 */
final class Words {

    private final String text;
    private int[] starts = new int[32];
    private int[] ends = new int[32];
    private final String[] lower;
    private final int size;

    private Words(String text) {
        this.text = text;
        int n = 0;
        int i = 0;
        int length = text.length();
        while (i < length) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int e = i + 1;
            while (e < length && Character.isLetterOrDigit(text.charAt(e))) {
                e++;
            }
            if (n == starts.length) {
                starts = Arrays.copyOf(starts, 2 * n);
                ends = Arrays.copyOf(ends, 2 * n);
            }
            starts[n] = i;
            ends[n] = e;
            n++;
            i = e;
        }
        this.size = n;
        this.lower = new String[n];
    }

    static Words of(String sentence) {
        return new Words(sentence);
    }

    int size() {
        return size;
    }

    int start(int i) {
        return starts[i];
    }

    int end(int i) {
        return ends[i];
    }

    /** @return the value {@code table} holds for word {@code i}, ignoring case, or null */
    <V> V in(WordTable<V> table, int i) {
        return table.get(text, starts[i], ends[i]);
    }

    /** @return the first character of word {@code i} */
    /** The character just before word {@code i}, or a space at the start. */
    char before(int i) {
        return starts[i] == 0 ? ' ' : text.charAt(starts[i] - 1);
    }

    char first(int i) {
        return text.charAt(starts[i]);
    }

    /** @return word {@code i} in lower case */
    String lower(int i) {
        if (lower[i] == null) {
            lower[i] = text.substring(starts[i], ends[i]).toLowerCase(Locale.ROOT);
        }
        return lower[i];
    }

    /** @return the index of the first word starting at or after {@code offset}, or {@link #size()} */
    int firstAtOrAfter(int offset) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    static boolean isNumber(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return !word.isEmpty();
    }
}
