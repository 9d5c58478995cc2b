package io.marketwatch.extract.time;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * A fixed map from lower-case words to values, looked up by a range of a sentence ignoring case,
 * without allocating: the date readers ask it for every word of every sentence.
 */
final class WordTable<V> {

    private final String[] keys;
    private final Object[] values;
    private final int mask;

    WordTable(Map<String, V> entries) {
        int capacity = Integer.highestOneBit(Math.max(4, entries.size() * 4 - 1)) << 1;
        keys = new String[capacity];
        values = new Object[capacity];
        mask = capacity - 1;
        entries.forEach((key, value) -> {
            int slot = hash(key, 0, key.length()) & mask;
            while (keys[slot] != null) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = key;
            values[slot] = value;
        });
    }

    /** @return a table that holds TRUE for each of {@code words} */
    static WordTable<Boolean> of(Set<String> words) {
        Map<String, Boolean> entries = new HashMap<>();
        words.forEach(word -> entries.put(word, Boolean.TRUE));
        return new WordTable<>(entries);
    }

    /** @return the value of {@code text[start, end)} in lower case, or null */
    @SuppressWarnings("unchecked")
    V get(String text, int start, int end) {
        int slot = hash(text, start, end) & mask;
        int length = end - start;
        for (String key = keys[slot]; key != null; key = keys[slot]) {
            if (key.length() == length && key.regionMatches(true, 0, text, start, length)) {
                return (V) values[slot];
            }
            slot = (slot + 1) & mask;
        }
        return null;
    }

    private static int hash(String text, int start, int end) {
        int h = 0;
        for (int i = start; i < end; i++) {
            h = 31 * h + Character.toLowerCase(text.charAt(i));
        }
        return h ^ (h >>> 16);
    }
}
